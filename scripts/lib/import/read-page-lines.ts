import { PageError } from './diagnostics';

/** A non-blank line of the page, trimmed, with its 1-based number in the file. */
export interface SourceLine {
  text: string;
  line: number;
  /** Set when the page wrote this line's accents as intact LaTeX (see `clean-page-lines.ts`). */
  latexIntact?: true;
}

// Control characters (tab excepted) and U+FFFD, which the decoder puts where bytes are not UTF-8.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

/**
 * Decodes a page and returns its non-blank lines. Accepts a BOM, CRLF or CR line endings and
 * trailing spaces, and UTF-16 with its BOM (what Windows Notepad saves as "Unicode"); rejects
 * binary or non-UTF-8 content, naming the first line that has it.
 */
export function readPageLines(content: Uint8Array | string): SourceLine[] {
  const text = typeof content === 'string' ? content : new TextDecoder(encodingOf(content)).decode(content);
  const rawLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

  const lines: SourceLine[] = [];
  rawLines.forEach((raw, index) => {
    if (NOT_TEXT.test(raw))
      throw new PageError(index + 1, 'this is not a text page (binary or non-UTF-8 content)');
    const trimmed = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (trimmed !== '') lines.push({ text: trimmed, line: index + 1 });
  });
  return lines;
}

// The decoder drops the BOM it recognises; without one, the page must be UTF-8.
function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
