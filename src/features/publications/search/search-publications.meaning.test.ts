import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import type { Publication } from '../../../data/profile-schema';
import { highlightMatch } from './publication-match';
import { createPublicationSearch } from './search-publications';
import { rememberedSearchableTexts } from './searchable-texts';

const titles = (publications: readonly { publication: Publication }[]) =>
  publications.map(({ publication }) => publication.title);

function setup(publications: Publication[]) {
  const index = createPublicationSearch(publications);
  return {
    search: (query: string) => titles(index.search(query)),
    hits: (query: string) => index.search(query),
  };
}

describe('finding what visitors mean', () => {
  it('finds every publication tagged with a topic, above publications that only mention it', () => {
    const { search } = setup([
      buildPublication({ title: 'Mentions it', abstract: 'A note on continual learning benchmarks.' }),
      buildPublication({ title: 'Plasticity loss', topics: ['Continual Learning'] }),
      buildPublication({ title: 'Replay buffers', topics: ['Deep Learning', 'Continual Learning'] }),
      buildPublication({ title: 'Unrelated', topics: ['Deep Learning'] }),
    ]);
    expect(search('continual learning')).toEqual(['Plasticity loss', 'Replay buffers', 'Mentions it']);
  });

  it('matches a year typed as a word, and a venue with its year', () => {
    const { search } = setup([
      buildPublication({ title: 'Old', year: 2019, venue: 'ICML 2019' }),
      buildPublication({ title: 'Preprint', year: 2024, venue: null }),
      buildPublication({ title: 'Conference', year: 2024, venue: 'ICML 2024' }),
      buildPublication({ title: 'Other venue', year: 2024, venue: 'NeurIPS 2024' }),
    ]);
    expect(search('2024')).toEqual(['Preprint', 'Conference', 'Other venue']);
    expect(search('icml 2024')).toEqual(['Conference']);
  });

  it('does not take a word for a similar one when the word itself occurs', () => {
    const { search } = setup([
      buildPublication({ title: 'SPARC: sparse alignment' }),
      buildPublication({ title: 'It sparked interest' }),
      buildPublication({ title: 'Latent space models' }),
      buildPublication({ title: 'Adam in practice' }),
      buildPublication({ title: 'Adaptive methods' }),
    ]);
    expect(search('sparc')).toEqual(['SPARC: sparse alignment']);
    expect(search('adam')).toEqual(['Adam in practice']);
  });

  it('still forgives a typo when the typed word occurs nowhere', () => {
    const { search } = setup([buildPublication({ title: 'Adaptive methods' })]);
    expect(search('adaptve')).toEqual(['Adaptive methods']);
  });

  it('finds the other spelling of a word, highlighting it whole', () => {
    const { search, hits } = setup([
      buildPublication({ title: 'Sequence modeling at scale' }),
      buildPublication({ title: 'Modelling the world' }),
      buildPublication({ title: 'Out-of-distribution generalization' }),
    ]);
    expect(search('modelling')).toEqual(['Modelling the world', 'Sequence modeling at scale']);
    expect(search('generalisation')).toEqual(['Out-of-distribution generalization']);
    const [match] = hits('generalisation');
    const title = match?.publication.title ?? '';
    expect(highlightMatch(match!).title.map(({ start, end }) => title.slice(start, end))).toEqual([
      'generalization',
    ]);
  });

  it('takes a full name for one author, not for words of several authors', () => {
    const publications = [
      buildPublication({ title: 'Spread', authors: ['Petar Kaiser', 'Matko Veličković'] }),
      buildPublication({ title: 'Named', authors: ['Ana Nowak', 'Petar Veličković'] }),
    ];
    const { search } = setup(publications);
    expect(search('petar velickovic')).toEqual(['Named']);
    // No author is called "Matko Kaiser": the words may then match anywhere.
    expect(search('matko kaiser')).toEqual(['Spread']);
  });
});

describe('hits are plain data', () => {
  it('keeps its highlights when spread or copied', () => {
    const publication = buildPublication({ title: 'Graph rewiring', authors: ['Zoë Zając'] });
    const [hit] = setup([publication]).hits('zajac rewiring');
    const copies = [{ ...hit! }, structuredClone({ ...hit!, publication })];
    for (const copy of copies) expect(highlightMatch(copy)).toEqual(highlightMatch(hit!));
    const { authors, title } = highlightMatch({ ...hit! });
    expect(title.map(({ start, end }) => publication.title.slice(start, end))).toEqual(['rewiring']);
    expect(authors[0]?.map(({ start, end }) => publication.authors[0]?.slice(start, end))).toEqual(['Zając']);
  });
});

describe('memory', () => {
  it('drops the stop-gap search’s folded texts once the index is built', () => {
    const publication = buildPublication({ title: 'Remembered' });
    const before = rememberedSearchableTexts(publication);
    expect(rememberedSearchableTexts(publication)).toBe(before);
    createPublicationSearch([publication]);
    expect(rememberedSearchableTexts(publication)).not.toBe(before);
    expect(rememberedSearchableTexts(publication)).toEqual(before);
  });
});
