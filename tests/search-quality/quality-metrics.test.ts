import { describe, expect, it } from 'vitest';
import { scoresOf, type Outcome } from './quality-metrics';

const outcome = (overrides: Partial<Outcome>): Outcome => ({
  kind: 'exact',
  query: 'q',
  expected: ['a'],
  exhaustive: false,
  found: ['a'],
  ...overrides,
});

describe('scoresOf', () => {
  it('averages the share found, the share wanted and the right firsts', () => {
    const scores = scoresOf([
      outcome({ expected: ['a', 'b'], found: ['c', 'a'], first: 'a', exhaustive: true }),
      outcome({ expected: ['a'], found: ['a'], first: 'a', exhaustive: true }),
    ]);
    expect(scores).toEqual({ recall: 0.75, precision: 0.75, top1: 0.5 });
  });

  it('counts precision only where the labels are exhaustive, and finding nothing as precise', () => {
    const scores = scoresOf([
      outcome({ expected: ['a'], found: ['a', 'x', 'y', 'z'] }),
      outcome({ expected: [], found: [], exhaustive: true }),
      outcome({ expected: [], found: ['x'], exhaustive: true }),
    ]);
    expect(scores.precision).toBe(0.5);
    expect(scores.recall).toBe(1);
    expect(scores.top1).toBe(1);
  });
});
