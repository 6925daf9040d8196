import { describe, expect, it } from 'vitest';
import { en, type Messages } from './en';
import { fr } from './fr';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Every key path of a dictionary, with the kind of value found there. */
function shape(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? shape(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}:${typeof value}`],
  );
}

describe('the French dictionary', () => {
  it('has exactly the English keys, each of the same kind', () => {
    expect(shape(fr).sort()).toEqual(shape(en).sort());
  });

  it('translates every sentence (only names and formats may read the same)', () => {
    const same = (messages: Messages) =>
      shape(messages)
        .filter((entry) => entry.endsWith(':string'))
        .map((entry) => entry.split(':')[0]!);
    const sameText = same(fr).filter((path) => {
      const read = (messages: Messages) =>
        path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], messages);
      return read(fr) === read(en);
    });
    expect(
      sameText.filter((path) => !/^(links|citations|profile\.links)\.|membershipAt|heading$/.test(path)),
    ).toEqual([]);
  });

  it('writes numbers, quotes and colons the French way', () => {
    expect(fr.status({ shown: 3, total: 1234, query: 'softmax', topics: [], mode: 'any' })).toBe(
      `3 publications affichées sur 1${NNBSP}234 correspondant à «${NBSP}softmax${NBSP}»`,
    );
    expect(fr.topics.unused).toBe(`Travaille aussi sur${NBSP}:`);
    expect(fr.years.bar(2024, 7)).toBe(`2024${NBSP}: 7 publications`);
  });

  it('uses French plural rules: 0 and 1 are singular', () => {
    expect(fr.status({ shown: 0, total: 1, query: '', topics: [], mode: 'any' })).toBe(
      '0 publication affichée sur 1',
    );
    expect(en.status({ shown: 0, total: 1, query: '', topics: [], mode: 'any' })).toBe(
      'Showing 0 of 1 publication',
    );
    expect(fr.authors.more(1)).toBe('+ 1 autre auteur');
    expect(fr.authors.more(2)).toBe('+ 2 autres auteurs');
  });

  it('joins topics with the French list words', () => {
    expect(fr.status({ shown: 1, total: 10, query: '', topics: ['A', 'B', 'C'], mode: 'all' })).toBe(
      '1 publication affichée sur 10 en A, B et C',
    );
    expect(fr.status({ shown: 1, total: 10, query: '', topics: ['A', 'B'], mode: 'any' })).toBe(
      '1 publication affichée sur 10 en A ou B',
    );
  });
});
