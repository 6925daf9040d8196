const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * The JSON text to put between `<script type="application/ld+json">` and `</script>`. `<` escaped
 * means no `</script>` or `<!--` can end or derail the element; `>` and `&` for parsers that decode
 * more than browsers do; U+2028 and U+2029 for tools that read the text as JavaScript. JSON.parse
 * reads every escape back as the character.
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => ESCAPES[char]!);
}
