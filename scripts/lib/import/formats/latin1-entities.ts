// The HTML 4 / ISO 8859-1 entity names for U+00A0…U+00FF, in code point order. DBLP's DTD declares
// these (its files write "G&ouml;ker"); an XML parser knows only &amp; &lt; &gt; &quot; &apos;.
const NAMES = `nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn
  sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute
  Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde
  Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave
  aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth
  ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml`.split(
  /\s+/,
);

/** `{ ouml: 'ö', … }`. */
export const LATIN1_ENTITIES: Record<string, string> = Object.fromEntries(
  NAMES.map((name, index) => [name, String.fromCharCode(0xa0 + index)]),
);

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** True for an entity name a DBLP file may use. */
export function isKnownEntity(name: string): boolean {
  return XML_ENTITIES.has(name) || name in LATIN1_ENTITIES;
}
