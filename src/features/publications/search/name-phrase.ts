import { hitOffset } from './ranking';
import type { TermMatch } from './types';
import { forEachWord } from './words';

/** Whether `word` is a hit of the term: exactly (see `hitOffset`) or as one of its typo matches. */
function termMatchesWord({ term, fuzzyWords }: TermMatch, word: string): boolean {
  return hitOffset(term, word) >= 0 || fuzzyWords.includes(word);
}

/**
 * Whether the terms, in query order, are consecutive words of one of the (folded) author names:
 * "petar velickovic" names Petar Veličković, not a paper by Petar Kaiser and Matko Veličković.
 */
function namesAnAuthor(authors: readonly string[], terms: readonly TermMatch[]): boolean {
  if (terms.length < 2) return false;
  return authors.some((author) => {
    const words = wordsOf(author);
    for (let start = 0; start + terms.length <= words.length; start++)
      if (terms.every((term, offset) => termMatchesWord(term, words[start + offset] as string))) return true;
    return false;
  });
}

/**
 * When some hits carry the query as one author's name, the query is a name: only those hits are
 * kept. Otherwise every hit (its words may match anywhere).
 */
export function preferNamedAuthors<T>(
  hits: T[],
  terms: readonly TermMatch[],
  foldedAuthors: (hit: T) => readonly string[],
): T[] {
  if (terms.length < 2) return hits;
  const named = hits.filter((hit) => namesAnAuthor(foldedAuthors(hit), terms));
  return named.length > 0 ? named : hits;
}

// Here, not beside the tokenizer: the page's first chunks share words.ts, and only the index needs this.
function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (start, end) => words.push(text.slice(start, end)));
  return words;
}
