import type { TextRange } from './types';
import { isHighSurrogate, isLowSurrogate } from './words';

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits a text into matched and unmatched parts, none empty, whose concatenation is the text. Ranges may
 * overlap, touch, be unsorted or out of bounds; none ever splits a surrogate pair.
 */
export function splitByRanges(text: string, ranges: readonly TextRange[]): TextPart[] {
  const merged: TextRange[] = [];
  const clean = ranges
    .map((range) => clampRange(text, range))
    .filter((range): range is TextRange => range !== null)
    .sort((a, b) => a.start - b.start);
  for (const range of clean) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

// NaN stays NaN through the clamps, and fails every comparison: such a range is dropped.
function clampRange(text: string, range: TextRange): TextRange | null {
  let start = Math.max(0, Math.min(text.length, Math.floor(range.start)));
  let end = Math.max(0, Math.min(text.length, Math.ceil(range.end)));
  if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1)))
    start -= 1;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1)))
    end += 1;
  return end > start ? { start, end } : null;
}
