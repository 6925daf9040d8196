/**
 * `target` (a folder path from the site's root, such as '', 'fr/' or 'ada/') as a URL relative to
 * the page at `page` ('' or 'fr/people/'): './', '../fr/', '../../ada/'. Relative URLs keep a build
 * deployable in any folder of any static host.
 */
export function relativeHref(page: string, target: string): string {
  if (target === page) return './';
  const depth = page.split('/').length - 1;
  return '../'.repeat(depth) + target || './';
}
