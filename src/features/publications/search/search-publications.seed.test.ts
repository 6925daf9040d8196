import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import { highlightMatch } from './publication-match';
import { createPublicationSearch } from './search-publications';
import type { Highlights, PublicationMatch, TextRange } from './types';

/** Publications shaped like the real profile's: accented authors, long abstracts. */
const softmax = buildPublication({
  title: 'Softmax is not Enough (for Sharp Size Generalisation)',
  alternateTitles: ['softmax is not enough (for sharp out-of-distribution)'],
  authors: ['Petar Veličković', 'Christos Perivolaropoulos', 'Federico Barbero', 'Razvan Pascanu'],
  year: 2025,
  venue: 'ICML 2025',
  topics: ['Deep Learning'],
  abstract:
    'A key property of reasoning systems is the ability to make sharp decisions on their input data. For contemporary AI systems, a key carrier of sharp behaviour is the softmax function, with its capability to perform differentiable query-key lookups. It is a common belief that the predictive power of networks leveraging softmax arises from "circuits" which sharply perform certain kinds of computations consistently across many diverse inputs.',
});
const fineGrained = buildPublication({
  title: 'Improving fine-grained understanding in image-text pre-training',
  authors: [
    'Ioana Bica',
    'Anastasija Ilić',
    'Matthias Bauer',
    'Goker Erdogan',
    'Matko Bošnjak',
    'Razvan Pascanu',
  ],
  year: 2024,
  venue: 'ICML 2024',
  topics: ['Deep Learning', 'Representation Learning'],
  abstract:
    'We introduce SPARse Fine-grained Contrastive Alignment (SPARC), a simple method for pretraining more fine-grained multimodal representations from image-text pairs. Given that multiple image patches often correspond to single words, we propose to learn a grouping of image patches for every token in the caption.',
});
const forgetting = buildPublication({
  title: 'Fine-tuning Reinforcement Learning Models is Secretly a Forgetting Mitigation Problem',
  authors: [
    'Maciej Wołczyk',
    'Bartłomiej Cupiał',
    'Mateusz Ostaszewski',
    'Michał Bortkiewicz',
    'Michał Zając',
    'Razvan Pascanu',
    'Łukasz Kuciński',
    'Piotr Miłoś',
  ],
  year: 2024,
  venue: 'ICML 2024',
  topics: ['Reinforcement Learning', 'Continual Learning'],
  abstract:
    'Fine-tuning is a widespread technique that allows practitioners to transfer pre-trained capabilities, as recently showcased by the successful applications of foundation models. Through a detailed empirical analysis of the challenging NetHack and Montezuma’s Revenge environments, we show that standard knowledge retention techniques mitigate the problem.',
});
const transformers = buildPublication({
  title: 'Transformers need glasses! Information over-squashing in language tasks',
  authors: ['Federico Barbero', 'Andrea Banino', 'Steven Kapturowski', 'Petar Veličković', 'Razvan Pascanu'],
  year: 2024,
  venue: 'NeurIPS 2024',
  topics: ['Deep Learning'],
  abstract:
    'We study how information propagates in decoder-only Transformers, which are the architectural backbone of most existing frontier large language models.',
});
const publications = [softmax, fineGrained, forgetting, transformers];
const index = createPublicationSearch(publications);
type Shown = PublicationMatch & Highlights;
const search = {
  search: (query: string): Shown[] =>
    index.search(query).map((match) => ({ ...match, ...highlightMatch(match) })),
};

const ids = (matches: readonly PublicationMatch[]) => matches.map((match) => match.publication.id);
const texts = (text: string, ranges: readonly TextRange[]) =>
  ranges.map(({ start, end }) => text.slice(start, end));
function authorHits(match: Shown | undefined): string[] {
  return (match?.authors ?? []).flatMap((ranges, index) =>
    texts(match?.publication.authors[index] ?? '', ranges),
  );
}

describe('search over seed-like publications (the issue’s examples)', () => {
  it('"velickovic" finds both papers with Petar Veličković, highlighting his name', () => {
    const results = search.search('velickovic');
    expect(ids(results).sort()).toEqual([softmax.id, transformers.id].sort());
    for (const match of results) expect(authorHits(match)).toEqual(['Veličković']);
  });

  it('"bosnjak" finds Matko Bošnjak’s paper', () => {
    const results = search.search('bosnjak');
    expect(ids(results)).toEqual([fineGrained.id]);
    expect(authorHits(results[0])).toEqual(['Bošnjak']);
  });

  it('"Zajac" finds Zając and "milos" finds Miłoś (ł has no decomposition)', () => {
    expect(authorHits(search.search('Zajac')[0])).toEqual(['Zając']);
    expect(authorHits(search.search('milos')[0])).toEqual(['Miłoś']);
    expect(ids(search.search('ilic'))).toEqual([fineGrained.id]);
  });

  it('forgives "tranformers", "reinforcment" and "softmx"', () => {
    expect(ids(search.search('tranformers'))).toEqual([transformers.id]);
    expect(ids(search.search('reinforcment'))).toEqual([forgetting.id]);
    expect(ids(search.search('softmx'))[0]).toBe(softmax.id);
  });

  it('narrows with every word: "softmax velickovic" but not "softmax bosnjak"', () => {
    expect(ids(search.search('softmax velickovic'))).toEqual([softmax.id]);
    expect(search.search('softmax bosnjak')).toEqual([]);
  });

  it('ranks title and author matches before abstract-only matches', () => {
    // "learn" is a whole word in fineGrained's abstract, only the start of "Learning" in
    // forgetting's title (and in every topic label): the title still wins.
    expect(ids(search.search('learn'))[0]).toBe(forgetting.id);
    const results = search.search('models');
    expect(ids(results)).toEqual([forgetting.id, transformers.id]);
    expect(results[1]?.title).toEqual([]);
    expect(texts(transformers.abstract ?? '', results[1]?.abstract ?? [])).toEqual(['models']);
  });

  it('highlights recognisable words in titles', () => {
    const [match] = search.search('fine grained image');
    expect(match?.publication).toBe(fineGrained);
    expect(texts(fineGrained.title, match?.title ?? [])).toEqual(['fine', 'grained', 'image']);
  });

  it('finds an earlier title kept as an alternate title', () => {
    const [match] = search.search('out-of-distribution');
    expect(match?.publication).toBe(softmax);
    expect(texts(softmax.alternateTitles[0] ?? '', match?.alternateTitles[0] ?? [])).toEqual([
      'out',
      'of',
      'distribution',
    ]);
  });
});
