// npm run bench: builds, then measures the bundle, Lighthouse and search latency at scale.
// Prints a table and writes bench/results/latest.json; exits 1 when the bundle breaks its limits.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { findChromium, launchChromium } from '../../tests/e2e/support/chromium';
import { serveStatic } from '../../tests/e2e/support/static-server';
import {
  BUNDLE_LIMITS,
  BUNDLE_TARGETS,
  bundleLimitFailures,
  EMBED_TARGET_GZIP,
  measureBundle,
} from './bundle-size';
import { SYNTHETIC_SIZES, syntheticSlug, writeSyntheticProfiles } from './generate-profiles';
import { LIGHTHOUSE_RUNS, runLighthouse } from './lighthouse';
import { measureFuse, measureOwnSearch, measurePageLatency, QUERIES } from './search-latency';
import { formatTable, round } from './stats';

// A build of its own: other work rebuilding dist/ mid-run would delete the synthetic profiles.
const DIST = resolve('dist-bench');
const RESULTS = resolve('bench/results/latest.json');
const kB = (bytes: number) => round(bytes / 1000, 1);
const ms = (value: number) => round(value, 1);
const step = (message: string) => console.error(`bench: ${message}`);

const chromePath = findChromium();
const started = Date.now();

step(`building the production site into ${DIST} (vite build)`);
execFileSync(
  resolve('node_modules/.bin/vite'),
  ['build', '--outDir', DIST, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);

const bundle = measureBundle(DIST);
step(`writing synthetic profiles of ${SYNTHETIC_SIZES.join(', ')} publications into ${DIST}/profiles`);
const profiles = writeSyntheticProfiles(DIST);

const server = await serveStatic(DIST, { gzip: true });
let lighthouse;
const latency = [];
try {
  step(`Lighthouse ${LIGHTHOUSE_RUNS}× (mobile preset)`);
  lighthouse = await runLighthouse(server.url, chromePath);

  const browser = await launchChromium(chromePath);
  try {
    for (const size of SYNTHETIC_SIZES) {
      step(`typing ${QUERIES.length} queries into the page with ${size} publications`);
      const page = await measurePageLatency(browser, server.url, syntheticSlug(size));
      step(`timing the same queries in Node (${size})`);
      const profile = profiles.get(size)!;
      latency.push({ size, page, fuse: measureFuse(profile), own: measureOwnSearch(profile) });
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version, chromium: chromePath },
  units: { bytes: 'bytes; kB in the table is 1,000 bytes', time: 'milliseconds' },
  bundle: { ...bundle, targets: { ...BUNDLE_TARGETS, embedGzip: EMBED_TARGET_GZIP }, limits: BUNDLE_LIMITS },
  lighthouse,
  searchLatency: { queries: QUERIES, sizes: latency },
  durationSeconds: Math.round((Date.now() - started) / 1000),
};
mkdirSync(resolve(RESULTS, '..'), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

const { totals } = bundle;
console.log(
  '\nInitial bundle (what the first view loads: index.html and the chunks the app imports at start-up)',
);
console.log(
  formatTable([
    ['asset', 'raw kB', 'gzip kB', 'target / limit (gzip)'],
    ...bundle.initial.js.map((asset) => [asset.file, kB(asset.raw), kB(asset.gzip), '']),
    ...bundle.initial.css.map((asset) => [asset.file, kB(asset.raw), kB(asset.gzip), '']),
    [
      'JS total',
      kB(totals.jsRaw),
      kB(totals.jsGzip),
      `≤ ${kB(BUNDLE_TARGETS.jsGzip)} / ${kB(BUNDLE_LIMITS.jsGzip)}`,
    ],
    [
      'CSS total',
      kB(totals.cssRaw),
      kB(totals.cssGzip),
      `≤ ${kB(BUNDLE_TARGETS.cssGzip)} / ${kB(BUNDLE_LIMITS.cssGzip)}`,
    ],
    ...bundle.lazyJs.map((asset) => [`(later) ${asset.file}`, kB(asset.raw), kB(asset.gzip), '']),
  ]),
);

console.log('\nEmbed: embed/researcher-profile.js and what it loads for a profile on screen (CSS inlined)');
console.log(
  formatTable([
    ['asset', 'raw kB', 'gzip kB', 'target (gzip)'],
    ...bundle.embed.js.map((asset) => [asset.file, kB(asset.raw), kB(asset.gzip), '']),
    ['embed total', kB(bundle.embed.jsRaw), kB(bundle.embed.jsGzip), `≤ ${kB(EMBED_TARGET_GZIP)}`],
  ]),
);

if (lighthouse) {
  const { median, runs } = lighthouse;
  console.log(`\nLighthouse 12.2.3, mobile preset, median of ${runs.length} runs`);
  console.log(
    formatTable([
      ['figure', 'median', 'runs', 'target'],
      ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((category) => [
        category,
        median.scores[category],
        runs.map((run) => run.scores[category]).join(' '),
        '100',
      ]),
      ['LCP ms', ms(median.lcp), runs.map((run) => Math.round(run.lcp)).join(' '), ''],
      ['TBT ms', ms(median.tbt), runs.map((run) => Math.round(run.tbt)).join(' '), ''],
      ['CLS', round(median.cls, 3), runs.map((run) => round(run.cls, 3)).join(' '), ''],
    ]),
  );
}

console.log(
  `\nSearch: per keystroke, key event → results updated on screen (page) vs search call (Node), ms`,
);
console.log(`queries typed: ${QUERIES.map((query) => `"${query}"`).join(', ')}`);
console.log(
  formatTable([
    [
      'publications',
      'list ms',
      'index ready ms',
      'page p50',
      'page p95',
      '1st key',
      'no update',
      'fuse p50',
      'fuse p95',
      'fuse/page',
      'ours p50',
      'ours p95',
      'index ms',
    ],
    ...latency.map(({ size, page, fuse, own }) => [
      size,
      page.loadToList,
      page.loadToIndex,
      ms(page.p50),
      ms(page.p95),
      ms(page.firstKeystroke),
      page.noUpdate,
      ms(fuse.p50),
      ms(fuse.p95),
      `${round(fuse.p50 / page.p50, 1)}×`,
      ms(own.p50),
      ms(own.p95),
      ms(own.buildMs),
    ]),
  ]),
);
console.log(
  `\nlist / index ready = from navigation to the first card / to the search index built in the page;`,
);
console.log(`fuse = plain Fuse (title, authors, venue, abstract; ignoreLocation, threshold 0.3) in Node;`);
console.log(
  `ours = createPublicationSearch in Node; fuse/page = how many times longer Fuse takes than the page.`,
);
console.log(`Wrote ${RESULTS} (${results.durationSeconds} s)`);

const failures = bundleLimitFailures(bundle);
if (failures.length > 0) {
  console.error(`\nbench: FAILED: ${failures.join('; ')}`);
  process.exitCode = 1;
}
