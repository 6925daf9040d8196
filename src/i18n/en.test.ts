import { describe, expect, it } from 'vitest';
import { en } from './en';

describe('en.status', () => {
  it('counts and describes the active filters in words', () => {
    expect(en.status({ shown: 10, total: 10, query: '', topics: [], mode: 'any' })).toBe(
      'Showing 10 of 10 publications',
    );
    expect(en.status({ shown: 1, total: 1, query: '', topics: [], mode: 'any' })).toBe(
      'Showing 1 of 1 publication',
    );
    expect(
      en.status({
        shown: 3,
        total: 10,
        query: 'softmax',
        topics: ['Optimization', 'Deep Learning'],
        mode: 'any',
      }),
    ).toBe('Showing 3 of 10 publications matching “softmax” in Optimization or Deep Learning');
    expect(en.status({ shown: 1, total: 10, query: '', topics: ['A', 'B', 'C'], mode: 'all' })).toBe(
      'Showing 1 of 10 publications in A, B, and C',
    );
  });

  it('pluralises counted words', () => {
    expect(en.authors.more(1)).toBe('+ 1 more author');
    expect(en.authors.more(4)).toBe('+ 4 more authors');
    expect(en.errors.invalidIntro(1)).toContain('1 problem.');
  });
});
