/** Lowercase letters that Unicode normalisation does not split into base letter + accent. */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
};
const UNDECOMPOSABLE_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'g');

/**
 * Case- and accent-insensitive form of a text, for comparing and searching:
 * "Bošnjak" → "bosnjak", "Miłoś" → "milos", "Þór" → "thor". One output character per input
 * character is NOT guaranteed (ß → ss, ﬁ → fi).
 */
export function foldForSearch(value: string): string {
  // NFKD also splits compatibility forms: the "ﬁ" ligature of text copied from PDFs, full-width
  // letters. Lowercasing first lets the table below list lowercase letters only (Þ → þ → th).
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSABLE_PATTERN, (char) => UNDECOMPOSABLE[char] ?? char);
}

/** A folded text and where its folding changed the length, to map folded offsets back. */
export interface FoldedText {
  /**
   * Same as `foldForSearch(original)`, except that a final sigma is always folded to σ (so a
   * word matches however it was cased).
   */
  folded: string;
  /**
   * Flat quadruples [foldedStart, foldedEnd, originalStart, originalEnd], in order, one per
   * character (with its combining marks) whose folded form has another length, or other code
   * units than a one-unit character. Empty for ASCII.
   */
  changes: readonly number[];
}

// eslint-disable-next-line no-control-regex -- "only ASCII" includes the control characters
export const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const MARK = /\p{M}/u;

/** Folds like `foldForSearch` while remembering how to map folded offsets back to the original. */
export function foldWithOffsets(value: string): FoldedText {
  if (ASCII_ONLY.test(value)) return { folded: value.toLowerCase(), changes: [] };
  const parts: string[] = [];
  const changes: number[] = [];
  let foldedLength = 0;
  let runStart = 0; // ASCII characters are copied in runs: most of any text is ASCII
  let index = 0;
  while (index < value.length) {
    if (value.charCodeAt(index) < 0x80 && !isMarkAt(value, index + 1)) {
      index += 1;
      continue;
    }
    if (index > runStart) {
      parts.push(value.slice(runStart, index).toLowerCase());
      foldedLength += index - runStart;
    }
    const start = index;
    index += codePointWidth(value, index);
    // A base letter keeps its combining marks, so a range never separates them.
    while (isMarkAt(value, index)) index += codePointWidth(value, index);
    const cluster = value.slice(start, index);
    const folded = foldCluster(cluster);
    // Same length is not always one character for one: "ß" + a mark folds to "ss".
    if (folded.length !== cluster.length || (cluster.length > 1 && folded !== cluster))
      changes.push(foldedLength, foldedLength + folded.length, start, index);
    parts.push(folded);
    foldedLength += folded.length;
    runStart = index;
  }
  parts.push(value.slice(runStart).toLowerCase());
  return { folded: parts.join(''), changes };
}

const codePointWidth = (value: string, index: number) => ((value.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);

/** Whether a combining mark starts at `index` (all of them are at U+0300 or above). */
function isMarkAt(value: string, index: number): boolean {
  if (index >= value.length || value.charCodeAt(index) < 0x300) return false;
  return MARK.test(String.fromCodePoint(value.codePointAt(index) ?? 0));
}

function foldCluster(cluster: string): string {
  return foldForSearch(cluster).replace(/ς/g, 'σ');
}

/** The original range [start, end) that the folded range [start, end) came from. */
export function toOriginalRange(
  text: FoldedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const originalStart = toOriginalOffset(text.changes, start, false);
  const originalEnd = end > start ? toOriginalOffset(text.changes, end - 1, true) : originalStart;
  return { start: originalStart, end: originalEnd };
}

/** Start (or end, when `after`) in the original of the folded character at `offset`. */
function toOriginalOffset(changes: readonly number[], offset: number, after: boolean): number {
  // Binary search for the last change starting at or before `offset`.
  let low = 0;
  let high = changes.length / 4 - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((changes[middle * 4] ?? 0) <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const extra = after ? 1 : 0;
  if (found < 0) return offset + extra;
  const [foldedStart = 0, foldedEnd = 0, originalStart = 0, originalEnd = 0] = changes.slice(
    found * 4,
    found * 4 + 4,
  );
  if (offset < foldedEnd && offset >= foldedStart) return after ? originalEnd : originalStart;
  return originalEnd + (offset - foldedEnd) + extra;
}
