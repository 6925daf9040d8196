// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDirectoryPage } from '../../scripts/lib/import/import-directory-page';

const seed = readFileSync('data/sources/razvan-pascanu.txt');
const { page, publications, diagnostics } = importDirectoryPage(seed);
const byTitle = (start: string) => {
  const found = publications.find((publication) => publication.title.startsWith(start));
  if (!found) throw new Error(`no publication titled "${start}…"`);
  return found;
};

describe('importing the seed page', () => {
  it('reads the header and the 15 topics', () => {
    expect(page.portraitAlt).toBe('Portrait of Razvan Pascanu');
    expect(page.name.text).toBe('Razvan Pascanu');
    expect(page.membership).toBe('Affiliate Member');
    expect(page.position).toBe('Senior Research Scientist, Google DeepMind');
    expect(page.topics).toHaveLength(15);
    expect(page.topics[0]).toBe('Continual Learning');
    expect(page.topics.at(-1)).toBe('Representation Learning');
  });

  it('finds 10 unique publications in page order, the repeated one merged', () => {
    expect(publications.map((publication) => publication.title.slice(0, 24))).toEqual([
      'softmax is not enough (f',
      'Normalization and effect',
      'Switching between tasks ',
      'When can transformers co',
      'Investigating Low-Rank T',
      'Fine-tuning Reinforcemen',
      'Improving fine-grained u',
      'Universality of Linear R',
      'Building on Efficient Fo',
      'Promoting Exploration in',
    ]);
    const merges = diagnostics.filter((diagnostic) => diagnostic.severity === 'note');
    expect(merges.map((note) => note.line)).toEqual([79, 86]);
    expect(merges[0]!.message).toMatch(/repeats the entry at line 31/);
  });

  it('keeps the richest copy of the repeated publication', () => {
    const normalization = byTitle('Normalization');
    expect(normalization.authors).toEqual([
      'Clare Lyle',
      'Zeyu Zheng',
      'James Martens',
      'Hado van Hasselt',
      'Will Dabney',
    ]);
    expect(normalization.abstract).toMatch(/^Normalization layers have recently/);
    expect(normalization.abstract).toContain('literature, with several works highlighting');
    expect(normalization.abstractTruncated).toBe(false);
  });

  it('tells authors from titles and abstracts in every entry', () => {
    expect(byTitle('Switching').authors).toEqual(['Clare Lyle']);
    expect(byTitle('Switching').abstract).toBeNull();
    expect(byTitle('Universality').authors).toEqual([
      'Antonio Orvieto',
      'Soham De',
      'Caglar Gulcehre',
      'Samuel L. Smith',
    ]);
    expect(byTitle('Improving').authors).toHaveLength(10);
    expect(byTitle('Promoting').authors.at(-1)).toBe('Jerry Huang');
  });

  it('rejoins abstracts exactly where the page cut them', () => {
    expect(byTitle('softmax').abstract).toContain('a key carrier of sharp behaviour is the softmax function');
    expect(byTitle('When can').abstract).toContain('only some of which might be encountered');
    expect(byTitle('Investigating').abstract).toContain('to reduce parameter counts and costs without');
    expect(byTitle('Fine-tuning').abstract).toContain('by the successful applications of foundation');
    expect(byTitle('Improving').abstract).toContain('multimodal representations from image-text pairs');
    expect(byTitle('Universality').abstract).toContain('for sequence modeling. Examples');
    expect(byTitle('Building').abstract).toContain('sparked a research agenda');
    expect(byTitle('Promoting').abstract).toContain('The strength of such optimizers');
    for (const publication of publications) expect(publication.abstract ?? '').not.toMatch(/see more|…/);
  });

  it('flags exactly the two abstracts the page lost the end of', () => {
    const truncated = publications.filter((publication) => publication.abstractTruncated);
    expect(truncated.map((publication) => publication.title.slice(0, 13))).toEqual([
      'Investigating',
      'Fine-tuning R',
    ]);
    expect(truncated[0]!.abstract).toMatch(/efficient \(e\.g\., 2\.6$/);
    expect(truncated[1]!.abstract).toMatch(/improving the previous best score from$/);
  });

  it('repairs the LaTeX-stripped accents it can be sure of', () => {
    expect(byTitle('Improving').authors).toContain('Anastasija Ilić');
    expect(byTitle('Improving').authors).toContain('Matko Bošnjak');
    expect(byTitle('Fine-tuning').authors).toEqual([
      'Maciej Wolczyk',
      'Bartłomiej Cupiał',
      'Mateusz Ostaszewski',
      'Michal Bortkiewicz',
      'Michal Zając',
      'Lukasz Kuciński',
      'Piotr Miloś',
    ]);
    expect(byTitle('softmax').authors[0]).toBe('Petar Veličković');
  });

  it('reports each repair and each doubtful spelling on its line', () => {
    const warnings = diagnostics
      .filter((diagnostic) => diagnostic.severity === 'warning')
      .map((diagnostic) => `${diagnostic.line}: ${diagnostic.message}`);
    expect(warnings).toContainEqual(expect.stringMatching(/^57: repaired "Michal Zajkac" → "Michal Zając"/));
    expect(warnings).toContainEqual(
      expect.stringMatching(/^58: repaired "Lukasz Kuci'nski" → "Lukasz Kuciński"/),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^63: repaired "Anastasija Ili'c" → "Anastasija Ilić"/),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^66: repaired "Matko Bovsnjak" → "Matko Bošnjak"/),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^53: "Wolczyk" may be spelled with ł \(e\.g\. "Wołczyk"\)/),
    );
    expect(warnings).toContainEqual(expect.stringMatching(/^56: "Michal" may be "Michał"/));
    expect(warnings).toContainEqual(
      expect.stringMatching(/^59: "Miloś" may be spelled with ł \(e\.g\. "Miłoś"\)/),
    );
    expect(warnings).toContainEqual(expect.stringMatching(/^71: "Mitrovic" may be "Mitrović"/));
    expect(warnings).toContainEqual(expect.stringMatching(/^100: "Goncalo" may be "Gonçalo"/));
    expect(warnings).toContainEqual(expect.stringMatching(/^44: "Von" inside a name is usually lower case/));
    expect(warnings.filter((warning) => /Veličković|Gulcehre|Perivolaropoulos/.test(warning))).toEqual([]);
  });
});
