// The floor for the page's LCP (issue 9): the same content as bare static HTML, no script at all.
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Where the floor page goes: next to index.html, so its relative URLs (images) resolve the same. */
export const FLOOR_FILE = 'bench-floor.html';

/**
 * Evaluated in the rendered page (a string: tsx's helpers do not exist there). A copy of the
 * document with every script, module preload and script or data preload removed, and each
 * stylesheet inlined as a `<style>` with its exact text (relative `url()`s made root-relative, as
 * the stylesheet's own folder no longer applies); constructed stylesheets, if any, are appended.
 */
const BARE_HTML = `(async () => {
  const copy = document.documentElement.cloneNode(true);
  const dropped = 'script, link[rel~="modulepreload"], link[rel~="preload"][as="script"], link[rel~="preload"][as="fetch"]';
  for (const element of copy.querySelectorAll(dropped)) element.remove();
  for (const link of copy.querySelectorAll('link[rel~="stylesheet"]')) {
    const href = link.href;
    const css = await (await fetch(href)).text();
    const style = document.createElement('style');
    if (link.media) style.media = link.media;
    style.textContent = css.replace(
      /url\\(\\s*(['"]?)(?![a-z][a-z0-9+.-]*:|\\/|#)([^'")]+)\\1\\s*\\)/gi,
      (_, quote, url) => 'url(' + quote + new URL(url, href).pathname + quote + ')',
    );
    link.replaceWith(style);
  }
  if (document.adoptedStyleSheets.length > 0) {
    const style = document.createElement('style');
    style.textContent = document.adoptedStyleSheets
      .flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText))
      .join('\\n');
    copy.querySelector('head').append(style);
  }
  return '<!doctype html>\\n' + copy.outerHTML;
})()`;

export interface FloorPage {
  /** The floor's own file name, relative to the site's root. */
  path: string;
  bytes: number;
  /** What the floor holds, to see it has the page's content. */
  articles: number;
}

/**
 * Loads the page as Lighthouse's mobile preset sees it (412×823, DPR 1.75), waits until it has
 * rendered its content and the network is quiet (hydrated, lazy chunks in), and writes what is on
 * screen as bare static HTML into `${dir}/${FLOOR_FILE}`.
 */
export async function writeFloorPage(browser: Browser, pageUrl: string, dir: string): Promise<FloorPage> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'networkidle', timeout: 60_000 });
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
    await page.getByRole('article').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const html = await page.evaluate<string>(BARE_HTML);
    writeFileSync(`${dir}/${FLOOR_FILE}`, html);
    const articles = await page.getByRole('article').count();
    return { path: FLOOR_FILE, bytes: Buffer.byteLength(html), articles };
  } finally {
    await context.close();
  }
}
