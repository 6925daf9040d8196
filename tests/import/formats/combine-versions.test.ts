// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { combineVersions } from '../../../scripts/lib/import/formats/combine-versions';
import { buildWork } from './build-work';

describe('combineVersions', () => {
  it('reads a preprint and its proceedings version, sharing an arXiv id, as one work led by the proceedings', () => {
    const preprint = buildWork({
      title: 'Preprint Title',
      kind: 'preprint',
      year: 2023,
      abstract: 'What it does.',
      identifiers: { arxiv: '2401.00001' },
      links: [{ kind: 'arxiv', url: 'https://arxiv.org/abs/2401.00001' }],
    });
    const published = buildWork({
      title: 'Final Title',
      year: null,
      venue: 'ICML 2024',
      identifiers: { arxiv: '2401.00001' },
      links: [{ kind: 'proceedings', url: 'https://proceedings.mlr.press/v235/x.html' }],
    });
    const { works, notes } = combineVersions([preprint, published]);
    expect(works).toEqual([
      {
        ...published,
        alternateTitles: ['Preprint Title'],
        year: 2023,
        abstract: 'What it does.',
        links: [...published.links, ...preprint.links],
      },
    ]);
    expect(notes).toEqual([
      {
        at: published.at,
        severity: 'note',
        message: `same work as line ${(preprint.at as { line: number }).line} ("Preprint Title"): read as one`,
      },
    ]);
  });

  it('finds one work by DOI or by title whatever its case and punctuation, and leaves different works apart', () => {
    const a = buildWork({ title: 'Deep Things', identifiers: { doi: '10.1000/X' } });
    const b = buildWork({ title: 'Other', identifiers: { doi: '10.1000/x' } });
    const c = buildWork({ title: 'deep things!' });
    const d = buildWork({ title: 'Unrelated' });
    expect(combineVersions([a, b, c, d]).works.map((work) => [work.title, work.alternateTitles])).toEqual([
      ['Deep Things', ['Other']],
      ['Unrelated', []],
    ]);
  });
});
