import { foldWithOffsets } from '../../../lib/fold-text';
import { forEachWord, isHighSurrogate } from './words';

export const MAX_QUERY_TERMS = 8;
export const MAX_TERM_LENGTH = 64;

/**
 * The words of a search query, folded (case and accents removed), deduplicated, at most
 * `MAX_QUERY_TERMS` of `MAX_TERM_LENGTH` characters each. Punctuation, symbols and emoji are not
 * words. A publication matches when it matches every term.
 */
export function queryTerms(query: string): string[] {
  // Only the start of a huge paste can contribute terms; folding all of it would be wasted work.
  const head = query.slice(0, MAX_QUERY_TERMS * (MAX_TERM_LENGTH + 1) * 4);
  const terms = new Set<string>();
  const folded = foldWithOffsets(head).folded;
  forEachWord(folded, (start, end) => {
    if (terms.size < MAX_QUERY_TERMS) terms.add(truncate(folded.slice(start, end)));
  });
  return [...terms];
}

function truncate(word: string): string {
  if (word.length <= MAX_TERM_LENGTH) return word;
  const cut = word.slice(0, MAX_TERM_LENGTH);
  // Never keep half of a surrogate pair.
  return isHighSurrogate(cut.charCodeAt(cut.length - 1)) ? cut.slice(0, -1) : cut;
}
