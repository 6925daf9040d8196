import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { PROFILE_STALL_TIMEOUT_MS } from '../../src/data/profile-query';
import { setupBrowser } from './support/browser';
import { DEFAULT_SLUG, expectShowing, loadServedProfile } from './support/profile-page';

// A broken network between the visitor and the profile JSON (issue 11): the page shows its
// skeleton, retries what may pass on a second try, then says what went wrong with "Try again",
// which works once the network is back. open() fails a test on any uncaught page error and on any
// console error but the browser's own log of the failure the test provoked.

const open = setupBrowser();

// The prerendered pages show their profile before any JSON arrives (prerendered.e2e.ts tests a
// failed load there). These journeys load a profile the build did not prerender, `?profile=`, as
// the page does for any profile of the deployment: its file is the default profile's.
const SLUG = 'network-journey';
const PAGE = `?profile=${SLUG}`;

type Answer = (route: Route) => Promise<void>;

/** The profile JSON as a server whose behaviour a test changes as it goes; it notes when it is asked. */
interface ProfileServer {
  answer: Answer;
  requests: number[];
}

const realFile: Answer = (route) =>
  route.fulfill({
    contentType: 'application/json; charset=utf-8',
    path: join(inject('distDir'), 'profiles', `${DEFAULT_SLUG}.json`),
    // Never from the browser's cache: each load is a request the test can count.
    headers: { 'Cache-Control': 'no-store' },
  });
const status =
  (code: number, body = '', contentType = 'text/plain'): Answer =>
  (route) =>
    route.fulfill({ status: code, contentType, body });
const HTML_ERROR_PAGE =
  '<!doctype html><html lang="en"><head><title>Error</title></head><body><h1>Something broke</h1><p>Please come back later.</p></body></html>';

/**
 * Opens the page, then reloads it with the profile JSON answered by `answer`: the visitor arrives
 * on a page whose profile request meets the fault. (open() waits for a first heading, so the
 * route goes in between.)
 */
async function openWithProfileServer(
  answer: Answer,
  allowConsoleErrors: RegExp[] = [],
  beforeReload?: (page: Page) => Promise<void>,
): Promise<{ page: Page; server: ProfileServer }> {
  const server: ProfileServer = { answer: realFile, requests: [] };
  const page = await open(PAGE, {
    allowConsoleErrors,
    prepare: (page) =>
      page.route('**/profiles/*.json', (route) => {
        server.requests.push(Date.now());
        return server.answer(route);
      }),
  });
  server.answer = answer;
  server.requests.length = 0;
  await beforeReload?.(page);
  await page.reload({ waitUntil: 'commit' });
  return { page, server };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const profileUrl = () => new URL(`profiles/${SLUG}.json`, inject('baseUrl')).href;

/** Chromium's own console line for the profile request failing with this HTTP status. */
const loggedStatus = (code: number) =>
  new RegExp(
    `^Failed to load resource: the server responded with a status of ${code} \\([\\w ]*\\) \\(${escapeRegExp(profileUrl())}\\)$`,
  );
/** … or with this network error. */
const loggedNetError = (name: string, url = escapeRegExp(profileUrl())) =>
  new RegExp(`^Failed to load resource: net::${name} \\(${url}\\)$`);

const main = (page: Page) => page.getByRole('main');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const tryAgain = (page: Page) => page.getByRole('button', { name: 'Try again' });

async function expectSkeleton(page: Page): Promise<void> {
  await page.locator('main[aria-busy="true"]').waitFor();
  expect(await main(page).getByRole('status').textContent()).toBe('Loading profile…');
}

/** The load-error view: its title, an alert saying what went wrong, and "Try again". */
async function expectLoadError(page: Page, detail: RegExp): Promise<void> {
  await expect.poll(() => heading(page).textContent()).toBe('The profile could not be loaded');
  expect(await page.getByRole('alert').textContent()).toMatch(detail);
  expect(await tryAgain(page).isVisible()).toBe(true);
  await expect.poll(() => main(page).getAttribute('aria-busy')).toBeNull();
}

async function expectProfile(page: Page): Promise<void> {
  const profile = loadServedProfile();
  await expect.poll(() => heading(page).textContent()).toBe(profile.name);
  await expectShowing(page, profile.publications.length, profile.publications.length);
  await expect.poll(() => main(page).getAttribute('aria-busy')).toBeNull();
}

/** The network comes back: "Try again" fetches the file once more and shows the profile. */
async function expectRecovery(page: Page, server: ProfileServer): Promise<void> {
  const before = server.requests.length;
  server.answer = realFile;
  await tryAgain(page).click();
  await expectProfile(page);
  expect(server.requests.length).toBe(before + 1);
}

/** Three attempts, the second about 1 s after the first and the third about 2 s after the second. */
function expectBackoff(requests: number[]): void {
  expect(requests).toHaveLength(3);
  const [first, second, third] = requests as [number, number, number];
  expect(second - first).toBeGreaterThanOrEqual(900);
  expect(third - second).toBeGreaterThanOrEqual(1_900);
}

/** After the message, long enough for a retry (the first comes after 1 s) to have started. */
const waitOutARetry = (page: Page) => page.waitForTimeout(1_500);

describe('the server answers with an error', () => {
  test.each([
    [500, 'Internal Server Error'],
    [503, 'Service Unavailable'],
  ])('HTTP %i: retried with backoff, then explained with Try again, which works', async (code, text) => {
    const { page, server } = await openWithProfileServer(status(code), [loggedStatus(code)]);
    await expectSkeleton(page);

    await expectLoadError(page, new RegExp(`the server answered ${code} ${text}`));
    expectBackoff(server.requests);
    await waitOutARetry(page);
    expect(server.requests).toHaveLength(3);

    await expectRecovery(page, server);
  });

  test('HTTP 503 once: the retry shows the profile without the visitor doing anything', async () => {
    const { page, server } = await openWithProfileServer(status(503), [loggedStatus(503)]);
    await expectSkeleton(page);
    await expect.poll(() => server.requests.length).toBe(1);
    server.answer = realFile;

    await expectProfile(page);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]! - server.requests[0]!).toBeGreaterThanOrEqual(900);
  });

  test('HTTP 404: "Profile not found" at once, not retried; a reload shows the file once it exists', async () => {
    const { page, server } = await openWithProfileServer(status(404, 'Not found'), [loggedStatus(404)]);

    await expect.poll(() => heading(page).textContent()).toBe('Profile not found');
    expect(await page.getByText(`No profile named “${SLUG}” exists here.`).isVisible()).toBe(true);
    await waitOutARetry(page);
    expect(server.requests).toHaveLength(1);
    // The default profile is missing: asking again cannot help, so the page offers no button.
    expect(await tryAgain(page).count()).toBe(0);

    server.answer = realFile;
    await page.reload();
    await expectProfile(page);
  });
});

describe('the network fails', () => {
  test('a connection reset: retried with backoff, then explained with Try again, which works', async () => {
    const { page, server } = await openWithProfileServer(
      (route) => route.abort('connectionreset'),
      [loggedNetError('ERR_CONNECTION_RESET')],
    );
    await expectSkeleton(page);

    await expectLoadError(page, /the network request failed\. Check your connection\./);
    expectBackoff(server.requests);

    await expectRecovery(page, server);
  });

  test('a request that never answers: the skeleton, then after 15 s the message, not retried; Try again works', async () => {
    // The page's clock is the test's: the 15 s pass in a moment, everything else runs in real time.
    const { page, server } = await openWithProfileServer(
      () => new Promise<void>(() => {}),
      [],
      (page) => page.clock.install(),
    );
    await expectSkeleton(page);
    await expect.poll(() => server.requests.length).toBe(1);

    // The clock keeps running between the jumps: leave the real seconds of the test some room.
    await page.clock.fastForward(PROFILE_STALL_TIMEOUT_MS - 5_000);
    await page.waitForTimeout(500);
    expect(await main(page).getAttribute('aria-busy')).toBe('true');

    await page.clock.fastForward(5_000);
    await expectLoadError(page, /the server sent nothing for 15 seconds\. Check your connection\./);
    // The visitor already waited: a second wait is their call, not an automatic one.
    await page.clock.fastForward(60_000);
    await waitOutARetry(page);
    expect(server.requests).toHaveLength(1);

    await expectRecovery(page, server);
  });

  test('a slow, 3G-like answer (2 s): the skeleton meanwhile, then the profile, asked for once', async () => {
    const { page, server } = await openWithProfileServer(async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await realFile(route);
    });
    await expectSkeleton(page);
    await page.waitForTimeout(1_500);
    // Still loading, still the skeleton: no error view, no blank page.
    expect(await main(page).getAttribute('aria-busy')).toBe('true');
    expect(await heading(page).count()).toBe(0);

    await expectProfile(page);
    expect(server.requests).toHaveLength(1);
  });
});

describe('the server sends something else', () => {
  // Hosts get JSON's MIME type wrong (text/plain, octet-stream) more often than they get the file
  // wrong; the visitor can do nothing about it, and the body is the profile: show it.
  test.each(['text/plain; charset=utf-8', 'application/octet-stream'])(
    'the profile served as %s still loads',
    async (contentType) => {
      const { page, server } = await openWithProfileServer(async (route) => {
        const response = await route.fetch({
          url: new URL(`profiles/${DEFAULT_SLUG}.json`, inject('baseUrl')).href,
        });
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-type': contentType, 'cache-control': 'no-store' },
        });
      });

      // The reloaded page's request (the page before the reload showed the profile too).
      await expect.poll(() => server.requests.length).toBe(1);
      await expectProfile(page);
      expect(server.requests).toHaveLength(1);
    },
  );

  test('an HTML page with 200 (a static host\'s "not found" page): "Profile not found", not retried', async () => {
    const { page, server } = await openWithProfileServer(status(200, HTML_ERROR_PAGE, 'text/html'));

    await expect.poll(() => heading(page).textContent()).toBe('Profile not found');
    await waitOutARetry(page);
    expect(server.requests).toHaveLength(1);
  });

  test('an HTML error page with 500: retried with backoff, then explained with Try again, which works', async () => {
    const { page, server } = await openWithProfileServer(status(500, HTML_ERROR_PAGE, 'text/html'), [
      loggedStatus(500),
    ]);
    await expectSkeleton(page);

    await expectLoadError(page, /the server answered 500 Internal Server Error/);
    // Nothing of the server's page reaches the visitor's.
    expect(await page.getByText('Something broke').count()).toBe(0);
    expectBackoff(server.requests);

    await expectRecovery(page, server);
  });
});

describe('a rendering fault', () => {
  // The list is its own chunk, loaded once the page runs. A deploy that replaced it, or a network
  // that drops it, makes the page fail while rendering: the error boundary catches it.
  test('the list\'s code fails to load: "Something went wrong" with Try again, which loads it', async () => {
    const chunk = '**/assets/publications-browser-*.js';
    let requests = 0;
    const page = await open(PAGE, {
      prepare: (page) => page.route(`**/profiles/${SLUG}.json`, realFile),
      allowConsoleErrors: [
        loggedNetError('ERR_FAILED', String.raw`\S+/assets/publications-browser-[\w-]+\.js`),
        // The page logs bugs it did not expect; a missing chunk is one from its point of view.
        /^TypeError: Failed to fetch dynamically imported module: \S+\/assets\/publications-browser-[\w-]+\.js\b/,
      ],
    });
    await page.route(chunk, (route) => {
      requests += 1;
      return route.abort('failed');
    });
    await page.reload({ waitUntil: 'commit' });

    await expect.poll(() => heading(page).textContent()).toBe('Something went wrong');
    expect(await page.getByRole('alert').textContent()).toBe('The page hit an unexpected error.');
    expect(requests).toBeGreaterThan(0);

    await page.unroute(chunk);
    await tryAgain(page).click();
    await expectProfile(page);
  });
});
