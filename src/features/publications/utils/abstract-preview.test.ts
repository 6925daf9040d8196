import { describe, expect, it } from 'vitest';
import { abstractPreview, firstRangeOutside, snippetAround } from './abstract-preview';

describe('abstractPreview', () => {
  it('keeps a short abstract whole', () => {
    expect(abstractPreview('Short and sweet.', 220)).toEqual({ preview: 'Short and sweet.', isCut: false });
    expect(abstractPreview('', 220)).toEqual({ preview: '', isCut: false });
  });

  it('cuts at a word boundary within the limit', () => {
    const { preview, isCut } = abstractPreview('alpha beta gamma delta', 13);
    expect(isCut).toBe(true);
    expect(preview).toBe('alpha beta');
  });

  it('keeps the last word when the limit falls right after it', () => {
    expect(abstractPreview('alpha beta gamma', 10).preview).toBe('alpha beta');
  });

  it('drops punctuation and spaces before the ellipsis', () => {
    expect(abstractPreview('We propose a method, which works. It also…', 21).preview).toBe(
      'We propose a method',
    );
    expect(abstractPreview('First sentence.   Second sentence here', 18).preview).toBe('First sentence');
  });

  it('cuts an endless word at the limit without splitting an emoji', () => {
    expect(abstractPreview('x'.repeat(10_000), 220).preview).toBe('x'.repeat(220));
    const emoji = '🙂'.repeat(10);
    const { preview } = abstractPreview(emoji, 5);
    expect(preview).toBe('🙂🙂');
  });

  it('never exceeds the limit', () => {
    const text = 'Réseaux de neurones — “graph” (GNN) Straße 👩‍🔬 שלום עולם '.repeat(40);
    for (const limit of [1, 7, 50, 220])
      expect(abstractPreview(text, limit).preview.length).toBeLessThanOrEqual(limit);
  });
});

describe('firstRangeOutside', () => {
  it('finds the earliest match not fully visible', () => {
    const ranges = [
      { start: 300, end: 305 },
      { start: 10, end: 15 },
      { start: 250, end: 260 },
    ];
    expect(firstRangeOutside(ranges, 220)).toEqual({ start: 250, end: 260 });
  });

  it('counts a match cut by the preview as hidden', () => {
    expect(firstRangeOutside([{ start: 215, end: 225 }], 220)).toEqual({ start: 215, end: 225 });
  });

  it('is undefined when every match is visible or there are none', () => {
    expect(firstRangeOutside([{ start: 0, end: 5 }], 220)).toBeUndefined();
    expect(firstRangeOutside([], 220)).toBeUndefined();
  });
});

describe('snippetAround', () => {
  const text = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');

  it('shows the match with whole words around it, the range re-based into the passage', () => {
    const start = text.indexOf('word30');
    const snippet = snippetAround(text, { start, end: start + 6 }, 20);
    expect(snippet.text.slice(snippet.range.start, snippet.range.end)).toBe('word30');
    expect(snippet.cutStart).toBe(true);
    expect(snippet.cutEnd).toBe(true);
    expect(snippet.text).toMatch(/^word\d+ .* word\d+$/);
    expect(text).toContain(snippet.text);
    expect(snippet.text.length).toBeLessThanOrEqual(6 + 2 * 20);
  });

  it('does not claim a cut at the edges of the text', () => {
    const snippet = snippetAround('tiny text here', { start: 5, end: 9 }, 60);
    expect(snippet).toEqual({
      text: 'tiny text here',
      range: { start: 5, end: 9 },
      cutStart: false,
      cutEnd: false,
    });
  });

  it('clamps a range beyond the text and never splits an emoji', () => {
    const emojiText = '🙂'.repeat(100) + ' match ' + '🙂'.repeat(100);
    const at = emojiText.indexOf('match');
    const snippet = snippetAround(emojiText, { start: at, end: at + 5 }, 11);
    expect(snippet.text.slice(snippet.range.start, snippet.range.end)).toBe('match');
    expect(snippet.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    const clamped = snippetAround('short', { start: 3, end: 99 }, 10);
    expect(clamped.text.slice(clamped.range.start, clamped.range.end)).toBe('rt');
  });
});
