import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import type { Publication } from '../../../data/profile-schema';
import { sortPublications } from './sort-publications';

const titles = (items: readonly Publication[]) => items.map((item) => item.title);
const self = (publication: Publication) => publication;
/** Publications of one year, so that only their titles can order them. */
const titled = (...names: string[]) => names.map((title) => buildPublication({ title, year: 2020 }));

describe('sortPublications', () => {
  // Within 2019 the input order (C, A, B) is neither alphabetical nor its reverse, so a sort that
  // broke ties by title, or reversed them, would show.
  const publications = [
    buildPublication({ title: 'C 2019', year: 2019 }),
    buildPublication({ title: 'D 2021', year: 2021 }),
    buildPublication({ title: 'A 2019', year: 2019 }),
    buildPublication({ title: 'E 2023', year: 2023 }),
    buildPublication({ title: 'B 2019', year: 2019 }),
  ];

  it('sorts newest first, keeping the original order within a year', () => {
    expect(titles(sortPublications(publications, 'newest', self))).toEqual([
      'E 2023',
      'D 2021',
      'C 2019',
      'A 2019',
      'B 2019',
    ]);
  });

  it('sorts oldest first, keeping the original order within a year', () => {
    expect(titles(sortPublications(publications, 'oldest', self))).toEqual([
      'C 2019',
      'A 2019',
      'B 2019',
      'D 2021',
      'E 2023',
    ]);
  });

  it('sorts titles A–Z whatever their years', () => {
    expect(titles(sortPublications(publications, 'title', self, 'en'))).toEqual([
      'A 2019',
      'B 2019',
      'C 2019',
      'D 2021',
      'E 2023',
    ]);
  });

  it('sorts titles ignoring case and accents, numbers numerically', () => {
    const items = titled('zeta', 'Épsilon', 'alpha', 'Task 10', 'Élan', 'Task 9', 'beta', 'ELK');
    expect(titles(sortPublications(items, 'title', self, 'en'))).toEqual([
      'alpha',
      'beta',
      'Élan',
      'ELK',
      'Épsilon',
      'Task 9',
      'Task 10',
      'zeta',
    ]);
  });

  it('files letters the collator keeps apart under their folded spelling: Þór under "th"', () => {
    // Without folding, Unicode's collation puts Þ after z.
    const items = titled('zeta', 'Þór and the hammer', 'tom', 'tea');
    expect(titles(sortPublications(items, 'title', self, 'en'))).toEqual([
      'tea',
      'Þór and the hammer',
      'tom',
      'zeta',
    ]);
  });

  it('follows the page language’s alphabet', () => {
    // Danish files "aa" as å, after z.
    const items = titled('Zebra finches', 'Aarhus data', 'Bog bodies');
    expect(titles(sortPublications(items, 'title', self, 'da'))).toEqual([
      'Bog bodies',
      'Zebra finches',
      'Aarhus data',
    ]);
    expect(titles(sortPublications(items, 'title', self, 'en'))).toEqual([
      'Aarhus data',
      'Bog bodies',
      'Zebra finches',
    ]);
  });

  it('keeps the original order of titles that differ only by accents or case', () => {
    const items = titled('Résumé', 'resume', 'RESUME');
    expect(titles(sortPublications(items, 'title', self, 'en'))).toEqual(['Résumé', 'resume', 'RESUME']);
  });

  it('sorts wrapped items and leaves the input untouched', () => {
    const wrapped = publications.map((publication) => ({ publication }));
    const sorted = sortPublications(wrapped, 'oldest', (item) => item.publication);
    expect(sorted.map((item) => item.publication.title)).toEqual([
      'C 2019',
      'A 2019',
      'B 2019',
      'D 2021',
      'E 2023',
    ]);
    expect(wrapped.map((item) => item.publication.title)).toEqual(titles(publications));
    expect(sortPublications(wrapped, 'title', (item) => item.publication)).not.toBe(wrapped);
  });

  it('sorts hostile titles without losing one: nothing first, punctuation and emoji before letters', () => {
    expect(sortPublications([], 'title', self)).toEqual([]);
    const long = 'x'.repeat(10_000);
    const items = titled('שלום', long, '🙂 emoji', '', '.*+?()[]{}|\\^$', 'b');
    expect(titles(sortPublications(items, 'title', self, 'en'))).toEqual([
      '',
      '.*+?()[]{}|\\^$',
      '🙂 emoji',
      'b',
      long,
      'שלום',
    ]);
  });
});
