import { isProfileSlug, type ProfileSource } from '../data/profile-source';

export type SrcResult = { ok: true; source: ProfileSource } | { ok: false; reason: 'missing' | 'unusable' };

/**
 * The element's `src` (relative to the host page) as a place the loader can fetch: the folder and the
 * file's name, which must be a profile slug. A query string would be lost, so it is refused.
 */
export function sourceFromSrc(src: string | null, baseUrl: string): SrcResult {
  if (src === null || src.trim() === '') return { ok: false, reason: 'missing' };
  let url: URL;
  try {
    url = new URL(src.trim(), baseUrl);
  } catch {
    return { ok: false, reason: 'unusable' };
  }
  const match = /\/([^/]+)\.json$/.exec(url.pathname);
  const slug = match?.[1];
  if (!/^https?:$/.test(url.protocol) || url.search || !slug || !isProfileSlug(slug))
    return { ok: false, reason: 'unusable' };
  const folder = `${url.origin}${url.pathname.slice(0, -`${slug}.json`.length)}`;
  return { ok: true, source: { kind: 'url', baseUrl: folder, slug } };
}
