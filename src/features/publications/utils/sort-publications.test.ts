import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import type { Publication } from '../../../data/profile-schema';
import { sortPublications } from './sort-publications';

const titles = (items: readonly Publication[]) => items.map((item) => item.title);
const self = (publication: Publication) => publication;

describe('sortPublications', () => {
  const publications = [
    buildPublication({ title: 'B 2019 first', year: 2019 }),
    buildPublication({ title: 'A 2021', year: 2021 }),
    buildPublication({ title: 'C 2019 second', year: 2019 }),
    buildPublication({ title: 'D 2023', year: 2023 }),
  ];

  it('sorts newest first, keeping the original order within a year', () => {
    expect(titles(sortPublications(publications, 'newest', self))).toEqual([
      'D 2023',
      'A 2021',
      'B 2019 first',
      'C 2019 second',
    ]);
  });

  it('sorts oldest first, keeping the original order within a year', () => {
    expect(titles(sortPublications(publications, 'oldest', self))).toEqual([
      'B 2019 first',
      'C 2019 second',
      'A 2021',
      'D 2023',
    ]);
  });

  it('sorts titles A–Z ignoring case and accents, numbers numerically', () => {
    const items = ['zeta', 'Épsilon', 'alpha', 'Łukasz', 'Lambda', 'Élan', 'Task 10', 'Task 9', 'beta'].map(
      (title) => buildPublication({ title }),
    );
    expect(titles(sortPublications(items, 'title', self, 'en'))).toEqual([
      'alpha',
      'beta',
      'Élan',
      'Épsilon',
      'Lambda',
      'Łukasz',
      'Task 9',
      'Task 10',
      'zeta',
    ]);
  });

  it('keeps the original order of titles that differ only by accents or case', () => {
    const items = ['resume', 'Résumé', 'RESUME'].map((title) => buildPublication({ title }));
    expect(titles(sortPublications(items, 'title', self, 'en'))).toEqual(['resume', 'Résumé', 'RESUME']);
  });

  it('sorts wrapped items and leaves the input untouched', () => {
    const wrapped = publications.map((publication) => ({ publication }));
    const sorted = sortPublications(wrapped, 'newest', (item) => item.publication);
    expect(sorted[0]?.publication.year).toBe(2023);
    expect(wrapped[0]?.publication.title).toBe('B 2019 first');
    expect(sorted).not.toBe(wrapped);
  });

  it('copes with empty lists and hostile titles', () => {
    expect(sortPublications([], 'title', self)).toEqual([]);
    const items = ['🙂 emoji', '.*+?()[]{}|\\^$', 'שלום', '', 'x'.repeat(10_000)].map((title) =>
      buildPublication({ title }),
    );
    expect(sortPublications(items, 'title', self)).toHaveLength(5);
  });
});
