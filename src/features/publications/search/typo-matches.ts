import Fuse from 'fuse.js';

/**
 * Cost (0 best) of a typo hit, from fuse.js's score (0 perfect, up to about the share of wrong
 * letters): any typo costs more than an exact hit inside a word.
 */
export function typoHitPenalty(fuseScore: number): number {
  return 0.25 + 0.5 * fuseScore;
}

/** Typos forgiven in a term of this length: none below 4 characters, 1 up to 7, then 2. */
export function allowedEdits(termLength: number): number {
  if (termLength < 4) return 0;
  return termLength < 8 ? 1 : 2;
}

export interface TypoMatch {
  /** Index into the words. */
  index: number;
  /** Fuse's score: 0 perfect, up to about the share of the term's letters that are wrong. */
  score: number;
}

/**
 * The words that `term` matches with a few typos, at their start, as an unfinished word too
 * ("tranfor" → "transformers"). Two stages: a cheap filter drops every word that misses more of the term's
 * letters than the typos allowed (most of a corpus's tens of thousands of words), then fuse.js's
 * approximate matcher decides and scores the few words left. Words flagged in `skip` (exact hits)
 * are not considered.
 */
export function typoMatches(term: string, words: readonly string[], skip?: Uint8Array): TypoMatch[] {
  const maxEdits = allowedEdits(term.length);
  if (maxEdits === 0) return [];
  const termLetters = lettersOf(term);
  const candidates: number[] = [];
  words.forEach((word, index) => {
    if (skip?.[index] || word.length < term.length - maxEdits) return;
    if (bitCount(termLetters & ~lettersOf(word, term.length + maxEdits)) <= maxEdits) candidates.push(index);
  });
  if (candidates.length === 0) return [];

  const threshold = (maxEdits + 0.5) / term.length;
  const fuse = new Fuse(
    candidates.map((index) => words[index] as string),
    {
      includeScore: true,
      shouldSort: false,
      // Texts and term are folded already.
      isCaseSensitive: true,
      ignoreFieldNorm: true,
      // Fuse's score is (wrong letters) / (term length) + (letters from the word's start) /
      // `distance`: allow `maxEdits` wrong letters (a missing one shifts the match by one) at the
      // start of a word, as a typed (possibly unfinished) word would be, but not in the middle
      // ("ilic" ≠ "explicit").
      location: 0,
      distance: 2 * term.length,
      threshold,
    },
  );
  // Fuse's final score can exceed the threshold its search used (it rescores the best location).
  return fuse
    .search(term)
    .flatMap(({ refIndex, score = 0 }) =>
      score < threshold ? [{ index: candidates[refIndex] as number, score }] : [],
    );
}

/** A 32-bit set of the characters (hashed) among the first `length` of `text`. */
function lettersOf(text: string, length = text.length): number {
  let letters = 0;
  for (let at = 0; at < Math.min(length, text.length); at++) letters |= 1 << (text.charCodeAt(at) % 32);
  return letters;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}
