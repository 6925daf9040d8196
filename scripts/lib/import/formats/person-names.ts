import { foldForSearch } from '../../../../src/lib/fold-text';
import { nameKey } from '../publication-keys';

/** "Razvan Pascanu", "R. Pascanu" and "Pascanu R" share a family name and first initial. */
function nameParts(name: string): { family: string; initial: string } {
  const words = foldForSearch(name)
    .split(/[\s.]+/)
    .map((word) => word.replace(/[^a-z-]/g, ''))
    .filter(Boolean);
  // "Pascanu R" (initial last, as some exports write it) → family first.
  const initialLast = words.length > 1 && words.at(-1)!.length === 1;
  return initialLast
    ? { family: words[0] ?? '', initial: words.at(-1)! }
    : { family: words.at(-1) ?? '', initial: words[0]?.[0] ?? '' };
}

/** One person written two ways: same letters, or same family name and first initial. */
export function samePerson(a: string, b: string): boolean {
  if (nameKey(a) === nameKey(b)) return true;
  const left = nameParts(a);
  const right = nameParts(b);
  const abbreviated = hasInitial(a) || hasInitial(b);
  return abbreviated && left.family !== '' && left.family === right.family && left.initial === right.initial;
}

// A first name cut to its initial: "R. Pascanu", "Pascanu R", "R Pascanu".
function hasInitial(name: string): boolean {
  return /(?:^|[\s.])\p{L}(?:\.|\s|$)/u.test(name.trim());
}

/**
 * How a name stands to the profile's owner: `owner` by the schema's own rule (what validate-data
 * checks), `abbreviated` when it is the owner written with initials, else `other`.
 */
export function ownerMatch(
  name: string,
  ownerKeys: ReadonlySet<string>,
  ownerNames: readonly string[],
): 'owner' | 'abbreviated' | 'other' {
  if (ownerKeys.has(foldForSearch(name))) return 'owner';
  return ownerNames.some((owner) => samePerson(name, owner)) ? 'abbreviated' : 'other';
}
