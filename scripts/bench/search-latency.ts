import Fuse from 'fuse.js';
import type { Browser } from 'playwright-core';
import type { Profile } from '../../src/data/profile-schema';
import { createPublicationSearch } from '../../src/features/publications/search/search-publications';
import { clearBox, PAGE_PROBE, typeQuery } from './page-probe';
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

export interface LongTasks {
  /** Tasks over 50 ms (the `longtask` entries) from the first paint through the end of typing. */
  count: number;
  longest: number;
  /** Sum of each one's time over 50 ms (what Lighthouse calls blocking time). */
  blockingMs: number;
  /** Of those, the ones that started after the first keystroke, not while the box was cleared. */
  duringTyping: number;
  longestDuringTyping: number;
  /** Started while the box was cleared between queries (the whole list coming back). */
  whileClearing: number;
  /** Started before the first keystroke: loading, first render, building the index. */
  beforeTyping: number;
  /** The five longest: start (ms from navigation), duration and when. */
  top: { start: number; duration: number; phase: 'loading' | 'typing' | 'clearing' }[];
}

export interface PageLatency extends Latency {
  /** Keydown → the last DOM change anywhere (on screen or not) painted, p95. */
  anyP95: number;
  /** Keydown → the typed character painted in the box. */
  echo: Latency;
  /** The first keystroke once the search index is ready (its first search warms the page up). */
  firstKeystroke: number;
  /** From navigation until the search index was built (`data-index-ready` on the search box). */
  loadToIndex: number;
  /** Keystrokes after which nothing visible changed (within the wait). */
  noUpdate: number;
  /** From navigation until the first publication card was on screen. */
  loadToList: number;
  /** React commits per keystroke (keydown until the next keystroke, the URL write included). */
  commits: { median: number; max: number };
  longTasks: LongTasks;
  /** Used JS heap after typing and a full garbage collection (CDP Runtime.getHeapUsage), bytes. */
  heapBytes: number;
  /** Median requestAnimationFrame interval in the page, before typing: this machine's frame. */
  frameMs: number;
}

interface KeyRecord {
  echo: number | null;
  lastVisible: number | null;
  lastAny: number | null;
  commits: number;
}

interface ProbeState {
  keys: KeyRecord[];
  longTasks: { start: number; duration: number }[];
  firstPaint: number | null;
  pauses: [number, number][];
  now: number;
}

/** The queries are typed twice in the page: 122 keystrokes, so p95 is not the third-worst of 61. */
export const TYPING_PASSES = 2;

function longTasksOf(state: ProbeState, typingFrom: number): LongTasks {
  const from = state.firstPaint ?? 0;
  const phase = (start: number) =>
    start < typingFrom
      ? ('loading' as const)
      : state.pauses.some(([pausedAt, resumedAt]) => start >= pausedAt && start < resumedAt)
        ? ('clearing' as const)
        : ('typing' as const);
  const tasks = state.longTasks
    .filter((task) => task.start + task.duration > from && task.start <= state.now)
    .map((task) => ({ start: Math.round(task.start), duration: task.duration, phase: phase(task.start) }));
  const typing = tasks.filter((task) => task.phase === 'typing');
  const longest = (list: typeof tasks) => Math.max(0, ...list.map((task) => task.duration));
  return {
    count: tasks.length,
    longest: longest(tasks),
    blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    duringTyping: typing.length,
    longestDuringTyping: longest(typing),
    whileClearing: tasks.filter((task) => task.phase === 'clearing').length,
    beforeTyping: tasks.filter((task) => task.phase === 'loading').length,
    top: [...tasks].sort((a, b) => b.duration - a.duration).slice(0, 5),
  };
}

export async function measurePageLatency(
  browser: Browser,
  baseUrl: string,
  slug: string,
): Promise<PageLatency> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PAGE_PROBE);
    const started = Date.now();
    await page.goto(new URL(`?profile=${slug}`, baseUrl).href);
    await page.locator('article').first().waitFor({ timeout: 60_000 });
    const loadToList = Date.now() - started;
    // Keystrokes are timed against the typo-tolerant index, not the stop-gap plain match.
    await page
      .locator('input[type="search"][data-index-ready="true"]')
      .waitFor({ state: 'attached', timeout: 60_000 });
    const loadToIndex = Date.now() - started;
    const frameMs = await page.evaluate<number>('window.__bench.frameInterval()');
    await page.evaluate('window.__bench.start()');

    const box = page.getByRole('searchbox', { name: 'Search publications' });
    await clearBox(page, box);
    await typeQuery(page, 'a');
    for (let pass = 0; pass < TYPING_PASSES; pass++)
      for (const query of QUERIES) {
        await clearBox(page, box);
        await typeQuery(page, query);
      }
    const state = await page.evaluate<ProbeState>(
      '({ keys: window.__bench.keys.map(({ echo, lastVisible, lastAny, commits }) => ({ echo, lastVisible, lastAny, commits })), longTasks: window.__bench.longTasks, firstPaint: window.__bench.firstPaint, pauses: window.__bench.pauses, now: performance.now() })',
    );
    const typingFrom = await page.evaluate<number>('window.__bench.keys[0]?.t0 ?? performance.now()');

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');

    const [first, ...keys] = state.keys;
    const defined = (values: (number | null)[]) => values.filter((value): value is number => value !== null);
    const visible = defined(keys.map((key) => key.lastVisible));
    const commits = keys.map((key) => key.commits);
    return {
      ...summarize(visible),
      anyP95: percentile(defined(keys.map((key) => key.lastAny)), 95),
      echo: summarize(defined(keys.map((key) => key.echo))),
      firstKeystroke: first?.lastVisible ?? NaN,
      noUpdate: keys.length - visible.length,
      loadToList,
      loadToIndex,
      commits: { median: percentile(commits, 50), max: Math.max(0, ...commits) },
      longTasks: longTasksOf(state, typingFrom),
      heapBytes: usedSize,
      frameMs,
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
