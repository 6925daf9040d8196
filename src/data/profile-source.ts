import { SLUG_PATTERN } from './patterns';
import { isReservedSlug } from './reserved-slugs';

/**
 * Where the app gets a profile: the root component takes one of these as a prop, so the
 * standalone page, an embed and tests can each point it somewhere else.
 */
export type ProfileSource =
  /** Fetch `<baseUrl>/<slug>.json` (a static file copied from data/profiles by the build). */
  | { kind: 'url'; baseUrl: string; slug: string }
  /** Data already in memory (tests, prerendering, an embed given JSON); validated all the same. */
  | { kind: 'inline'; slug: string; data: unknown };

/** A name a profile can have: `?profile=members` names the directory's file, not a profile. */
export function isProfileSlug(value: string): boolean {
  return value.length <= 100 && SLUG_PATTERN.test(value) && !isReservedSlug(value);
}
