import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS } from '../../tests/e2e/support/chromium';
import { median } from './stats';

const run = promisify(execFile);

export const LIGHTHOUSE_RUNS = 3;
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  /** 0–100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Milliseconds. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Weighted audits that did not fully pass, as `category: audit`: what a point was lost on. */
  failing: string[];
}

export interface LighthouseReport {
  runs: LighthouseResult[];
  /** Median of each figure on its own, over the runs. */
  median: LighthouseResult;
}

interface LighthouseJson {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { numericValue?: number; score: number | null }>;
}

/** Lighthouse 12's CLI, mobile preset (its default), against a URL, with our Chromium and flags. */
async function runOnce(url: string, chromePath: string): Promise<LighthouseResult> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  try {
    const { stdout } = await run(
      resolve('node_modules/.bin/lighthouse'),
      [
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${[...CHROMIUM_FLAGS, `--user-data-dir=${userDataDir}`].join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 256 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as LighthouseJson;
    const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
    const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      failing: CATEGORIES.flatMap((category) =>
        (report.categories[category]?.auditRefs ?? [])
          .filter(({ id, weight }) => weight > 0 && (report.audits[id]?.score ?? 1) < 1)
          .map(({ id }) => `${category}: ${id}`),
      ),
    };
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * Lighthouse on each page, `LIGHTHOUSE_RUNS` times, taking turns (page A, B, C, then A, B, C again):
 * a slow spell of the machine then weighs on every page alike, so the pages compare fairly.
 */
export async function runLighthouse<Name extends string>(
  urls: Record<Name, string>,
  chromePath: string,
  onRun: (name: Name, index: number) => void = () => {},
): Promise<Record<Name, LighthouseReport>> {
  const names = Object.keys(urls) as Name[];
  const runs = new Map<Name, LighthouseResult[]>(names.map((name) => [name, []]));
  // One after another: parallel runs on two cores would skew the simulated timings.
  for (let index = 0; index < LIGHTHOUSE_RUNS; index++)
    for (const name of names) {
      onRun(name, index);
      const url = urls[name];
      // One retry: a Lighthouse run now and then loses its Chrome target; the bench should not die of it.
      runs.get(name)!.push(await runOnce(url, chromePath).catch(() => runOnce(url, chromePath)));
    }
  return Object.fromEntries(names.map((name) => [name, summarise(runs.get(name)!)])) as Record<
    Name,
    LighthouseReport
  >;
}

function summarise(runs: LighthouseResult[]): LighthouseReport {
  const medianOf = (pick: (result: LighthouseResult) => number) => median(runs.map(pick));
  return {
    runs,
    median: {
      scores: Object.fromEntries(
        CATEGORIES.map((category) => [category, medianOf((result) => result.scores[category])]),
      ) as LighthouseResult['scores'],
      fcp: medianOf((result) => result.fcp),
      lcp: medianOf((result) => result.lcp),
      tbt: medianOf((result) => result.tbt),
      cls: medianOf((result) => result.cls),
      // Every audit that fell short in any run, once.
      failing: [...new Set(runs.flatMap((result) => result.failing))],
    },
  };
}
