// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCslJson } from '../../../scripts/lib/import/formats/parse-csl-json';

const item = (overrides: Record<string, unknown>) => ({
  type: 'paper-conference',
  title: 'A Title',
  author: [{ family: 'Coauthor', given: 'Jane' }],
  issued: { 'date-parts': [[2024, 7, 1]] },
  ...overrides,
});

function parse(...items: Record<string, unknown>[]) {
  return parseCslJson(JSON.stringify(items));
}

describe('parseCslJson', () => {
  it('writes names with particles and suffixes in reading order, and keeps a literal name whole', () => {
    const [work] = parse(
      item({
        author: [
          { family: 'Hasselt', given: 'Hado', 'non-dropping-particle': 'van' },
          { family: 'Smith', given: 'John', suffix: 'Jr.' },
          { literal: 'Open Plasticity Benchmark Consortium' },
          { family: 'Zając', given: 'Michał' },
        ],
      }),
    ).works;
    expect(work!.authors).toEqual([
      'Hado van Hasselt',
      'John Smith, Jr.',
      'Open Plasticity Benchmark Consortium',
      'Michał Zając',
    ]);
    expect(work!.authorsComplete).toBe(true);
  });

  it('reads an "others" name as a cut list', () => {
    const [work] = parse(
      item({ author: [{ family: 'Kobayashi', given: 'Seijin' }, { family: 'others' }] }),
    ).works;
    expect(work!.authors).toEqual(['Seijin Kobayashi']);
    expect(work!.authorsComplete).toBe(false);
  });

  it('reads years from numeric or string date parts, raw and literal dates; leaves a missing one empty', () => {
    const source = parse(
      item({ issued: { 'date-parts': [['2023', '7']] } }),
      item({ issued: { raw: '2022-05-01' } }),
      item({ issued: { literal: '2021' } }),
      item({ issued: undefined }),
      item({ issued: { 'date-parts': [['spring']] } }),
    );
    expect(source.works.map((work) => work.year)).toEqual([2023, 2022, 2021, null, null]);
    expect(source.notes).toEqual([
      { at: { path: '$[4].issued' }, severity: 'warning', message: 'has no readable year: left empty' },
    ]);
  });

  it("reads Zotero's preprint items: type article, arXiv number and arXiv DOI", () => {
    const [work] = parse(
      item({
        type: 'article',
        title: 'Promoting Exploration in Memory-Augmented <i>Adam</i> &amp; Friends',
        number: 'arXiv:2307.09638',
        publisher: 'arXiv',
        DOI: '10.48550/arXiv.2307.09638',
        URL: 'http://arxiv.org/abs/2307.09638',
      }),
    ).works;
    expect(work).toMatchObject({
      title: 'Promoting Exploration in Memory-Augmented Adam & Friends',
      kind: 'preprint',
      venue: null,
      identifiers: { arxiv: '2307.09638' },
      links: [{ kind: 'arxiv', url: 'https://arxiv.org/abs/2307.09638' }],
    });
  });

  it('tells conference, workshop and journal items apart by type and container', () => {
    const source = parse(
      item({ 'container-title': 'ICML 2024' }),
      item({ 'event-title': 'ICML 2024 Workshop on Things' }),
      item({ type: 'article-journal', 'container-title': 'Nature', DOI: '10.1038/d41586-024-02525-z' }),
      item({ type: 'thesis' }),
    );
    expect(source.works.map((work) => [work.kind, work.venue])).toEqual([
      ['conference', 'ICML 2024'],
      ['workshop', 'ICML 2024 Workshop on Things'],
      ['journal', 'Nature'],
      ['other', null],
    ]);
    expect(source.works[2]!.identifiers).toEqual({ doi: '10.1038/d41586-024-02525-z' });
  });

  it('reports an item that is not an object or has no title by its JSON path, and reads the rest', () => {
    const source = parseCslJson(
      JSON.stringify([42, item({ title: '  ' }), item({ author: [{ given: 'Only' }] })]),
    );
    expect(source.works).toHaveLength(1);
    expect(source.notes).toEqual([
      { at: { path: '$[0]' }, severity: 'error', message: 'is not a CSL item (an object): skipped' },
      { at: { path: '$[1].title' }, severity: 'error', message: 'is missing or empty: item skipped' },
      { at: { path: '$[2].author[0]' }, severity: 'warning', message: 'has no readable name: left out' },
    ]);
  });

  it('reads a single item and an { items } wrapper', () => {
    expect(parseCslJson(JSON.stringify(item({}))).works[0]!.at).toEqual({ path: '$' });
    expect(parseCslJson(JSON.stringify({ items: [item({})] })).works[0]!.at).toEqual({ path: '$.items[0]' });
  });
});
