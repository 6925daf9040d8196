import { describe, expect, it } from 'vitest';
import { allowedEdits, typoMatches } from './typo-matches';

function matchedWords(term: string, words: string[], skip?: Uint8Array) {
  return typoMatches(term, words, skip).map(({ index }) => words[index]);
}

describe('typoMatches', () => {
  it.each([
    ['softmx', 'softmax'],
    ['tranformers', 'transformers'],
    ['reinforcment', 'reinforcement'],
    ['trasnformer', 'transformers'],
    ['tranfor', 'transformers'],
    ['kernal', 'kernel'],
  ])('forgives %s → %s', (term, word) => {
    expect(matchedWords(term, ['unrelated', word, 'other'])).toEqual([word]);
  });

  it.each([
    ['softmax', 'soft'],
    ['graph', 'giraffe'],
    ['model', 'mod'],
    ['ilic', 'explicit'],
    ['kernel', 'colonel'],
  ])('does not take %s for %s', (term, word) => {
    expect(matchedWords(term, [word])).toEqual([]);
  });

  it('scores closer words lower (better)', () => {
    const words = ['transformers', 'tranformers'];
    const scores = new Map(
      typoMatches('tranformers', words).map(({ index, score }) => [words[index], score]),
    );
    expect(scores.get('tranformers')).toBeLessThan(scores.get('transformers') as number);
  });

  it('leaves out words flagged as exact hits already', () => {
    expect(matchedWords('softmx', ['softmax', 'softmaxes'], Uint8Array.from([1, 0]))).toEqual(['softmaxes']);
  });

  it('forgives nothing in short terms and copes with odd input', () => {
    expect(matchedWords('gan', ['gap', 'can'])).toEqual([]);
    const long = 'abcdefghij'.repeat(4);
    expect(matchedWords(long, [long.slice(0, 20) + long.slice(21), 'y'])).toEqual([
      long.slice(0, 20) + long.slice(21),
    ]);
    expect(matchedWords('softmx', [])).toEqual([]);
  });
});

describe('allowedEdits', () => {
  it('forgives no typo in short terms and more in long ones', () => {
    expect([1, 3, 4, 7, 8, 20].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
