import { hitOffset, PREFIX_ONLY_LENGTH } from './ranking';

/**
 * Finds a term's exact hits in a vocabulary without comparing it with every word: the words in
 * sorted order (a term's prefix hits are one run of them, found by binary search) and, for hits
 * inside words, the words containing each three-character sequence.
 */
export interface WordLookup {
  /** Word ids, sorted by word. */
  sorted: Int32Array;
  /** Per trigram (see `trigramAt`): the ids of the words containing it, ascending. */
  trigrams: Map<number, Int32Array>;
}

const trigramAt = (text: string, at: number) =>
  text.charCodeAt(at) * 2 ** 32 + text.charCodeAt(at + 1) * 2 ** 16 + text.charCodeAt(at + 2);

export function createWordLookup(words: readonly string[]): WordLookup {
  const sorted = Int32Array.from(words.keys()).sort((a, b) => {
    const left = words[a] as string;
    const right = words[b] as string;
    return left < right ? -1 : left > right ? 1 : 0;
  });
  const lists = new Map<number, number[]>();
  words.forEach((word, id) => {
    for (let at = 0; at + 3 <= word.length; at++) {
      const trigram = trigramAt(word, at);
      const list = lists.get(trigram);
      if (!list) lists.set(trigram, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  });
  const trigrams = new Map<number, Int32Array>();
  for (const [trigram, list] of lists) trigrams.set(trigram, Int32Array.from(list));
  return { sorted, trigrams };
}

/**
 * Calls `visit` with each word the term hits exactly (by `hitOffset`'s rule) and where in it: the
 * same hits as asking `hitOffset` of every word, in another order.
 */
export function forEachExactHit(
  words: readonly string[],
  { sorted, trigrams }: WordLookup,
  term: string,
  visit: (id: number, offset: number) => void,
): void {
  if (term.length === 0) return;
  // Words starting with the term: a run of the sorted words.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[sorted[middle] as number] as string) < term) low = middle + 1;
    else high = middle;
  }
  for (let at = low; at < sorted.length; at++) {
    const id = sorted[at] as number;
    if (!(words[id] as string).startsWith(term)) break;
    visit(id, 0);
  }
  if (term.length <= PREFIX_ONLY_LENGTH) return;
  // Words containing it further in: candidates from the term's rarest trigram.
  let rarest: Int32Array | undefined;
  for (let at = 0; at + 3 <= term.length; at++) {
    const list = trigrams.get(trigramAt(term, at));
    if (!list) return;
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  for (const id of rarest ?? []) {
    const offset = hitOffset(term, words[id] as string);
    if (offset > 0) visit(id, offset);
  }
}
