import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import type { Publication } from '../../../data/profile-schema';
import { highlightMatch } from './publication-match';
import { createPublicationSearch, createPublicationSearchInSlices } from './search-publications';
import { substringSearch } from './substring-search';
import { queryTerms } from './query-terms';
import type { TopicLabels } from './types';

const LABELS: TopicLabels = {
  fr: {
    'Continual Learning': 'Apprentissage continu',
    'Deep Learning': 'Apprentissage profond',
    'Recurrent Neural Networks': 'Réseaux de neurones récurrents',
    'Mechanistic Interpretability': 'Interprétabilité mécaniste',
  },
};

const PUBLICATIONS: Publication[] = [
  buildPublication({ id: 'mentions', title: 'Mentions it', abstract: 'Apprentissage continu, in French.' }),
  buildPublication({ id: 'plasticity', title: 'Plasticity loss', topics: ['Continual Learning'] }),
  buildPublication({
    id: 'replay',
    title: 'Replay buffers',
    topics: ['Deep Learning', 'Continual Learning'],
  }),
  buildPublication({ id: 'deep', title: 'Wide nets', topics: ['Deep Learning'] }),
  buildPublication({ id: 'recurrent', title: 'Linear recurrences', topics: ['Recurrent Neural Networks'] }),
  buildPublication({ id: 'untagged', title: 'Plain', topics: [] }),
];

const ids = (hits: readonly { publication: Publication }[]) => hits.map(({ publication }) => publication.id);

function setup(labels: TopicLabels = LABELS) {
  const index = createPublicationSearch(PUBLICATIONS, labels);
  return {
    search: (query: string) => ids(index.search(query)),
    hits: (query: string) => index.search(query),
  };
}

describe('topic labels in other languages', () => {
  it('finds the publications tagged with a topic by its French label, above those that only mention it', () => {
    const { search } = setup();
    expect(search('apprentissage continu')).toEqual(['plasticity', 'replay', 'mentions']);
    expect(search('apprentissage profond')).toEqual(['replay', 'deep']);
  });

  it('forgives accents and typos in a label as in any other field', () => {
    const { search } = setup();
    expect(search('reseaux de neurones recurrents')).toEqual(['recurrent']);
    expect(search('RÉSEAUX récurrents')).toEqual(['recurrent']);
    expect(search('aprentissage continu')).toEqual(['plasticity', 'replay', 'mentions']);
  });

  it('still finds topics by their own names, and the label of a topic nobody has finds nothing', () => {
    const { search } = setup();
    expect(search('continual learning')).toEqual(['plasticity', 'replay']);
    expect(search('mecaniste')).toEqual([]);
  });

  it('searches every language the labels have, and none when there are no labels', () => {
    const labels: TopicLabels = { ...LABELS, de: { 'Deep Learning': 'Tiefes Lernen' } };
    expect(setup(labels).search('tiefes')).toEqual(['replay', 'deep']);
    expect(ids(createPublicationSearch(PUBLICATIONS).search('profond'))).toEqual([]);
  });

  it('keeps precision: a label’s words are whole words like any other ("continu" is not "continuous")', () => {
    const { search } = setup();
    expect(search('continuous')).toEqual([]);
  });

  it('gives the sliced build the same hits as the whole one', async () => {
    const whole = setup();
    const sliced = await createPublicationSearchInSlices(PUBLICATIONS, LABELS);
    for (const query of ['apprentissage continu', 'reseaux', 'profond', 'learning', 'mecaniste'])
      expect(ids(sliced.search(query)), query).toEqual(whole.search(query));
  });

  it('leaves the stop-gap search as it was: labels are found once the index is built', () => {
    // Until then the page searches without an index (substring-search.ts), by names only: labels
    // there would grow the page's first chunks (docs/decisions/003).
    expect(ids(substringSearch(PUBLICATIONS, queryTerms('continual')))).toEqual(['plasticity', 'replay']);
    expect(ids(substringSearch(PUBLICATIONS, queryTerms('profond')))).toEqual([]);
  });
});

describe('highlighting a topic where the card prints its label', () => {
  const french = (topic: string) => LABELS.fr?.[topic] ?? topic;
  const marked = (text: string, ranges: readonly { start: number; end: number }[] | undefined) =>
    (ranges ?? []).map(({ start, end }) => text.slice(start, end));

  it('marks the matched words of the label shown, in its own accents and case', () => {
    const [hit] = setup().hits('reseaux recurrents');
    const { topics } = highlightMatch(hit!, french);
    expect(marked('Réseaux de neurones récurrents', topics[0])).toEqual(['Réseaux', 'récurrents']);
  });

  it('marks a typo’s word whole, in every label the card shows', () => {
    const replay = setup()
      .hits('aprentissage continu')
      .find(({ publication }) => publication.id === 'replay');
    const { topics } = highlightMatch(replay!, french);
    // Deep Learning's label holds "Apprentissage" too: every shown label is highlighted where it matches.
    expect(marked('Apprentissage profond', topics[0])).toEqual(['Apprentissage']);
    expect(marked('Apprentissage continu', topics[1])).toEqual(['Apprentissage', 'continu']);
  });

  it('marks the names when the page shows names, and nothing without a search', () => {
    const [hit] = setup().hits('continual');
    expect(marked('Continual Learning', highlightMatch(hit!).topics[0])).toEqual(['Continual']);
    // On the French page the same hit shows "Apprentissage continu": "continual" is not in it.
    expect(highlightMatch(hit!, french).topics[0]).toEqual([]);
    expect(highlightMatch({ ...hit!, terms: [] }, french).topics).toEqual([[]]);
  });
});
