/**
 * Fewest edits (insert, delete, substitute, swap two neighbours) that turn `term` into some prefix
 * of `word`, or `Infinity` when that is more than `max`. A prefix, because a search term is often
 * an unfinished word ("tranfor" → "transformers").
 */
export function prefixEditDistance(term: string, word: string, max: number): number {
  const m = term.length;
  if (word.length < m - max) return Infinity;
  const n = Math.min(word.length, m + max);
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = term.charCodeAt(i - 1) === word.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        term.charCodeAt(i - 1) === word.charCodeAt(j - 2) &&
        term.charCodeAt(i - 2) === word.charCodeAt(j - 1)
      )
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // Every later row is at least this row's minimum: stop as soon as it is too far.
    if (rowMin > max) return Infinity;
    [before, previous, current] = [previous, current, before];
  }
  const best = Math.min(...previous);
  return best <= max ? best : Infinity;
}

/** Typos forgiven in a term of this length: none below 4 characters, 1 up to 7, then 2. */
export function allowedEdits(termLength: number): number {
  if (termLength < 4) return 0;
  return termLength < 8 ? 1 : 2;
}
