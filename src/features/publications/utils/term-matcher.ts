import { toOriginalRange, type FoldedText } from '../../../lib/fold-text';
import { forEachWord } from './folded-words';
import type { TextRange } from './search-publications';

/** Terms this short only match the start of a word: "ai" finds "AI", not "said". */
export const PREFIX_ONLY_LENGTH = 2;

/** How one query term matched the corpus. */
export interface TermMatcher {
  term: string;
  /** Corpus words the term matched only with typos. */
  fuzzyWords: ReadonlySet<string>;
}

/** Cost of an exact hit of `term` inside `word` (0 best), or undefined when it is not in it. */
export function exactPenalty(term: string, word: string): number | undefined {
  const at = term.length <= PREFIX_ONLY_LENGTH ? (word.startsWith(term) ? 0 : -1) : word.indexOf(term);
  if (at < 0) return undefined;
  if (at > 0) return 0.2;
  return word.length === term.length ? 0 : 0.1;
}

/** Where the terms occur in a field, as ranges of the original (unfolded) text. */
export function matchRanges(text: FoldedText | null, matchers: readonly TermMatcher[]): TextRange[] {
  if (!text || matchers.length === 0) return [];
  const ranges: TextRange[] = [];
  forEachWord(text.folded, (word, start) => {
    for (const { term, fuzzyWords } of matchers) {
      if (fuzzyWords.has(word)) ranges.push(toOriginalRange(text, start, start + word.length));
      else if (term.length <= PREFIX_ONLY_LENGTH) {
        if (word.startsWith(term)) ranges.push(toOriginalRange(text, start, start + term.length));
      } else
        for (let at = word.indexOf(term); at >= 0; at = word.indexOf(term, at + term.length))
          ranges.push(toOriginalRange(text, start + at, start + at + term.length));
    }
  });
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}
