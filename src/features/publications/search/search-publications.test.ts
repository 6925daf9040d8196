import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import type { Publication } from '../../../data/profile-schema';
import { highlightMatch } from './publication-match';
import { createPublicationSearch } from './search-publications';
import type { Highlights, PublicationMatch, TextRange } from './types';

const titles = (matches: readonly PublicationMatch[]) => matches.map((match) => match.publication.title);
const texts = (text: string, ranges: readonly TextRange[]) =>
  ranges.map(({ start, end }) => text.slice(start, end));

function setup(publications: Publication[]) {
  const search = createPublicationSearch(publications);
  // Hits are plain data: spreading one keeps everything, and its highlights come on request.
  const withHighlights = (match: PublicationMatch): PublicationMatch & Highlights => ({
    ...match,
    ...highlightMatch(match),
  });
  return { search: (query: string) => search.search(query).map(withHighlights) };
}

describe('createPublicationSearch', () => {
  const graph = buildPublication({
    title: 'Graph neural networks for physics',
    authors: ['Petar Veličković', 'Ada Researcher'],
    venue: 'NeurIPS 2020',
    abstract: 'We study message passing.',
  });
  const abstractOnly = buildPublication({
    title: 'A survey of learning systems',
    authors: ['Jane Coauthor'],
    abstract: `${'Background words fill the first part of this abstract. '.repeat(30)}Our method uses graph rewiring.`,
  });
  const typo = buildPublication({ title: 'Grapho-lexical analysis', authors: ['Zoë Zając'] });
  const { search } = setup([abstractOnly, graph, typo]);

  it('returns every publication with score 0 and no ranges for an empty query', () => {
    const results = search('   ');
    expect(results).toHaveLength(3);
    for (const match of results) {
      expect(match.score).toBe(0);
      expect(match.title).toEqual([]);
      expect(match.authors.every((ranges) => ranges.length === 0)).toBe(true);
    }
  });

  it('ranks a title hit before a hit deep inside an abstract', () => {
    expect(titles(search('graph'))).toEqual([graph.title, typo.title, abstractOnly.title]);
  });

  it('finds words anywhere in a long abstract and highlights them there', () => {
    const [match] = search('rewiring');
    expect(match?.publication).toBe(abstractOnly);
    expect(texts(abstractOnly.abstract ?? '', match?.abstract ?? [])).toEqual(['rewiring']);
  });

  it('ignores case and accents in both directions', () => {
    expect(titles(search('VELICKOVIC'))).toEqual([graph.title]);
    expect(titles(search('zajac'))).toEqual([typo.title]);
    expect(titles(search('Zając'))).toEqual([typo.title]);
    expect(titles(search('zoe'))).toEqual([typo.title]);
  });

  it('highlights the original, accented author name', () => {
    const [match] = search('velickovic');
    expect(match?.authors.map((ranges, index) => texts(graph.authors[index] ?? '', ranges))).toEqual([
      ['Veličković'],
      [],
    ]);
  });

  it('requires every word of the query', () => {
    expect(titles(search('graph physics'))).toEqual([graph.title]);
    expect(search('graph nonexistentword')).toEqual([]);
  });

  it('lets words match in different fields', () => {
    expect(titles(search('neurips message'))).toEqual([graph.title]);
  });

  it('forgives small typos, but ranks exact hits first', () => {
    const { search: typoSearch } = setup([
      buildPublication({ title: 'Transformers are sample efficient world models' }),
      buildPublication({ title: 'Nothing to see here' }),
    ]);
    expect(typoSearch('tranformers')).toHaveLength(1);
    const [exact] = typoSearch('transformers');
    const [fuzzy] = typoSearch('tranformers');
    expect(exact?.score).toBeLessThan(fuzzy?.score ?? 0);
    expect(fuzzy?.score).toBeGreaterThan(0);
    expect(exact?.score).toBe(0);
  });

  it('highlights the whole word a typo matched, not scattered letters', () => {
    const publication = buildPublication({ title: 'Softmax is not enough' });
    const [match] = setup([publication]).search('softmx');
    expect(texts(publication.title, match?.title ?? [])).toEqual(['Softmax']);
  });

  it('does not use typos for a term that has exact hits', () => {
    const { search: exactSearch } = setup([
      buildPublication({ title: 'Model one' }),
      buildPublication({ title: 'Model two' }),
      buildPublication({ title: 'Model three' }),
      buildPublication({ title: 'Modes of failure' }),
    ]);
    expect(exactSearch('model')).toHaveLength(3);
  });

  it('matches short terms only at the start of a word', () => {
    const { search: shortSearch } = setup([
      buildPublication({ title: 'AI safety' }),
      buildPublication({ title: 'He said so' }),
    ]);
    expect(titles(shortSearch('ai'))).toEqual(['AI safety']);
  });

  it('keeps the original order between equally good hits', () => {
    const first = buildPublication({ title: 'Attention please' });
    const second = buildPublication({ title: 'Attention again' });
    expect(titles(setup([first, second]).search('attention'))).toEqual([first.title, second.title]);
  });

  it('searches alternate titles and venues', () => {
    const renamed = buildPublication({
      title: 'Final title',
      alternateTitles: ['Old arXiv name'],
      venue: 'ICLR 2024',
    });
    const [match] = setup([renamed]).search('arxiv iclr');
    expect(match?.publication).toBe(renamed);
    expect(texts('Old arXiv name', match?.alternateTitles[0] ?? [])).toEqual(['arXiv']);
    expect(texts('ICLR 2024', match?.venue ?? [])).toEqual(['ICLR']);
  });

  it('never throws or hangs on hostile queries', () => {
    const hostile = [
      '.*+?()[]{}|\\^$',
      'x'.repeat(10_000),
      'a '.repeat(10_000),
      '!!!???',
      '🙂👩‍🔬',
      'שלום עולם',
      '\u0301\u0301',
      'e\u0301cole ß',
      '\u0000\uffff\ud800',
    ];
    // A hang fails through the test's own timeout.
    for (const query of hostile) expect(() => search(query)).not.toThrow();
    expect(search('.*')).toHaveLength(3); // no terms: everything, unranked
    expect(search('x'.repeat(10_000))).toEqual([]);
  });

  it('finds text with regex characters, emoji and RTL script as plain text', () => {
    const odd = buildPublication({ title: 'C++ (and C#) 🙂 for שלום learners', authors: ['Jane Coauthor'] });
    const { search: oddSearch } = setup([odd, buildPublication({ title: 'Unrelated' })]);
    expect(titles(oddSearch('שלום'))).toEqual([odd.title]);
    expect(titles(oddSearch('c++ learners'))).toEqual([odd.title]);
  });

  it('copes with an empty corpus and empty fields', () => {
    expect(setup([]).search('anything')).toEqual([]);
    const bare = buildPublication({ title: 'x', authors: ['Y'], venue: null, abstract: null });
    const [match] = setup([bare]).search('x');
    expect(match?.venue).toEqual([]);
    expect(match?.abstract).toEqual([]);
  });
});
