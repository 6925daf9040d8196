import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString } from '../../tests/hostile-text';
import { foldForSearch, foldWithOffsets, toOriginalRange } from './fold-text';

const RUNS = { seed: 11, numRuns: 2_000 };

describe('folding any Unicode string (property)', () => {
  it('foldForSearch never throws and has no combining marks or uppercase ASCII left', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const folded = foldForSearch(text);
        expect(folded).not.toMatch(/\p{M}|[A-Z]/u);
      }),
      RUNS,
    );
  });

  it('foldWithOffsets folds as foldForSearch does, final sigma aside', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        expect(foldWithOffsets(text).folded).toBe(foldForSearch(text).replace(/ς/g, 'σ'));
      }),
      RUNS,
    );
  });

  it('maps every folded range back inside the original text, in order', () => {
    const textAndRange = hostileString.chain((text) => {
      const length = foldWithOffsets(text).folded.length;
      return fc.tuple(
        fc.constant(text),
        fc
          .nat({ max: length })
          .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: start, max: length }))),
      );
    });
    fc.assert(
      fc.property(textAndRange, ([text, [start, end]]) => {
        const range = toOriginalRange(foldWithOffsets(text), start, end);
        expect(range.start).toBeGreaterThanOrEqual(0);
        expect(range.end).toBeGreaterThanOrEqual(range.start);
        expect(range.end).toBeLessThanOrEqual(text.length);
      }),
      RUNS,
    );
  });

  it('maps a range inside a letter and its marks that folds to as many units to the whole of them', () => {
    // "ß" + combining acute (2 units) folds to "ss" (2 units), but not one unit for one.
    const text = foldWithOffsets('Stra\u00df\u0301e');
    expect(text.folded).toBe('strasse');
    expect(toOriginalRange(text, 4, 5)).toEqual({ start: 4, end: 6 });
  });
});
