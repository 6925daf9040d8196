import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BAD_DATA_CASES, type BadDataCase } from '../data/bad-data-cases';
import { axeCheck } from './support/axe';
import { expectNoErrors, type PageErrors } from './support/browser';
import { launchChromium } from './support/chromium';

// Each bad dataset, served as a profile of the deployment that the build did not prerender (the
// prerendered pages hold the real profile's HTML), in the real page (issue 11).
const SLUG = 'bad-data';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium(inject('chromePath'));
});
afterAll(async () => {
  await browser.close();
});

/** Opens the page with `body` served as a profile; collects errors as the other journeys do. */
async function openWithProfile(
  body: string,
): Promise<{ page: Page; errors: PageErrors; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(10_000);
  await context.route(`**/profiles/${SLUG}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body }),
  );
  const page = await context.newPage();
  const errors: PageErrors = { console: [], page: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') errors.console.push(message.text());
  });
  page.on('pageerror', (error) => errors.page.push(error.stack ?? String(error)));
  await page.goto(new URL(`?profile=${SLUG}`, inject('baseUrl')).href);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Give any injected handler (an <img onerror>, a deferred script) its chance to run.
  await page.waitForLoadState('networkidle');
  return { page, errors, close: () => context.close() };
}

/** Every URL-bearing attribute in the page's body (not index.html's own head) whose scheme is not http(s) or mailto:, as the browser resolves it. */
const unsafeUrls = (page: Page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('[href], [src], [action], [formaction], [srcdoc]')].flatMap(
      (element) =>
        ['href', 'src', 'action', 'formaction', 'srcdoc'].flatMap((name) => {
          const value = element.getAttribute(name);
          if (value === null) return [];
          if (name === 'srcdoc') return [`srcdoc=${value}`];
          const { protocol } = new URL(value, document.baseURI);
          return ['http:', 'https:', 'mailto:'].includes(protocol) ? [] : [`${name}=${value}`];
        }),
    ),
  );

describe.each(BAD_DATA_CASES)('$name', (entry: BadDataCase) => {
  it(`loads in the real page: ${entry.page}, with no script run and no unsafe URL`, async () => {
    const { page, errors, close } = await openWithProfile(entry.text());
    try {
      const path = entry.pagePath ?? entry.rejectedAt;
      if (entry.page === 'rejected') {
        await expect
          .poll(() => page.getByRole('heading', { level: 1 }).textContent())
          .toBe("This profile's data is invalid");
        await expect.poll(() => page.getByText(path!, { exact: true }).first().isVisible()).toBe(true);
      } else {
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ada Researcher');
        const notice = page.getByText(/could not be shown$/);
        if (entry.page === 'shown') expect(await notice.count()).toBe(0);
        else {
          expect(await notice.isVisible()).toBe(true);
          await notice.click();
          expect(await page.getByText(path!, { exact: true }).first().isVisible()).toBe(true);
        }
      }
      if (entry.shows)
        expect(await page.getByText(entry.shows, { exact: true }).first().isVisible()).toBe(true);

      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await unsafeUrls(page)).toEqual([]);
      expect(await page.locator('body script:not([src])').count()).toBe(0);
    } finally {
      await close();
    }
    expectNoErrors(errors);
  });
});

describe('the notice of what was left out', () => {
  it('passes axe (WCAG A/AA), open and closed', async () => {
    const { page, errors, close } = await openWithProfile(
      BAD_DATA_CASES.find((entry) => entry.name === 'duplicate-ids')!.text(),
    );
    try {
      await axeCheck(page, 'a profile with a dropped entry, notice closed');
      await page.getByText(/could not be shown$/).click();
      await axeCheck(page, 'a profile with a dropped entry, notice open');
    } finally {
      await close();
    }
    expectNoErrors(errors);
  });
});

describe('the header of the real profile', () => {
  it('names the institute of the membership, with its link (issue 7, item 17)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(inject('baseUrl'));
      const banner = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) });
      const institute = banner.getByRole('link', { name: 'Mila – Quebec Artificial Intelligence Institute' });
      expect(await institute.getAttribute('href')).toBe('https://mila.quebec/en');
      expect(await institute.getAttribute('target')).toBeNull();
      expect(await banner.getByText(/^Affiliate Member, Mila/).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('shows profile links, each named for where it goes, when the data has them (item 18)', async () => {
    const data = JSON.parse(BAD_DATA_CASES.find((entry) => entry.name === 'emoji')!.text()) as Record<
      string,
      unknown
    >;
    data.links = { orcid: '0000-0002-1825-0097', github: 'ada-r', email: 'ada@example.org' };
    const { page, errors, close } = await openWithProfile(JSON.stringify(data));
    try {
      const banner = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) });
      expect(await banner.getByRole('link', { name: 'ORCID' }).getAttribute('href')).toBe(
        'https://orcid.org/0000-0002-1825-0097',
      );
      expect(await banner.getByRole('link', { name: 'GitHub' }).getAttribute('href')).toBe(
        'https://github.com/ada-r',
      );
      expect(await banner.getByRole('link', { name: 'ada@example.org' }).getAttribute('href')).toBe(
        'mailto:ada@example.org',
      );
    } finally {
      await close();
    }
    expectNoErrors(errors);
  });
});
