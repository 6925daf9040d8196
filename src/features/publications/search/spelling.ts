/**
 * A word's spelling key: British and American spellings, and doubled letters, share one
 * ("generalisation" and "generalization", "modelling" and "modeling"). Used to match a term with the
 * corpus's other spellings of it: "s" becomes "z" and each run of one letter becomes one letter.
 */
export function spellingKey(word: string): string {
  return word.replace(/s/g, 'z').replace(/(.)\1+/gu, '$1');
}

/** Cost (0 best) of a hit on another spelling of the term: that of a prefix. */
export const SPELLING_VARIANT_PENALTY = 0.1;

/** The spelling key of every word, and the words of each key. */
export interface SpellingKeys {
  keys: string[];
  byKey: Map<string, number[]>;
}

export function emptySpellingKeys(): SpellingKeys {
  return { keys: [], byKey: new Map() };
}

/** Adds the next word's key (ids in order from 0). */
export function addSpellingKey({ keys, byKey }: SpellingKeys, id: number, word: string): void {
  const key = spellingKey(word);
  keys.push(key);
  const same = byKey.get(key);
  if (same) same.push(id);
  else byKey.set(key, [id]);
}
