import { describe, expect, test } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import type { Publication } from '../../../data/profile-schema';
import { bibtexBibliography, bibtexEntry, bibtexName } from './bibtex-entry';

const entry = (overrides: Partial<Publication>, encoding: 'utf8' | 'ascii' = 'utf8') =>
  bibtexEntry(buildPublication(overrides), { key: 'key2024', encoding });

/** The fields of one entry, by name: each is on a line of its own. */
const fields = (text: string) =>
  Object.fromEntries([...text.matchAll(/^ {2}(\w+) = \{(.*)\},?$/gm)].map((match) => [match[1], match[2]]));

describe('bibtexEntry', () => {
  test.each([
    ['conference', '@inproceedings', 'booktitle'],
    ['workshop', '@inproceedings', 'booktitle'],
    ['journal', '@article', 'journal'],
    ['commentary', '@article', 'journal'],
    ['preprint', '@misc', 'howpublished'],
    ['other', '@misc', 'howpublished'],
  ] as const)('a %s is %s with the venue as %s', (kind, type, venueField) => {
    const text = entry({ kind, venue: 'Venue 2024' });
    expect(text.startsWith(`${type}{key2024,\n`)).toBe(true);
    expect(fields(text)[venueField]).toBe('Venue 2024');
  });

  test('a preprint carries its arXiv id as eprint with archivePrefix arXiv, and no invented primaryClass', () => {
    const text = entry({
      kind: 'preprint',
      venue: null,
      identifiers: { arxiv: '2307.09638' },
      links: [{ kind: 'arxiv', url: 'https://arxiv.org/abs/2307.09638' }],
    });
    expect(fields(text)).toEqual({
      author: expect.any(String),
      title: expect.any(String),
      year: '2020',
      eprint: '2307.09638',
      archivePrefix: 'arXiv',
      url: 'https://arxiv.org/abs/2307.09638',
    });
  });

  test('a missing venue writes no empty field', () => {
    expect(entry({ kind: 'journal', venue: null })).not.toMatch(/journal =/);
  });

  test('authors stay in order, joined with "and", each "Last, First"', () => {
    const text = entry({ authors: ['Hado van Hasselt', 'Simon Lacoste-Julien', 'Razvan Pascanu'] });
    expect(fields(text).author).toBe('van Hasselt, Hado and Lacoste-Julien, Simon and Pascanu, Razvan');
  });

  test('the URL is the paper (proceedings before arXiv), never the code', () => {
    const links = [
      { kind: 'code', url: 'https://github.com/x/y' },
      { kind: 'arxiv', url: 'https://arxiv.org/abs/2401.09865' },
      { kind: 'proceedings', url: 'https://proceedings.mlr.press/v235/x.html' },
    ] as const;
    expect(fields(entry({ links: [...links] })).url).toBe('https://proceedings.mlr.press/v235/x.html');
    expect(fields(entry({ links: [links[0]] })).url).toBeUndefined();
  });

  test('DOIs and URLs are written verbatim, with only entry-breaking characters percent-encoded', () => {
    const text = entry({
      identifiers: { doi: '10.1000/a_b%c{d}' },
      links: [{ kind: 'html', url: 'https://example.org/a_b%20c#x~y' }],
    });
    expect(fields(text).doi).toBe('10.1000/a_b%25c%7Bd%7D');
    expect(fields(text).url).toBe('https://example.org/a_b%20c#x~y');
  });

  test('braces in a title stay balanced, so the entry ends where it should', () => {
    const text = entry({ title: 'Unbalanced } { braces }}' });
    let depth = 0;
    for (const char of text.replace(/\\[{}]/g, '')) {
      if (char === '{') depth += 1;
      if (char === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

describe('bibtexName', () => {
  test('writes an unclear split as written, an organisation braced, accents per encoding', () => {
    expect(bibtexName('Reza Babanezhad Harikandeh', 'utf8')).toBe('Reza Babanezhad Harikandeh');
    expect(bibtexName('Research and Development', 'utf8')).toBe('{Research and Development}');
    expect(bibtexName('John Smith Jr.', 'utf8')).toBe('Smith, Jr., John');
    expect(bibtexName('Łukasz Kuciński', 'ascii')).toBe("Kuci{\\'n}ski, {\\L}ukasz");
  });
});

describe('bibtexBibliography', () => {
  test('one entry per publication in list order, blank lines between, keys unique', () => {
    const list = [
      buildPublication({ authors: ['Clare Lyle'], year: 2024, title: 'Plasticity' }),
      buildPublication({ authors: ['Clare Lyle'], year: 2024, title: 'Plasticity again' }),
    ];
    const text = bibtexBibliography(list, { encoding: 'utf8' });
    expect([...text.matchAll(/^@\w+\{([^,]+),$/gm)].map((match) => match[1])).toEqual([
      'lyle2024plasticitya',
      'lyle2024plasticityb',
    ]);
    expect(text.split('\n\n')).toHaveLength(2);
  });

  test('an empty list is an empty file', () => {
    expect(bibtexBibliography([], { encoding: 'utf8' })).toBe('');
  });
});
