// @vitest-environment node
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import { expect, test } from 'vitest';
import { parseProfile, type Publication } from '../../src/data/profile-schema';
import { citationKeys } from '../../src/features/citations/utils/citation-key';
import { cslJson } from '../../src/features/citations/utils/csl-json';
import { hardCases } from './hard-cases';

function realPublications(): Publication[] {
  const file = new URL('../../data/profiles/razvan-pascanu.json', import.meta.url);
  const result = parseProfile(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`razvan-pascanu.json is invalid: ${JSON.stringify(result.problems)}`);
  return result.profile.publications;
}

/** CSL types reference managers map to the right item types. */
const CSL_TYPE = {
  conference: 'paper-conference',
  workshop: 'paper-conference',
  journal: 'article-journal',
  commentary: 'article-journal',
  preprint: 'article',
  other: 'document',
} as const;

interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  literal?: string;
}

const fullName = (name: CslName) =>
  name.literal ?? [name.given, name.family, name.suffix].filter(Boolean).join(' ');

test.each([
  ['the real dataset', realPublications],
  ['the hard cases', hardCases],
])('%s: CSL-JSON imported by @citation-js/core gives back the data', (_, load) => {
  const publications = load();
  // Imported from the file's text, as Zotero or Mendeley would read it.
  const items = new Cite(cslJson(publications)).data;
  const keys = citationKeys(publications);

  expect(items).toHaveLength(publications.length);
  publications.forEach((publication, index) => {
    const item = items[index]!;
    expect(item.id).toBe(keys.get(publication.id));
    expect(item.type).toBe(CSL_TYPE[publication.kind]);
    expect(item.title).toBe(publication.title);
    expect((item.author as CslName[]).map(fullName)).toEqual(publication.authors);
    expect(item.issued).toEqual({ 'date-parts': [[publication.year]] });
    expect(item.DOI).toBe(publication.identifiers.doi);
    expect(item['container-title']).toBe(publication.venue ?? undefined);
    expect(item.abstract).toBe(publication.abstract ?? undefined);
  });
});

test('authors are split into family and given names where the split is clear, literal otherwise', () => {
  const [first] = hardCases();
  const items = new Cite(cslJson([first!])).data;
  const authors = items[0]!.author as CslName[];
  expect(authors).toContainEqual({ family: 'van Hasselt', given: 'Hado' });
  expect(authors).toContainEqual({ family: 'Lacoste-Julien', given: 'Simon' });
  expect(authors).toContainEqual({ family: 'Bošnjak', given: 'Matko' });
  expect(authors).toContainEqual({ family: 'Smith', given: 'John', suffix: 'Jr.' });
  expect(authors).toContainEqual({ literal: 'Reza Babanezhad Harikandeh' });
});

test('an arXiv preprint names its repository and identifier', () => {
  const preprint = hardCases().find((publication) => publication.kind === 'preprint')!;
  const [item] = new Cite(cslJson([preprint])).data;
  expect(item).toMatchObject({ publisher: 'arXiv', number: `arXiv:${preprint.identifiers.arxiv}` });
  expect(item!.URL).toBe(`https://arxiv.org/abs/${preprint.identifiers.arxiv}`);
});
