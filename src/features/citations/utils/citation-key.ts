import type { Publication } from '../../../data/profile-schema';
import { foldForSearch } from '../../../lib/fold-text';
import { keySurname, splitPersonName } from './person-name';

/** Title words a key skips: "On the Role of …" gives `role`, not `on`. */
const INSIGNIFICANT = new Set(
  'a an the on of in for to and or at by from with without into via about is are be do does can how what when why where which who towards toward'.split(
    ' ',
  ),
);

const asciiWord = (text: string) => foldForSearch(text).replace(/[^a-z0-9]/g, '');

/** `pascanu2024normalization`: the first author's surname in ASCII, the year, the first significant title word. */
export function baseCitationKey(publication: Publication): string {
  const surname = asciiWord(keySurname(splitPersonName(publication.authors[0] ?? ''))) || 'anon';
  const words = foldForSearch(publication.title)
    .split(/[^\p{L}\p{N}]+/u)
    .map(asciiWord)
    .filter(Boolean);
  const word = words.find((candidate) => !INSIGNIFICANT.has(candidate)) ?? words[0] ?? '';
  return `${surname}${publication.year}${word}`;
}

/**
 * Keys for a list, by publication id: keys that collide get `a`, `b`, … in list order. Pass every
 * publication of the profile to keep a paper's key the same whatever the visitor filtered.
 */
export function citationKeys(publications: readonly Publication[]): Map<string, string> {
  const bases = publications.map(baseCitationKey);
  const totals = new Map<string, number>();
  for (const base of bases) totals.set(base, (totals.get(base) ?? 0) + 1);
  const seen = new Map<string, number>();
  const keys = new Map<string, string>();
  publications.forEach((publication, index) => {
    const base = bases[index]!;
    if (totals.get(base) === 1) return keys.set(publication.id, base);
    const position = seen.get(base) ?? 0;
    seen.set(base, position + 1);
    keys.set(publication.id, base + letterSuffix(position));
  });
  return keys;
}

/** 0 → a, 25 → z, 26 → aa: enough letters for any number of collisions. */
function letterSuffix(position: number): string {
  const letter = String.fromCharCode(97 + (position % 26));
  return position < 26 ? letter : letterSuffix(Math.floor(position / 26) - 1) + letter;
}

/** Keys for `publications`, unique among `scope` plus any of `publications` the scope lacks. */
export function scopedCitationKeys(
  publications: readonly Publication[],
  scope: readonly Publication[],
): Map<string, string> {
  const inScope = new Set(scope.map((publication) => publication.id));
  return citationKeys([...scope, ...publications.filter((publication) => !inScope.has(publication.id))]);
}
