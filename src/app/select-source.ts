import type { ProfileSource } from '../data/profile-source';

/**
 * `?profile=<slug>` picks another profile from the same place as the default one. The slug is
 * checked by the loader, which fetches nothing for a malformed one and reports "not found".
 * Inline data holds one profile only, so there the parameter is ignored.
 */
export function selectSource(source: ProfileSource, profileParam: string | null): ProfileSource {
  if (source.kind === 'inline' || profileParam === null) return source;
  return { ...source, slug: profileParam.slice(0, 200) };
}
