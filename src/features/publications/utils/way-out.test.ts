import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import { findWaysOut } from './way-out';

const deep = buildPublication({ id: 'a', title: 'A', topics: ['Deep', 'Graphs'] });
const opt = buildPublication({ id: 'b', title: 'B', topics: ['Optimization', 'Deep'] });
const rl = buildPublication({ id: 'c', title: 'C', topics: ['RL'] });
const all = [deep, opt, rl];

describe('findWaysOut', () => {
  it('first drops the topic whose removal shows the most, then matches any topic', () => {
    expect(findWaysOut(all, all, { topics: ['Deep', 'Graphs', 'Optimization'], mode: 'all' }, false)).toEqual(
      [
        { kind: 'remove-topic', topic: 'Optimization', count: 1 },
        { kind: 'match-any', count: 2 },
      ],
    );
  });

  it('offers the search alone, then the topics alone, when the two together find nothing', () => {
    expect(findWaysOut([rl], all, { topics: ['Deep'], mode: 'any' }, true)).toEqual([
      { kind: 'drop-topics', count: 1 },
      { kind: 'drop-query', count: 2 },
    ]);
  });

  it('offers nothing when no small change helps', () => {
    expect(findWaysOut([], all, { topics: [], mode: 'any' }, true)).toEqual([]);
    expect(findWaysOut([], all, { topics: ['Nothing'], mode: 'any' }, true)).toEqual([]);
  });
});
