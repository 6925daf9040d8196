/**
 * A test for "at most `max` edits (insert, delete, substitute, swap two neighbours) turn `term`
 * into some prefix of the word", returning that number of edits or `Infinity`. A prefix, because a
 * search term is often an unfinished word ("tranfor" → "transformers"). The rows are allocated
 * once: the test runs against every word of the corpus.
 */
export function prefixEditDistance(term: string, max: number): (word: string) => number {
  const m = term.length;
  const width = m + max + 1;
  let before = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  const termLetters = lettersOf(term, m);
  return (word) => {
    if (word.length < m - max) return Infinity;
    const n = Math.min(word.length, m + max);
    // Each edit removes at most one of the term's letters missing from the word: a cheap way to
    // skip most words before the quadratic part.
    if (bitCount(termLetters & ~lettersOf(word, n)) > max) return Infinity;
    for (let j = 0; j <= n; j++) previous[j] = j;
    for (let i = 1; i <= m; i++) {
      const termCode = term.charCodeAt(i - 1);
      current[0] = i;
      let rowMin = i;
      for (let j = 1; j <= n; j++) {
        const wordCode = word.charCodeAt(j - 1);
        let value = (previous[j - 1] as number) + (termCode === wordCode ? 0 : 1);
        const insert = (current[j - 1] as number) + 1;
        const remove = (previous[j] as number) + 1;
        if (insert < value) value = insert;
        if (remove < value) value = remove;
        if (
          i > 1 &&
          j > 1 &&
          termCode === word.charCodeAt(j - 2) &&
          term.charCodeAt(i - 2) === wordCode &&
          (before[j - 2] as number) + 1 < value
        )
          value = (before[j - 2] as number) + 1;
        current[j] = value;
        if (value < rowMin) rowMin = value;
      }
      // Every later row is at least this row's minimum: stop as soon as it is too far.
      if (rowMin > max) return Infinity;
      [before, previous, current] = [previous, current, before];
    }
    let best = Infinity;
    for (let j = 0; j <= n; j++) if ((previous[j] as number) < best) best = previous[j] as number;
    return best <= max ? best : Infinity;
  };
}

/** A 32-bit set of the characters (hashed) among the first `length` of `text`. */
function lettersOf(text: string, length: number): number {
  let letters = 0;
  for (let at = 0; at < length; at++) letters |= 1 << (text.charCodeAt(at) % 32);
  return letters;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** Typos forgiven in a term of this length: none below 4 characters, 1 up to 7, then 2. */
export function allowedEdits(termLength: number): number {
  if (termLength < 4) return 0;
  return termLength < 8 ? 1 : 2;
}
