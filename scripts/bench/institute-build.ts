// tsx scripts/bench/institute-build.ts [--keep] [--no-search] [--dist <folder>]: generates an institute
// (300 members, 7,000 unique publications) into a temporary folder, builds it (PROFILES_DIR=<that
// folder> vite build --outDir <another>), and reports the build time, the pages and the largest HTML
// and JSON files. Exits 1 above 3 minutes or when an HTML page exceeds 500 KB. Then it types into the
// members page's and the institute list's search boxes in headless Chromium and reports their latency
// against the profile page's targets (reported, not failed: timings here are noisy). --keep leaves
// both folders for a look; --dist measures a build kept before instead of building.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium, launchChromium } from '../../tests/e2e/support/chromium';
import { siteHeaders } from '../../tests/e2e/support/host-headers';
import { serveStatic } from '../../tests/e2e/support/static-server';
import {
  describeLatency,
  directoryTarget,
  MEMBERS_READY,
  measureDirectorySearch,
  type DirectoryLatency,
  wholeListReady,
} from './directory-search';
import { writeInstitute } from './generate-institute';

export const BUILD_LIMIT_MS = 3 * 60_000;
export const HTML_LIMIT_BYTES = 500_000;

export interface BuiltFile {
  path: string;
  bytes: number;
}

export interface DistReport {
  htmlPages: number;
  largestHtml: BuiltFile[];
  largestJson: BuiltFile[];
  jsonBytes: number;
}

function walk(dir: string, root = dir): BuiltFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path, root);
    return [{ path: relative(root, path), bytes: statSync(path).size }];
  });
}

/** The HTML pages and JSON files of a build, largest first (none yet is a valid answer: 0 pages). */
export function measureDist(dist: string, top = 3): DistReport {
  const files = walk(dist).sort((a, b) => b.bytes - a.bytes);
  const html = files.filter((file) => file.path.endsWith('.html'));
  const json = files.filter((file) => file.path.endsWith('.json'));
  return {
    htmlPages: html.length,
    largestHtml: html.slice(0, top),
    largestJson: json.slice(0, top),
    jsonBytes: json.reduce((sum, file) => sum + file.bytes, 0),
  };
}

/** What breaks the limits, in words; empty when the build is within them. */
export function limitFailures(buildMs: number, report: DistReport): string[] {
  const failures: string[] = [];
  if (buildMs > BUILD_LIMIT_MS)
    failures.push(`the build took ${(buildMs / 1000).toFixed(1)} s (limit ${BUILD_LIMIT_MS / 1000} s)`);
  for (const page of report.largestHtml.filter((file) => file.bytes > HTML_LIMIT_BYTES))
    failures.push(`${page.path} is ${kB(page.bytes)} (limit ${kB(HTML_LIMIT_BYTES)})`);
  return failures;
}

const kB = (bytes: number) => `${(bytes / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} kB`;

/** Types into both directory pages of a build; both are measured at the institute's sizes. */
async function measureSearches(dist: string, members: number, publications: number) {
  const server = await serveStatic(dist, { gzip: true, headers: siteHeaders(dist) });
  const browser = await launchChromium(findChromium());
  try {
    const results: DirectoryLatency[] = [];
    results.push(
      await measureDirectorySearch(browser, server.url, {
        path: 'people/',
        box: 'Search members',
        items: members,
        queries: ['bengio', 'precup', 'reinforcment', 'graph neural', 'lacoste'],
        ready: MEMBERS_READY,
      }),
    );
    results.push(
      await measureDirectorySearch(browser, server.url, {
        path: 'publications/',
        box: 'Search publications',
        items: publications,
        queries: ['continual', 'memory modules', 'bengio', 'tranformers', 'graph neural'],
        ready: wholeListReady(publications),
      }),
    );
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

function arg(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const keep = process.argv.includes('--keep');
  const kept = arg('--dist');
  const work = kept ? undefined : mkdtempSync(join(tmpdir(), 'institute-build-'));
  const dist = kept ? resolve(kept) : join(work!, 'dist');
  let buildMs = NaN;
  if (work) {
    const profilesDir = join(work, 'profiles');
    const { files, copies } = writeInstitute(profilesDir);
    const defaultSlug = readdirSync(profilesDir)
      .sort()[0]!
      .replace(/\.json$/, '');
    console.error(`institute: ${files} profiles, ${copies} publication entries in ${profilesDir}`);

    const started = performance.now();
    const build = spawnSync(
      resolve('node_modules/.bin/vite'),
      ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
      {
        stdio: 'inherit',
        // The generated institute has no razvan-pascanu: its first member is the default profile.
        env: { ...process.env, PROFILES_DIR: profilesDir, VITE_DEFAULT_PROFILE: defaultSlug },
      },
    );
    buildMs = performance.now() - started;
    if (build.status !== 0) {
      console.error(`institute: vite build failed (exit ${build.status}); files left in ${work}`);
      process.exit(1);
    }
    console.log(`\nGenerated institute: ${files} members, 7,000 unique publications (${copies} entries)`);
    console.log(`vite build:        ${(buildMs / 1000).toFixed(1)} s (limit ${BUILD_LIMIT_MS / 1000} s)`);
  }

  const report = measureDist(dist);
  console.log(`HTML pages:        ${report.htmlPages}`);
  for (const page of report.largestHtml)
    console.log(`  largest HTML     ${kB(page.bytes).padStart(10)}  ${page.path}`);
  for (const file of report.largestJson)
    console.log(`  largest JSON     ${kB(file.bytes).padStart(10)}  ${file.path}`);
  console.log(`JSON in all:       ${kB(report.jsonBytes)}`);
  if (report.htmlPages <= 2) console.log('(no prerendered pages yet: only the shells are measured)');

  if (!process.argv.includes('--no-search')) {
    const members = readdirSync(join(dist, 'profiles')).filter(
      (file) => file.endsWith('.json') && !/^(members|institute)/.test(file),
    ).length;
    console.error('institute: typing into the members page and the institute list');
    for (const result of await measureSearches(dist, members, 7_000)) {
      const { target, met } = directoryTarget(result);
      console.log(`search ${result.path.padEnd(14)} ${result.items} items: ${describeLatency(result)}`);
      console.log(`  target ${target}: ${met ? 'met' : 'NOT met'}`);
    }
  }

  const failures = limitFailures(Number.isNaN(buildMs) ? 0 : buildMs, report);
  if (work && keep) console.error(`institute: kept ${work}`);
  else if (work) rmSync(work, { recursive: true, force: true });
  if (failures.length > 0) {
    for (const failure of failures) console.error(`FAIL  ${failure}`);
    process.exit(1);
  }
  console.log('ok    within the limits');
}
