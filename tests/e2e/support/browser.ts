import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, onTestFinished } from 'vitest';
import { launchChromium } from './chromium';

export const VIEWPORT_WIDTHS = [375, 1280] as const;
export type ColorScheme = 'light' | 'dark';

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: ColorScheme;
  /** Console errors this journey expects (the browser's own log of a 404 it provoked, say). */
  allowConsoleErrors?: RegExp[];
  /** Runs before the page is first loaded (routes for its requests, say). */
  prepare?: (page: Page) => Promise<unknown>;
}

export interface PageErrors {
  console: string[];
  page: string[];
}

/**
 * One Chromium per test file, a fresh context (cookies, storage, history) per page. Every page
 * opened in a test is checked for console and page errors when the test finishes, then closed.
 */
export function setupBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(inject('chromePath'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  return async function open(path = '', options: OpenOptions = {}): Promise<Page> {
    if (!browser) throw new Error('open() runs inside a test, after beforeAll');
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: 'reduce',
    });
    // Well inside the test timeout, so a missing element fails with its locator, not a bare timeout.
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const errors = collectErrors(page, options.allowConsoleErrors ?? []);
    onTestFinished(async () => {
      await context.close();
      expectNoErrors(errors);
    });
    await options.prepare?.(page);
    await page.goto(new URL(path, inject('baseUrl')).href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await appTakesOver(page);
    return page;
  };
}

/**
 * A prerendered page shows its heading before the app runs; a journey starts once the app has
 * taken the page over (its search box says its index is ready), as a visitor's first action comes
 * after the page settles. Pages without a search box (an error page) have nothing to wait for.
 */
export async function appTakesOver(page: Page): Promise<void> {
  // A page (not the moment the app empties the root to render another profile), and neither the
  // prerendered box nor the app's loading skeleton.
  await page.waitForFunction(
    () =>
      document.querySelector('main') !== null &&
      document.querySelector('[data-index-ready="false"], main[aria-busy="true"]') === null,
  );
}

function collectErrors(page: Page, allowed: RegExp[]): PageErrors {
  const errors: PageErrors = { console: [], page: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    const text = `${message.text()}${url ? ` (${url})` : ''}`;
    if (!allowed.some((pattern) => pattern.test(text))) errors.console.push(text);
  });
  page.on('pageerror', (error) => errors.page.push(error.stack ?? String(error)));
  return errors;
}

/** Asserts the page logged no console error and threw no uncaught error. */
export function expectNoErrors(errors: PageErrors): void {
  expect(errors.console, 'console errors').toEqual([]);
  expect(errors.page, 'uncaught page errors').toEqual([]);
}
