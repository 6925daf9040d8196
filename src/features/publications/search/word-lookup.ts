import { hitOffset } from './ranking';

/**
 * Finds a term's exact hits in a vocabulary without comparing it with every word: per one- and
 * two-character start, the words starting so; per three-character sequence, the words containing it.
 */
export interface WordLookup {
  /** Per start (see `startKey`): the ids of the words starting with it, ascending. */
  starts: Map<number, number[]>;
  /** Per trigram (see `trigramAt`): the ids of the words containing it, ascending. */
  trigrams: Map<number, number[]>;
}

// UTF-16 code units; a letter or digit is never U+0000, so one- and two-unit keys never collide.
const startKey = (text: string, length: 1 | 2) =>
  length === 1 ? text.charCodeAt(0) : text.charCodeAt(0) * 2 ** 16 + text.charCodeAt(1);
const trigramAt = (text: string, at: number) =>
  text.charCodeAt(at) * 2 ** 32 + text.charCodeAt(at + 1) * 2 ** 16 + text.charCodeAt(at + 2);

function addTo(map: Map<number, number[]>, key: number, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

export function emptyWordLookup(): WordLookup {
  return { starts: new Map(), trigrams: new Map() };
}

/** Adds a word; ids must be added in ascending order. */
export function addToLookup({ starts, trigrams }: WordLookup, id: number, word: string): void {
  addTo(starts, startKey(word, 1), id);
  if (word.length >= 2) addTo(starts, startKey(word, 2), id);
  for (let at = 0; at + 3 <= word.length; at++) addTo(trigrams, trigramAt(word, at), id);
}

export function createWordLookup(words: readonly string[]): WordLookup {
  const lookup = emptyWordLookup();
  words.forEach((word, id) => addToLookup(lookup, id, word));
  return lookup;
}

/**
 * Calls `visit` with each word the term hits exactly (by `hitOffset`'s rule) and where in it: the
 * same hits as asking `hitOffset` of every word. Candidates come from the term's start (short
 * terms) or its rarest trigram, and `hitOffset` decides.
 */
export function forEachExactHit(
  words: readonly string[],
  { starts, trigrams }: WordLookup,
  term: string,
  visit: (id: number, offset: number) => void,
): void {
  let candidates: number[] | undefined;
  if (term.length === 0) return;
  if (term.length <= 2) candidates = starts.get(startKey(term, term.length as 1 | 2));
  else
    for (let at = 0; at + 3 <= term.length; at++) {
      const list = trigrams.get(trigramAt(term, at));
      if (!list) return;
      if (!candidates || list.length < candidates.length) candidates = list;
    }
  for (const id of candidates ?? []) {
    const offset = hitOffset(term, words[id] as string);
    if (offset >= 0) visit(id, offset);
  }
}
