import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitOffset } from './ranking';
import { createWordLookup, forEachExactHit } from './word-lookup';

function lookedUp(words: string[], term: string): [number, number][] {
  const hits: [number, number][] = [];
  forEachExactHit(words, createWordLookup(words), term, (id, offset) => hits.push([id, offset]));
  return hits.sort((a, b) => a[0] - b[0]);
}

/** The definition: ask `hitOffset` of every word. */
function scanned(words: string[], term: string): [number, number][] {
  return words.flatMap((word, id): [number, number][] => {
    const offset = hitOffset(term, word);
    return offset >= 0 ? [[id, offset]] : [];
  });
}

describe('forEachExactHit', () => {
  it('finds whole words, prefixes and (for longer terms) hits inside words', () => {
    const words = ['graph', 'graphs', 'paragraph', 'grape', 'ai', 'said', 'aim'];
    expect(lookedUp(words, 'graph')).toEqual([
      [0, 0],
      [1, 0],
      [2, 4],
    ]);
    expect(lookedUp(words, 'ai')).toEqual([
      [4, 0],
      [6, 0],
    ]);
    expect(lookedUp(words, 'zzz')).toEqual([]);
    expect(lookedUp([], 'graph')).toEqual([]);
  });

  it('finds exactly what comparing the term with every word finds', () => {
    // A small alphabet makes shared prefixes and inner hits common; astral letters test UTF-16.
    const letter = fc.constantFrom('a', 'b', 'c', 'é', '𝒳');
    const word = fc.array(letter, { minLength: 1, maxLength: 7 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, (words, term) => {
        expect(lookedUp(words, term)).toEqual(scanned(words, term));
      }),
      { numRuns: 300 },
    );
  });
});
