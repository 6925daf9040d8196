import Fuse from 'fuse.js';
import type { Browser, Page } from 'playwright-core';
import type { Profile } from '../../src/data/profile-schema';
import { createPublicationSearch } from '../../src/features/publications/search/search-publications';
import { percentile } from './stats';

/** Typed a character at a time; misspellings and an accent-free name on purpose. */
export const QUERIES = ['softmax', 'velickovic', 'tranformers', 'graph neural', 'reinforcment learning'];

/** Every string the search box holds while the queries are typed, in order. */
const PREFIXES = QUERIES.flatMap((query) => [...query].map((_, index) => query.slice(0, index + 1)));

export interface Latency {
  samples: number;
  p50: number;
  p95: number;
}

const summarize = (values: number[]): Latency => ({
  samples: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
});

export interface PageLatency extends Latency {
  /** The first keystroke once the search index is ready (its first search warms the page up). */
  firstKeystroke: number;
  /** From navigation until the search index was built (`data-index-ready` on the search box). */
  loadToIndex: number;
  /** Keystrokes after which the results never changed on screen (within the wait). */
  noUpdate: number;
  /** From navigation until the first publication card was on screen. */
  loadToList: number;
}

// A string, not a function: tsx keeps function names with helpers that do not exist in the page.
// On each keydown it notes the event's time; the first DOM change after it that alters what the
// results show (status text, number of cards, first title) is timed to the frame after it paints.
const INSTRUMENT = `(() => {
  const bench = { start: 0, pending: false, samples: [], last: '' };
  const signature = () => {
    const status = [...document.querySelectorAll('[role="status"]')].map((node) => node.textContent).join('|');
    const cards = document.querySelectorAll('article');
    return status + '|' + cards.length + '|' + (cards[0]?.querySelector('h3')?.textContent ?? '');
  };
  bench.last = signature();
  window.addEventListener('keydown', (event) => {
    bench.start = event.timeStamp;
    bench.pending = true;
  }, true);
  new MutationObserver(() => {
    const now = signature();
    if (now === bench.last) return;
    bench.last = now;
    if (!bench.pending) return;
    bench.pending = false;
    const start = bench.start;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => bench.samples.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  window.__bench = bench;
})()`;

const UPDATE_WAIT_MS = 5_000;

async function typeMeasured(page: Page, text: string): Promise<(number | null)[]> {
  const results: (number | null)[] = [];
  for (const character of text) {
    const before = await page.evaluate('window.__bench.samples.length');
    await page.keyboard.press(character === ' ' ? 'Space' : character);
    try {
      await page.waitForFunction(`window.__bench.samples.length > ${before}`, undefined, {
        timeout: UPDATE_WAIT_MS,
      });
      results.push(await page.evaluate<number>('window.__bench.samples.at(-1)'));
    } catch {
      await page.evaluate('window.__bench.pending = false');
      results.push(null);
    }
  }
  return results;
}

async function clearSearch(page: Page): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search publications' });
  await box.fill('');
  await page.waitForTimeout(300);
  await page.evaluate('window.__bench.pending = false');
  await box.focus();
}

export async function measurePageLatency(
  browser: Browser,
  baseUrl: string,
  slug: string,
): Promise<PageLatency> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(new URL(`?profile=${slug}`, baseUrl).href);
    await page.locator('article').first().waitFor({ timeout: 60_000 });
    const loadToList = Date.now() - started;
    // Keystrokes are timed against the typo-tolerant index, not the stop-gap plain match.
    await page
      .locator('input[type="search"][data-index-ready="true"]')
      .waitFor({ state: 'attached', timeout: 60_000 });
    const loadToIndex = Date.now() - started;
    await page.evaluate(INSTRUMENT);

    await clearSearch(page);
    const [firstKeystroke] = await typeMeasured(page, 'a');
    const measured: (number | null)[] = [];
    for (const query of QUERIES) {
      await clearSearch(page);
      measured.push(...(await typeMeasured(page, query)));
    }
    const times = measured.filter((value): value is number => value !== null);
    return {
      ...summarize(times),
      firstKeystroke: firstKeystroke ?? NaN,
      noUpdate: measured.length - times.length,
      loadToList,
      loadToIndex,
    };
  } finally {
    await context.close();
  }
}

export interface NodeSearchTiming extends Latency {
  buildMs: number;
}

function timeQueries(search: (query: string) => unknown): Latency {
  search('warm up');
  const times = PREFIXES.map((prefix) => {
    const start = performance.now();
    search(prefix);
    return performance.now() - start;
  });
  return summarize(times);
}

function timeBuild<T>(build: () => T): { value: T; buildMs: number } {
  const start = performance.now();
  const value = build();
  return { value, buildMs: performance.now() - start };
}

/** The baseline the issue names: plain Fuse over all fields, no location bias. */
export function measureFuse(profile: Profile): NodeSearchTiming {
  const { value: fuse, buildMs } = timeBuild(
    () =>
      new Fuse(profile.publications, {
        keys: ['title', 'authors', 'venue', 'abstract', 'topics'],
        ignoreLocation: true,
        threshold: 0.3,
      }),
  );
  return { ...timeQueries((query) => fuse.search(query)), buildMs };
}

export function measureOwnSearch(profile: Profile): NodeSearchTiming {
  const { value: search, buildMs } = timeBuild(() => createPublicationSearch(profile.publications));
  return { ...timeQueries((query) => search.search(query)), buildMs };
}
