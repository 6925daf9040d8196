import { relativeHref } from '../lib/relative-href';
import { safeHref } from '../lib/safe-href';
import type { Language } from '../i18n/load-messages';

// Moved to lib/ so the members page can link at run time; kept here for the prerender's imports.
export { relativeHref };

/*
 * Build-time code lives in src/prerender/, not in src/features/: it stays out of the page's chunks,
 * and the prerender step (a script) imports it without pulling in React components. One exception
 * runs in the browser, on demand only: follow-shown-profile.ts (with profile-description.ts), which
 * keeps the head right when the page shows another profile than its HTML's.
 */

/**
 * Where one page and its language versions sit, from the site's root, directory style: '' for the
 * root, 'fr/', 'razvan-pascanu/', 'fr/razvan-pascanu/'. `page` is where the HTML file is (relative
 * URLs start from there); `en` and `fr` are the preferred URL of each language's version (the
 * default profile's copy at the root can point them at its slug pages). x-default is English's.
 */
export interface PagePaths {
  page: string;
  en: string;
  fr: string;
}

const DIRECTORY_PATH = /^(?:[a-z0-9][a-z0-9-]*\/)*$/;

/** The deployment's URL as a base that paths append to, or a clear error. */
export function parseSiteUrl(siteUrl: string): URL {
  const problem = (why: string) =>
    new Error(
      `siteUrl must be an absolute http(s) URL such as https://profiles.example/people/ (${why}): ${JSON.stringify(siteUrl)}`,
    );
  if (safeHref(siteUrl) === undefined) throw problem('not an absolute http(s) URL written plainly');
  const url = new URL(siteUrl);
  if (url.username || url.password) throw problem('no user name or password');
  if (url.search || url.hash || siteUrl.endsWith('?') || siteUrl.endsWith('#'))
    throw problem('no query string or fragment');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

export function checkPagePaths(paths: PagePaths): PagePaths {
  for (const key of ['page', 'en', 'fr'] as const)
    if (typeof paths[key] !== 'string' || !DIRECTORY_PATH.test(paths[key]))
      throw new Error(
        `paths.${key} must be a folder path from the site's root such as '' or 'fr/razvan-pascanu/': ${JSON.stringify(paths[key])}`,
      );
  return paths;
}

/** A language version's URL: absolute with a site URL, else relative to the page. */
export function versionHref(paths: PagePaths, language: Language, site: URL | undefined): string {
  return site ? new URL(paths[language], site).href : relativeHref(paths.page, paths[language]);
}

/**
 * A portrait's URL for crawlers, or undefined: an http(s) URL as it is; a path inside the site
 * (from its root) absolute with a site URL, else relative to the page, else nothing.
 */
export function imageUrl(
  src: string | null | undefined,
  site: URL | undefined,
  page: string | undefined,
): string | undefined {
  if (!src) return undefined;
  if (safeHref(src) !== undefined) return src;
  if (safeHref(src, 'site-path') === undefined) return undefined;
  if (site) return new URL(src, site).href;
  if (src.startsWith('/')) return src;
  return page === undefined ? undefined : relativeHref(page, '') + src;
}
