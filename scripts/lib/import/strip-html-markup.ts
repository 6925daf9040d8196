/**
 * Removes HTML that a scrape left in a line: inline tags (`<i>In vivo</i>` → In vivo), script and
 * style elements with their content, and character references (`&amp;` → &). The page shows
 * plain text, so markup in it is debris, never meaning. Only known tag names are removed, so a
 * comparison such as "x < y and y > z" stays as written.
 */

const INLINE_TAGS =
  'a|abbr|b|big|br|cite|code|div|em|font|i|kbd|mark|p|q|s|small|span|strong|sub|sup|tt|u|var';
const TAG = new RegExp(`</?(?:${INLINE_TAGS}|script|style)(?:\\s[^<>]*)?/?>`, 'gi');
const BREAKS = new Set(['br', 'p', 'div']);
const CODE_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export interface HtmlStripping {
  text: string;
  /** What was removed, for the message: `<i>`, `<script> element`, `&amp;`. */
  removed: string[];
}

export function stripHtmlMarkup(text: string): HtmlStripping {
  if (!/[<&]/.test(text)) return { text, removed: [] };
  const removed = new Set<string>();
  const result = text
    .replace(CODE_ELEMENT, (_, name: string) => {
      removed.add(`<${name.toLowerCase()}> element`);
      return ' ';
    })
    .replace(TAG, (tag) => {
      const name = /[a-z]+/i.exec(tag)![0].toLowerCase();
      removed.add(`<${name}>`);
      // Inline tags sit inside words ("Ca<sup>2+</sup>"); line breaks and blocks separate them.
      return BREAKS.has(name) ? ' ' : '';
    })
    .replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
      const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
      const character = code === undefined ? NAMED[name!.toLowerCase()]! : fromCodePoint(code);
      if (character === undefined) return reference;
      removed.add(reference);
      return character;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { text: result, removed: [...removed] };
}

function fromCodePoint(code: number): string | undefined {
  const isText = code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && code !== 0x7f;
  return isText ? String.fromCodePoint(code) : undefined;
}
