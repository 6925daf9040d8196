import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS } from '../../tests/e2e/support/chromium';
import { median } from './stats';

const run = promisify(execFile);

export const LIGHTHOUSE_RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  /** 0–100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Milliseconds. */
  lcp: number;
  tbt: number;
  cls: number;
}

export interface LighthouseReport {
  runs: LighthouseResult[];
  /** Median of each figure on its own, over the runs. */
  median: LighthouseResult;
}

interface LighthouseJson {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
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
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseReport> {
  const runs: LighthouseResult[] = [];
  // One after another: parallel runs on two cores would skew the simulated timings.
  for (let index = 0; index < LIGHTHOUSE_RUNS; index++)
    // One retry: a Lighthouse run now and then loses its Chrome target; the bench should not die of it.
    runs.push(await runOnce(url, chromePath).catch(() => runOnce(url, chromePath)));
  const medianOf = (pick: (result: LighthouseResult) => number) => median(runs.map(pick));
  return {
    runs,
    median: {
      scores: Object.fromEntries(
        CATEGORIES.map((category) => [category, medianOf((result) => result.scores[category])]),
      ) as LighthouseResult['scores'],
      lcp: medianOf((result) => result.lcp),
      tbt: medianOf((result) => result.tbt),
      cls: medianOf((result) => result.cls),
    },
  };
}
