import type { TextRange } from '../search/types';

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const TRAILING_PUNCTUATION_OR_SPACE = /[\s\p{P}]+$/u;

/** Never cut between the two halves of a surrogate pair. */
function safeCut(text: string, at: number): number {
  return at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

/**
 * The start of an abstract, at most `maxChars` long, cut at a word boundary and without trailing
 * punctuation or space (the page adds the ellipsis). `isCut` is false when it all fits.
 */
export function abstractPreview(abstract: string, maxChars = 220): { preview: string; isCut: boolean } {
  const limit = Math.max(0, Math.floor(maxChars));
  if (abstract.length <= limit) return { preview: abstract, isCut: false };
  const head = abstract.slice(0, safeCut(abstract, limit));
  // Cut before the word that does not fit, unless the text is one endless word.
  const nextIsSpace = /\s/.test(abstract.charAt(head.length));
  const lastSpace = head.search(/\s\S*$/);
  const atWord = nextIsSpace ? head : lastSpace > 0 ? head.slice(0, lastSpace) : head;
  const preview = atWord.replace(TRAILING_PUNCTUATION_OR_SPACE, '');
  return { preview: preview.length > 0 ? preview : head, isCut: true };
}

/** The first match (by position) that is not entirely within the visible start of the text. */
export function firstRangeOutside(ranges: readonly TextRange[], visibleChars: number): TextRange | undefined {
  let first: TextRange | undefined;
  for (const range of ranges)
    if (range.end > visibleChars && range.end > range.start && (!first || range.start < first.start))
      first = range;
  return first;
}

/**
 * A passage of about `radius` characters either side of a match, widened to whole words, with the
 * match's range re-based into the passage. `cutStart`/`cutEnd` say whether text was left out.
 */
export function snippetAround(
  text: string,
  range: TextRange,
  radius = 60,
): { text: string; range: TextRange; cutStart: boolean; cutEnd: boolean } {
  const matchStart = Math.max(0, Math.min(text.length, range.start));
  const matchEnd = Math.max(matchStart, Math.min(text.length, range.end));
  let start = safeCut(text, Math.max(0, matchStart - Math.max(0, radius)));
  let end = safeCut(text, Math.min(text.length, matchEnd + Math.max(0, radius)));
  // Start after a space and stop before one, so no word is shown in part (unless that is all there is).
  if (start > 0) {
    const space = text.slice(start, matchStart).search(/\s/);
    if (space >= 0) start += space;
  }
  if (end < text.length) {
    const before = text.slice(matchEnd, end);
    const space = before.search(/\s\S*$/);
    if (space >= 0) end = matchEnd + space;
  }
  const passage = text.slice(start, end);
  const leading = passage.length - passage.trimStart().length;
  const trimmed = passage.trim();
  const snippetStart = start + leading;
  return {
    text: trimmed,
    range: {
      start: Math.max(0, matchStart - snippetStart),
      end: Math.min(trimmed.length, Math.max(0, matchEnd - snippetStart)),
    },
    cutStart: text.slice(0, snippetStart).trim().length > 0,
    cutEnd: text.slice(snippetStart + trimmed.length).trim().length > 0,
  };
}
