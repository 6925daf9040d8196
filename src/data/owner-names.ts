import { foldForSearch } from '../lib/fold-text';
import type { Profile } from './profile-schema';

/**
 * The owner's names, folded: an author is the owner when `ownerNameKeys(profile).has(foldForSearch(author))`.
 * One rule for the schema's check, the importer and the page's bold name (zod-free: the page uses it).
 */
export function ownerNameKeys(profile: Pick<Profile, 'name' | 'nameVariants'>): Set<string> {
  return new Set([profile.name, ...profile.nameVariants].map(foldForSearch));
}
