import { describe, expect, it } from 'vitest';
import { allowedEdits, prefixEditDistance } from './edit-distance';

describe('prefixEditDistance', () => {
  it.each([
    ['softmax', 'softmax', 1, 0],
    ['softmx', 'softmax', 1, 1],
    ['tranformers', 'transformers', 2, 1],
    ['reinforcment', 'reinforcement', 2, 1],
    ['trasnformer', 'transformers', 2, 1], // swapped neighbours count once
    ['tranfor', 'transformers', 1, 1], // an unfinished word matches a prefix
    ['softmax', 'soft', 1, Infinity],
    ['graph', 'giraffe', 1, Infinity],
    ['model', 'mod', 1, Infinity],
  ])('%s → %s (max %i) = %s', (term, word, max, expected) => {
    expect(prefixEditDistance(term, max)(word)).toBe(expected);
  });

  it('can be reused for many words', () => {
    const editsTo = prefixEditDistance('kernel', 1);
    expect(['kernels', 'kernal', 'colonel', 'kern', 'fernel'].map(editsTo)).toEqual([
      0,
      1,
      Infinity,
      Infinity,
      1,
    ]);
  });
});

describe('allowedEdits', () => {
  it('forgives no typo in short terms and more in long ones', () => {
    expect([1, 3, 4, 7, 8, 20].map(allowedEdits)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
