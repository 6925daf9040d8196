// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../scripts/lib/import/run-import';
import { parseProfile, type Profile } from '../../src/data/profile-schema';

const text = readFileSync('data/profiles/razvan-pascanu.json', 'utf8');

function curated(): Profile {
  const result = parseProfile(JSON.parse(text));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.profile;
}

describe('the curated profile of Razvan Pascanu', () => {
  it('is what the importer gives back when merging the page into it', () => {
    let out = '';
    const code = runImport(
      ['data/sources/razvan-pascanu.txt', '--merge', 'data/profiles/razvan-pascanu.json'],
      {
        stdout: (chunk) => (out += chunk),
        stderr: () => {},
      },
    );
    expect(code).toBe(0);
    expect(out).toBe(text);
  });

  it('has the profile facts', () => {
    expect(curated()).toMatchObject({
      name: 'Razvan Pascanu',
      nameVariants: ['Răzvan Pașcanu'],
      membership: 'Affiliate Member',
      position: 'Senior Research Scientist, Google DeepMind',
      portrait: { src: null, alt: 'Portrait of Razvan Pascanu' },
    });
    expect(curated().topics).toHaveLength(15);
  });

  it('lists the 10 publications in page order with complete, correctly spelled authors', () => {
    const publications = curated().publications;
    expect(
      publications.map((publication) => publication.identifiers.arxiv ?? publication.identifiers.doi),
    ).toEqual([
      '2410.01104',
      '2407.01800',
      '10.1038/d41586-024-02525-z',
      '2407.12275',
      '2407.09835',
      '2402.02868',
      '2401.09865',
      '2307.11888',
      '2406.16450',
      '2307.09638',
    ]);
    const ownerAt = publications.map((publication) => [
      publication.authors.indexOf('Razvan Pascanu') + 1,
      publication.authors.length,
    ]);
    expect(ownerAt).toEqual([
      [4, 4],
      [6, 7],
      [2, 2],
      [6, 8],
      [3, 4],
      [6, 8],
      [10, 11],
      [4, 5],
      [3, 4],
      [7, 8],
    ]);
    const everyone = publications.flatMap((publication) => publication.authors);
    for (const name of [
      'Matko Bošnjak',
      'Michał Zając',
      'Łukasz Kuciński',
      'Piotr Miłoś',
      'Anastasija Ilić',
      'Maciej Wołczyk',
      'Jovana Mitrović',
      'Gonçalo Mordido',
      'Bartłomiej Cupiał',
      'Michał Bortkiewicz',
      'Petar Veličković',
      'João Sacramento',
      'Johannes von Oswald',
    ])
      expect(everyone).toContain(name);
  });

  it('has official titles, the page titles as alternates, kinds and venues', () => {
    const [softmax, , nature, , , , , , building, critical] = curated().publications;
    expect(softmax).toMatchObject({
      title: 'Softmax is not Enough (for Sharp Size Generalisation)',
      alternateTitles: ['softmax is not enough (for sharp out-of-distribution)'],
      year: 2025,
      venue: 'ICML 2025',
      kind: 'conference',
    });
    expect(building!.alternateTitles).toEqual([
      'Building on Efficient Foundations: Effectively Training LLMs with Structured Feedforward Layers',
    ]);
    expect(nature).toMatchObject({
      kind: 'commentary',
      venue: 'Nature',
      abstract: null,
      abstractTruncated: false,
    });
    expect(critical).toMatchObject({ kind: 'preprint', venue: null, year: 2023 });
  });

  it('marks only #5 and #6 as truncated and gives each publication 1–4 topics', () => {
    const publications = curated().publications;
    expect(publications.map((publication) => publication.abstractTruncated)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    for (const publication of publications) {
      expect(publication.topics.length).toBeGreaterThanOrEqual(1);
      expect(publication.topics.length).toBeLessThanOrEqual(4);
    }
  });
});
