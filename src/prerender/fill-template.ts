import { escapeHtml } from './render-head-html';

export interface PageParts {
  lang: string;
  /** The head's tags for this page (title, description, links…): they replace the template's title and description. */
  head: string;
  /** The app's prerendered HTML, placed inside `#root`. */
  body: string;
  /** Attributes for `#root`, written escaped (the client reads them back to hydrate). */
  rootData: Record<string, string>;
  /** Where the page sits from the site's root: '' or 'fr/' or 'fr/some-slug/'. */
  page: string;
  /**
   * The stylesheet's text, to put in the page instead of linking it: the first paint then waits for
   * no second request (the CSP allows it by its hash).
   */
  css?: string;
}

const STYLESHEET = /<link rel="stylesheet"[^>]*href="\.\/assets\/[^"]+\.css"[^>]*>/;

const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /\s*<meta\s+name="description"[^>]*>/;
const ROOT = '<div id="root"></div>';

function replaceOnce(html: string, pattern: RegExp | string, replacement: string, what: string): string {
  const found = typeof pattern === 'string' ? html.includes(pattern) : pattern.test(html);
  if (!found) throw new Error(`index.html has no ${what}: the prerender step cannot fill it in`);
  return html.replace(pattern, () => replacement);
}

/**
 * The built index.html made into one page: its language, head, prerendered body, and asset URLs
 * relative to the page's folder (the same build serves `/`, `/fr/` and `/fr/<slug>/`).
 */
export function fillTemplate(template: string, parts: PageParts): string {
  const up = '../'.repeat(parts.page.split('/').length - 1);
  const rootAttributes = Object.entries(parts.rootData)
    .map(([key, value]) => ` data-${key}="${escapeHtml(value)}"`)
    .join('');
  let html = replaceOnce(
    template,
    /<html lang="[^"]*">/,
    `<html lang="${escapeHtml(parts.lang)}">`,
    '<html lang>',
  );
  html = replaceOnce(html, DESCRIPTION, '', 'meta description');
  html = replaceOnce(html, TITLE, parts.head, '<title>');
  if (parts.css !== undefined) {
    if (/<\/style/i.test(parts.css))
      throw new Error('the stylesheet contains "</style": it cannot be inlined');
    html = replaceOnce(html, STYLESHEET, `<style>${parts.css}</style>`, 'stylesheet link');
  }
  html = html.replace(
    /(\s(?:src|href|data-app)=")\.\/assets\//g,
    (_match, attribute: string) => `${attribute}${up || './'}assets/`,
  );
  return replaceOnce(html, ROOT, `<div id="root"${rootAttributes}>${parts.body}</div>`, 'empty #root');
}
