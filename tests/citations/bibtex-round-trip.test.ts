// @vitest-environment node
import { readFileSync } from 'node:fs';
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { parseProfile, type Publication } from '../../src/data/profile-schema';
import { bibtexBibliography } from '../../src/features/citations/utils/bibtex-entry';
import { citationKeys } from '../../src/features/citations/utils/citation-key';
import { citationUrl } from '../../src/features/citations/utils/citation-url';
import { hardCases } from './hard-cases';

function realPublications(): Publication[] {
  const file = new URL('../../data/profiles/razvan-pascanu.json', import.meta.url);
  const result = parseProfile(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`razvan-pascanu.json is invalid: ${JSON.stringify(result.problems)}`);
  return result.profile.publications;
}

// eslint-disable-next-line no-control-regex -- "only ASCII" includes the control characters
const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const TYPES = {
  conference: 'inproceedings',
  workshop: 'inproceedings',
  journal: 'article',
  commentary: 'article',
  preprint: 'misc',
  other: 'misc',
} as const;
const VENUE_FIELD = { inproceedings: 'booktitle', article: 'journal', misc: 'howpublished' } as const;

/** The name as a reader writes it, from the parser's parts. */
const fullName = (creator: Creator) =>
  (
    creator.name ??
    [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' ')
  ).normalize('NFC');

const nfc = (text: string | undefined) => text?.normalize('NFC');

/** Parses back as a reference manager would, keeping titles as written (no sentence-casing). */
function parseBack(text: string): Entry[] {
  const library = parse(text, { sentenceCase: false, caseProtection: false });
  expect(library.errors).toEqual([]);
  return library.entries;
}

function expectSameAsData(entry: Entry, publication: Publication, key: string) {
  const type = TYPES[publication.kind];
  expect(entry.key).toBe(key);
  expect(entry.type).toBe(type);
  // The parser may give an accent as a combining mark: compare the texts, not their encodings.
  expect(nfc(entry.fields.title)).toBe(publication.title.normalize('NFC'));
  expect((entry.fields.author ?? []).map(fullName)).toEqual(publication.authors);
  expect(nfc(entry.fields[VENUE_FIELD[type]])).toBe(publication.venue?.normalize('NFC'));
  expect(entry.fields.year).toBe(String(publication.year));
  expect(entry.fields.doi && decodeURIComponent(entry.fields.doi)).toBe(publication.identifiers.doi);
  expect(entry.fields.eprint).toBe(publication.identifiers.arxiv);
  expect(entry.fields.archiveprefix).toBe(publication.identifiers.arxiv && 'arXiv');
  expect(entry.fields.url).toBe(citationUrl(publication));
}

describe.each(['utf8', 'ascii'] as const)(
  'BibTeX parsed back by @retorquere/bibtex-parser (%s)',
  (encoding) => {
    test.each([
      ['the real dataset', realPublications],
      ['the hard cases', hardCases],
    ])('%s: every entry matches the data, field by field', (_, load) => {
      const publications = load();
      const text = bibtexBibliography(publications, { encoding });
      const entries = parseBack(text);
      const keys = citationKeys(publications);

      expect(entries).toHaveLength(publications.length);
      publications.forEach((publication, index) => {
        expectSameAsData(entries[index]!, publication, keys.get(publication.id)!);
      });
      if (encoding === 'ascii') expect(text).toMatch(ASCII_ONLY);
    });
  },
);

test('the hard cases really are hard: accents are escaped in ASCII mode, specials in both', () => {
  const utf8 = bibtexBibliography(hardCases(), { encoding: 'utf8' });
  const ascii = bibtexBibliography(hardCases(), { encoding: 'ascii' });
  expect(utf8).toContain('Bošnjak, Matko');
  expect(ascii).toContain('Bo{\\v{s}}njak, Matko');
  expect(ascii).toContain("Mi{\\l}o{\\'s}, Piotr");
  expect(utf8).toContain('100\\% of {R}\\&{D}');
  expect(utf8).toContain('{LLMs} at {ICML}');
});
