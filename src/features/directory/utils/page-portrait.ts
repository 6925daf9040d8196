import type { Portrait } from '../../../data/profile-schema';
import { relativeHref } from '../../../lib/relative-href';
import { safeHref } from '../../../lib/safe-href';

/**
 * A portrait as the page at `pagePath` can load it: a path inside the site (from its root, such
 * as `images/ada.jpg`) becomes relative to the page; an http(s) URL or an absolute path stays.
 */
export function portraitForPage(portrait: Portrait | null, pagePath: string): Portrait | null {
  if (!portrait?.src || safeHref(portrait.src) !== undefined || portrait.src.startsWith('/')) return portrait;
  return { ...portrait, src: `${relativeHref(pagePath, '')}${portrait.src}` };
}
