/**
 * An author's name split for citations: `family` and `given` where the split is clear, else the
 * name as written (`literal`), which a reference manager must not reorder.
 */
export type PersonName =
  { family: string; given: string; suffix?: string } | { literal: string; corporate: boolean };

/** Words that begin a surname ("van Hasselt", "Von Oswald", "de la Cruz"), in lower case. */
const PARTICLES = new Set([
  'van',
  'von',
  'vom',
  'zu',
  'zum',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'das',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
]);

const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;
/** "L.", "A", "J.-P.": a middle initial, so the last word is the surname. */
const INITIAL = /^\p{Lu}\.?(?:-\p{Lu}\.?)*$/u;

export function splitPersonName(name: string): PersonName {
  const words = name.trim().split(/\s+/);
  const literal = (corporate: boolean): PersonName => ({ literal: words.join(' '), corporate });
  // "and" separates authors in BibTeX: a name holding it is an organisation's, kept whole.
  if (words.some((word) => word.toLowerCase() === 'and')) return literal(true);

  // "John Smith Jr." and "John Smith, Jr.".
  const last = words.at(-1)!;
  const suffix = words.length > 2 && SUFFIX.test(last) ? last : undefined;
  const parts = suffix === undefined ? words : words.slice(0, -1).join(' ').replace(/,$/, '').split(' ');
  if (parts.some((word) => word.includes(','))) return literal(false);
  const split = (at: number): PersonName => {
    const family = parts.slice(at).join(' ');
    const given = parts.slice(0, at).join(' ');
    return suffix === undefined ? { family, given } : { family, given, suffix };
  };

  if (parts.length === 1) return split(0);
  const particle = parts.findIndex(
    (word, index) => index > 0 && index < parts.length - 1 && PARTICLES.has(word.toLowerCase()),
  );
  if (particle > 0) return split(particle);
  if (parts.slice(1, -1).every((word) => INITIAL.test(word))) return split(parts.length - 1);
  // "Reza Babanezhad Harikandeh": two given names or a two-word surname? Not ours to guess.
  return literal(false);
}

/** The surname a citation key starts with. */
export function keySurname(name: PersonName): string {
  if ('family' in name) return name.family;
  const words = name.literal.split(' ');
  return (name.corporate ? words[0] : words.at(-1)) ?? '';
}
