/**
 * Turns LaTeX accent commands that reached the page intact into the letters they stand for:
 * `Bart{\l}omiej` → Bartłomiej, `Ren\'{e}` → René, `M\"uller` → Müller, `Garc\'\i a` → García,
 * `Dvo\v{r}\'{a}k` → Dvořák. Only text-mode accent commands and special letters are read, so math
 * such as `$\ell_1$` or `\omega` is left as written. Decoding is exact, unlike the repairs of
 * half-stripped commands in `repair-latex-accents.ts`.
 */

// Accent command → the Unicode combining mark it puts on the next letter.
const MARKS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
  d: '\u0323',
  b: '\u0331',
};

const LETTERS: Record<string, string> = {
  l: 'ł',
  L: 'Ł',
  o: 'ø',
  O: 'Ø',
  i: 'ı',
  j: 'ȷ',
  ss: 'ß',
  aa: 'å',
  AA: 'Å',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
};

// `\'e`, `\'{e}`, `\' e`, `\'\i`, `\v{s}`, `\v s`; letter-named accents need a brace or a space
// after them, so `\cdot` or `\vec` are not read as `\c` or `\v`.
const ACCENT =
  /\\(?:(?<symbol>['`^"~=.])|(?<named>[uvHckrdb])(?=[\s{]))\s*(?:\{\s*(?<braced>\\[ij]|[A-Za-z])\s*\}|(?<bare>\\[ij](?![A-Za-z]) ?|[A-Za-z]))/g;
// `\l`, `{\l}`, `\ss`; a control word swallows the space after it, as in LaTeX (`Wo\l czyk`).
const LETTER = /\\(?<name>ss|aa|AA|ae|AE|oe|OE|[lLoOij])(?![A-Za-z]) ?/g;
// Braces left around a decoded letter: `{ł}`, `{ń}` (never around an ASCII one: `\vec{x}`).
const BRACED_LETTER = /\{((?![A-Za-z])\p{L}\p{M}*)\}/gu;

export interface LatexDecoding {
  text: string;
  /** The commands decoded, as written: `\'{e}`, `{\l}`. */
  decoded: string[];
}

export function decodeLatexCommands(text: string): LatexDecoding {
  if (!text.includes('\\')) return { text, decoded: [] };
  const decoded: string[] = [];
  const result = text
    .replace(ACCENT, (command, ...args: unknown[]) => {
      const { symbol, named, braced, bare } = args.at(-1) as Record<string, string | undefined>;
      const base = (braced ?? bare)!.replace('\\', '').trim();
      decoded.push(command.trim());
      return base + MARKS[(symbol ?? named)!]!;
    })
    .replace(LETTER, (command, ...args: unknown[]) => {
      const { name } = args.at(-1) as { name: string };
      decoded.push(command.trim());
      return LETTERS[name]!;
    })
    .normalize('NFC')
    .replace(BRACED_LETTER, '$1');
  return { text: result, decoded };
}
