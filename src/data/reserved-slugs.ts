/**
 * Names a profile cannot take: each is a folder or file the build writes next to the profiles'
 * own pages (`/people/`, `/fr/`, `assets/…`) or next to their JSON (`profiles/members.json`), so a
 * profile by that name would overwrite it or be hidden by it. validate-data refuses them; the
 * build and the app read the same list.
 */
export const RESERVED_SLUGS = [
  // Pages: the members page, the institute's list, the French copies.
  'people',
  'publications',
  'fr',
  'en',
  // The build's own folders and files.
  'assets',
  'profiles',
  'embed',
  'index',
  // The directory's data files beside profiles/<slug>.json.
  'members',
  'institute',
  'institute-preview',
] as const;

const reserved: ReadonlySet<string> = new Set(RESERVED_SLUGS);

export function isReservedSlug(slug: string): boolean {
  return reserved.has(slug);
}
