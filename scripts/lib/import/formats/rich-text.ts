// Inline markup that CSL-JSON (and the BibTeX parser) put in titles: <i>, <b>, <sup>, <sub>,
// <span class="nocase">, <span style="font-variant:small-caps;">, and the <a href> of \url and \href.
const MARKUP = /<\/?(?:i|b|em|strong|sc|sup|sub|tt|code|span|a)(?:\s[^>]*)?>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text: markup dropped, the five XML entities decoded, spaces collapsed, NFC; undefined when empty. */
export function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    // NFC: a parser may put an accent after its letter (a + ̨ ), which neither looks nor compares
    // equal to the curated ą.
    .normalize('NFC')
    .replace(MARKUP, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#\d+|#x[\da-f]+);/gi, (entity, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return String.fromCodePoint(code);
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text : undefined;
}
