import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import type { Publication } from '../../../data/profile-schema';
import { derivePublicationView } from './derive-view';
import { highlightMatch } from '../search/publication-match';
import { createPublicationSearch } from '../search/search-publications';
import type { PublicationMatch, TextRange } from '../search/types';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

const TOPICS = ['Deep Learning', 'Optimization', 'Robotics'];
const publications: Publication[] = [
  buildPublication({ title: 'Sharp minima in Straße networks', year: 2019, topics: ['Optimization'] }),
  buildPublication({
    title: 'Attention for graphs',
    year: 2023,
    topics: ['Deep Learning'],
    authors: ['Petar Veličković'],
    abstract: 'Transformers over graphs, with optimization tricks.',
  }),
  buildPublication({ title: 'Deep optimization', year: 2021, topics: ['Deep Learning', 'Optimization'] }),
];
const search = createPublicationSearch(publications);

function view(state: Partial<ViewState>, index: typeof search | null = search) {
  return derivePublicationView(publications, TOPICS, index, { ...DEFAULT_VIEW_STATE, ...state });
}
const titles = (items: readonly PublicationMatch[]) => items.map((item) => item.publication.title);
const texts = (text: string, ranges: readonly TextRange[]) =>
  ranges.map(({ start, end }) => text.slice(start, end));

describe('derivePublicationView', () => {
  it('shows everything sorted, counting every profile topic, when not searching', () => {
    const result = view({});
    expect(result.searching).toBe(false);
    expect(result.total).toBe(3);
    expect(titles(result.items)).toEqual([
      'Attention for graphs',
      'Deep optimization',
      'Sharp minima in Straße networks',
    ]);
    expect(result.items.every((item) => item.score === 0 && highlightMatch(item).title.length === 0)).toBe(
      true,
    );
    expect([...result.topicCounts]).toEqual([
      ['Deep Learning', 2],
      ['Optimization', 2],
      ['Robotics', 0],
    ]);
  });

  it('counts by the list of topics it is given, whichever list came before for the same publications', () => {
    const counts = (topics: string[]) => [
      ...derivePublicationView(publications, topics, search, DEFAULT_VIEW_STATE).topicCounts,
    ];
    expect(counts(TOPICS)).toEqual([
      ['Deep Learning', 2],
      ['Optimization', 2],
      ['Robotics', 0],
    ]);
    expect(counts(['Robotics', 'Optimization'])).toEqual([
      ['Robotics', 0],
      ['Optimization', 2],
    ]);
    expect(
      derivePublicationView(publications, ['Robotics', 'Optimization'], search, DEFAULT_VIEW_STATE)
        .unusedTopics,
    ).toEqual(['Robotics']);
  });

  it('applies the chosen sort when not searching', () => {
    expect(titles(view({ sort: 'oldest' }).items)[0]).toBe('Sharp minima in Straße networks');
    expect(titles(view({ sort: 'title' }).items)[0]).toBe('Attention for graphs');
  });

  it('filters by topics in any/all mode; counts say what selecting a topic would show', () => {
    const any = view({ topics: ['Deep Learning', 'Optimization'], mode: 'any' });
    expect(any.items).toHaveLength(3);
    // "any": each topic's own publications, whatever else is selected.
    expect(any.topicCounts.get('Optimization')).toBe(2);
    const all = view({ topics: ['Deep Learning', 'Optimization'], mode: 'all' });
    expect(titles(all.items)).toEqual(['Deep optimization']);
    expect(all.total).toBe(3);
    // "all": among what is shown, those that also have the topic.
    for (const [topic, count] of all.topicCounts) {
      const shownWith = view({ topics: [...new Set(['Deep Learning', 'Optimization', topic])], mode: 'all' });
      expect(count, topic).toBe(shownWith.items.length);
    }
  });

  it('orders by relevance when searching and counts topics among the matches', () => {
    const result = view({ query: 'optimization', sort: 'oldest' });
    expect(result.searching).toBe(true);
    // Title hit first, then a topic label, abstract-only hit last, whatever the sort says.
    expect(titles(result.items)).toEqual([
      'Deep optimization',
      'Sharp minima in Straße networks',
      'Attention for graphs',
    ]);
    expect([...result.topicCounts]).toEqual([
      ['Deep Learning', 2],
      ['Optimization', 2],
      ['Robotics', 0],
    ]);
  });

  it('combines search and topics', () => {
    expect(titles(view({ query: 'optimization', topics: ['Optimization'] }).items)).toEqual([
      'Deep optimization',
      'Sharp minima in Straße networks',
    ]);
  });

  it('treats a query without words as no search', () => {
    const result = view({ query: '  .*+?  🙂 ' });
    expect(result.searching).toBe(false);
    expect(result.items).toHaveLength(3);
  });

  it('falls back to an exact, accent-insensitive match while the index loads', () => {
    const result = view({ query: 'VELICKOVIC graphs' }, null);
    expect(result.searching).toBe(true);
    expect(titles(result.items)).toEqual(['Attention for graphs']);
    const [found] = result.items;
    const match = found && highlightMatch(found);
    expect(texts('Petar Veličković', match?.authors[0] ?? [])).toEqual(['Veličković']);
    expect(texts('Attention for graphs', match?.title ?? [])).toEqual(['graphs']);
    expect(titles(view({ query: 'strasse' }, null).items)).toEqual(['Sharp minima in Straße networks']);
  });

  it('gives the same hits with and without the index for exact words', () => {
    for (const query of ['optimization', 'graphs attention', 'deep', 'straße', 'nothing-here'])
      expect(titles(view({ query }, null).items)).toEqual(titles(view({ query }).items));
  });

  it('has no typo tolerance without the index, so it never shows wrong results', () => {
    expect(view({ query: 'atention' }).items).toHaveLength(1);
    expect(view({ query: 'atention' }, null).items).toHaveLength(0);
  });

  it('never throws on hostile queries, with or without the index', () => {
    for (const index of [search, null])
      for (const query of ['.*+?()[]{}|\\^$', 'x'.repeat(10_000), '🙂', 'שלום', 'e\u0301'])
        expect(() => view({ query }, index)).not.toThrow();
  });
});
