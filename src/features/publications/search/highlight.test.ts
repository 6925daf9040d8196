import { describe, expect, it } from 'vitest';
import { splitByRanges } from './highlight';

const joined = (parts: { text: string }[]) => parts.map((part) => part.text).join('');
const marked = (parts: { text: string; match: boolean }[]) =>
  parts.filter((part) => part.match).map((part) => part.text);

describe('splitByRanges', () => {
  it('marks the ranges and keeps the rest', () => {
    expect(splitByRanges('softmax is not enough', [{ start: 0, end: 7 }])).toEqual([
      { text: 'softmax', match: true },
      { text: ' is not enough', match: false },
    ]);
  });

  it('returns the whole text unmarked without ranges, and nothing for an empty text', () => {
    expect(splitByRanges('abc', [])).toEqual([{ text: 'abc', match: false }]);
    expect(splitByRanges('', [{ start: 0, end: 3 }])).toEqual([]);
  });

  it('merges overlapping, adjacent and unsorted ranges', () => {
    const parts = splitByRanges('abcdefghij', [
      { start: 6, end: 8 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
    ]);
    expect(parts).toEqual([
      { text: 'a', match: false },
      { text: 'bcde', match: true },
      { text: 'f', match: false },
      { text: 'gh', match: true },
      { text: 'ij', match: false },
    ]);
  });

  it('clamps out-of-bounds ranges and ignores empty, reversed or NaN ones', () => {
    const text = 'hello';
    const parts = splitByRanges(text, [
      { start: -5, end: 2 },
      { start: 4, end: 99 },
      { start: 3, end: 3 },
      { start: 3, end: 1 },
      { start: Number.NaN, end: 2 },
    ]);
    expect(parts).toEqual([
      { text: 'he', match: true },
      { text: 'll', match: false },
      { text: 'o', match: true },
    ]);
  });

  it('never splits a surrogate pair', () => {
    const text = 'a🙂b𝒳c';
    // 🙂 is at 1–3, 𝒳 at 4–6: ranges that cut them in half are widened.
    const parts = splitByRanges(text, [
      { start: 2, end: 3 },
      { start: 4, end: 5 },
    ]);
    expect(marked(parts)).toEqual(['🙂', '𝒳']);
    expect(joined(parts)).toBe(text);
  });

  it('rebuilds the text exactly for hostile input', () => {
    const texts = ['.*+?()[]{}|\\^$', 'שלום עולם', 'e\u0301cole', 'Straße 👩‍🔬', 'x'.repeat(10_000)];
    for (const text of texts) {
      const ranges = [0, 1, 3, 7, 11].map((start) => ({ start, end: start + 2 }));
      expect(joined(splitByRanges(text, ranges))).toBe(text);
    }
  });

  it('handles many ranges over a long text', () => {
    const text = 'ab'.repeat(50_000);
    const ranges = Array.from({ length: 50_000 }, (_, index) => ({ start: index * 2, end: index * 2 + 1 }));
    const parts = splitByRanges(text, ranges);
    expect(parts).toHaveLength(100_000);
    expect(joined(parts)).toBe(text);
  });
});
