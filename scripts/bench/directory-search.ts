// The directory's searches typed into the built pages in headless Chromium, timed as the profile
// page's search is (page-probe.ts: keydown → the last visible change painted, and → the echo).
import type { Browser } from 'playwright-core';
import { clearBox, PAGE_PROBE, typeQuery, waitInPage } from './page-probe';
import { percentile, round } from './stats';

export interface DirectorySearch {
  /** The page, relative to the site's URL. */
  path: string;
  /** The search box's accessible name. */
  box: string;
  /** What the page lists: its size decides the target. */
  items: number;
  /** Typed a character at a time; misspellings on purpose. */
  queries: readonly string[];
  /** True in the page once it searches what is typed (hydrated, its index built). */
  ready: string;
}

/** The members page: hydrated once React owns the search box. */
export const MEMBERS_READY = `Object.keys(document.querySelector('input[type="search"]') ?? {}).some((key) => key.startsWith('__reactProps'))`;
/**
 * The institute list: the whole list loaded (the status counts every publication, not the
 * prerendered first 50) and its typo-tolerant index built (the box is marked).
 */
export const wholeListReady = (publications: number) =>
  `document.querySelector('input[type="search"][data-index-ready="true"]') !== null && [...document.querySelectorAll('[role="status"]')].some((node) => node.textContent.includes(' of ${publications.toLocaleString('en')} publications'))`;

export interface DirectoryLatency {
  path: string;
  items: number;
  keystrokes: number;
  p50: number;
  p95: number;
  echoP50: number;
  echoP95: number;
  /** Keystrokes after which nothing visible changed. */
  noUpdate: number;
  /** Tasks over 50 ms that started while typing (not while the box was cleared). */
  longTasksTyping: number;
  /** From navigation until the page searched what is typed. */
  loadToReady: number;
  frameMs: number;
}

const PASSES = 2;

interface Key {
  t0: number;
  echo: number | null;
  lastVisible: number | null;
}

export async function measureDirectorySearch(
  browser: Browser,
  baseUrl: string,
  search: DirectorySearch,
): Promise<DirectoryLatency> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PAGE_PROBE);
    const started = Date.now();
    await page.goto(new URL(search.path, baseUrl).href);
    await waitInPage(page, search.ready, 120_000);
    if (!(await page.evaluate<boolean>(search.ready))) throw new Error(`${search.path} never got ready`);
    const loadToReady = Date.now() - started;
    const frameMs = await page.evaluate<number>('window.__bench.frameInterval()');
    await page.evaluate('window.__bench.start()');

    const box = page.getByRole('searchbox', { name: search.box });
    // The first keystroke warms the page up; it is left out.
    await clearBox(page, box);
    await typeQuery(page, 'a');
    for (let pass = 0; pass < PASSES; pass++)
      for (const query of search.queries) {
        await clearBox(page, box);
        await typeQuery(page, query);
      }

    const { keys, longTasks, pauses } = await page.evaluate<{
      keys: Key[];
      longTasks: { start: number }[];
      pauses: [number, number][];
    }>(
      '({ keys: window.__bench.keys.map(({ t0, echo, lastVisible }) => ({ t0, echo, lastVisible })), longTasks: window.__bench.longTasks, pauses: window.__bench.pauses })',
    );
    const timed = keys.slice(1);
    const values = (pick: (key: Key) => number | null) =>
      timed.map(pick).filter((value): value is number => value !== null);
    const visible = values((key) => key.lastVisible);
    const echo = values((key) => key.echo);
    const typingFrom = timed[0]?.t0 ?? Infinity;
    const clearing = (start: number) => pauses.some(([from, to]) => start >= from && start < to);
    return {
      path: search.path,
      items: search.items,
      keystrokes: timed.length,
      p50: percentile(visible, 50),
      p95: percentile(visible, 95),
      echoP50: percentile(echo, 50),
      echoP95: percentile(echo, 95),
      noUpdate: timed.length - visible.length,
      longTasksTyping: longTasks.filter((task) => task.start >= typingFrom && !clearing(task.start)).length,
      loadToReady,
      frameMs,
    };
  } finally {
    await context.close();
  }
}

/**
 * The profile page's targets at the list's size: up to 2,000 items the result in the keystroke's
 * frame (p95 ≤ 16 ms, or within 4 ms of the echo's p95); beyond, p95 ≤ 50 ms.
 */
export function directoryTarget(result: DirectoryLatency): { target: string; met: boolean } {
  if (result.items <= 2_000)
    return {
      target: 'p95 ≤ 16 ms or ≤ echo p95 + 4 ms',
      met: result.p95 <= Math.max(16, result.echoP95 + 4),
    };
  return { target: 'p95 ≤ 50 ms', met: result.p95 <= 50 };
}

export const describeLatency = (result: DirectoryLatency) =>
  `p50 ${round(result.p50)} ms, p95 ${round(result.p95)} ms, echo p50 ${round(result.echoP50)} / p95 ${round(result.echoP95)} ms, ${result.keystrokes} keys, ${result.noUpdate} without a visible change, ${result.longTasksTyping} tasks > 50 ms while typing, ready after ${round(result.loadToReady / 1000)} s, frame ${round(result.frameMs)} ms`;
