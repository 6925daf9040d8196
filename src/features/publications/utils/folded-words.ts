const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(code: number, text: string, index: number): boolean {
  if (code < 0x80)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

/**
 * Calls `visit` for each word (a run of letters and digits) of an already folded text, with its
 * offset. Hand-written rather than a regular expression: it runs over every abstract at index build.
 */
export function forEachWord(text: string, visit: (word: string, start: number) => void): void {
  let start = -1;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
    if (isWordCharacter(code, text, index)) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      visit(text.slice(start, index), start);
      start = -1;
    }
    index += width;
  }
  if (start >= 0) visit(text.slice(start), start);
}
