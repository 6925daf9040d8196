const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The first half of a character outside the BMP (an emoji, 𝒳): never split from the second. */
export const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The one tokenizer of search: calls `visit` for each word (a run of letters and digits) of an
 * already folded text, with its offsets and a hash of its UTF-16 code units (FNV-1a), so the index
 * can look a word up without first making it a string. Hand-written rather than a regular
 * expression: it runs over every abstract at index build.
 */
export function forEachWord(text: string, visit: (start: number, end: number, hash: number) => void): void {
  let start = -1;
  let hash = FNV_OFFSET;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const width = isHighSurrogate(code) && index + 1 < text.length ? 2 : 1;
    if (isWordCharacter(code, text, index)) {
      if (start < 0) {
        start = index;
        hash = FNV_OFFSET;
      }
      hash = Math.imul(hash ^ code, FNV_PRIME);
      if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(index + 1), FNV_PRIME);
    } else if (start >= 0) {
      visit(start, index, hash);
      start = -1;
    }
    index += width;
  }
  if (start >= 0) visit(start, text.length, hash);
}

function isWordCharacter(code: number, text: string, index: number): boolean {
  if (code < 0x80)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}
