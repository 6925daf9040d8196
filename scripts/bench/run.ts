// npm run bench: builds, then measures the bundle, Lighthouse and search latency at scale.
// Prints a table and writes bench/results/latest.json; exits 1 when the bundle breaks its limits.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { findChromium, launchChromium } from '../../tests/e2e/support/chromium';
import { siteHeaders } from '../../tests/e2e/support/host-headers';
import { serveStatic } from '../../tests/e2e/support/static-server';
import {
  BUNDLE_LIMITS,
  BUNDLE_TARGETS,
  bundleLimitFailures,
  EMBED_TARGET_GZIP,
  measureBundle,
} from './bundle-size';
import { FLOOR_FILE, type FloorPage, writeFloorPage } from './floor-page';
import { benchSizes, syntheticSlug, writeSyntheticProfiles } from './generate-profiles';
import { CATEGORIES, LIGHTHOUSE_RUNS, type LighthouseResult, runLighthouse } from './lighthouse';
import { measureFuse, measureOwnSearch, measurePageLatency, QUERIES, TYPING_PASSES } from './search-latency';
import { formatTable, round } from './stats';
import {
  LCP_TO_FLOOR_TARGET,
  lcpToFloor,
  type PageLighthouse,
  pageTargetChecks,
  type SizeResult,
  targetChecks,
} from './targets';

// A build of its own: other work rebuilding dist/ mid-run would delete the synthetic profiles.
// BENCH_DIST_DIR puts it elsewhere (two benches at once on one checkout).
const DIST = resolve(process.env.BENCH_DIST_DIR ?? 'dist-bench');
const RESULTS = resolve('bench/results/latest.json');
const kB = (bytes: number) => round(bytes / 1000, 1);
const ms = (value: number) => round(value, 1);

const chromePath = findChromium();
const started = Date.now();
const step = (message: string) =>
  console.error(`bench: [${Math.round((Date.now() - started) / 1000)} s] ${message}`);
// BENCH_SIZES=1000,2000 and BENCH_SKIP_LIGHTHOUSE=1 make a quick run; BENCH_FUSE_ALL=1 times plain
// Fuse at every size (about 1.5 s a query at 20,000: over a minute and a half more).
const sizes = benchSizes();
const skipLighthouse = process.env.BENCH_SKIP_LIGHTHOUSE === '1';
const FUSE_MAX_SIZE = process.env.BENCH_FUSE_ALL === '1' ? Infinity : 5_000;

step(`building the production site into ${DIST} (vite build)`);
execFileSync(
  resolve('node_modules/.bin/vite'),
  ['build', '--outDir', DIST, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);

const bundle = measureBundle(DIST);
step(`writing synthetic profiles of ${sizes.join(', ')} publications into ${DIST}/profiles`);
const profiles = writeSyntheticProfiles(DIST, sizes);

// Served as a host serves the site: compressed, with the headers the build writes (dist/_headers).
// The floor page is no page of the site: its inline stylesheet is its point, so no policy for it.
const headers = siteHeaders(DIST);
const server = await serveStatic(DIST, {
  gzip: true,
  headers: (pathname) => (pathname === `/${FLOOR_FILE}` ? {} : headers(pathname)),
});
// The prerendered French page when the build has one, else the single-page app in French.
const frenchPath = existsSync(resolve(DIST, 'fr/index.html')) ? 'fr/' : '?lang=fr';
let lighthouse: PageLighthouse | undefined;
let floor: FloorPage | undefined;
const latency: SizeResult[] = [];
try {
  if (skipLighthouse) step('Lighthouse skipped (BENCH_SKIP_LIGHTHOUSE=1)');
  else {
    step(`writing the floor page: the page as rendered, as bare static HTML (${FLOOR_FILE})`);
    const floorBrowser = await launchChromium(chromePath);
    try {
      floor = await writeFloorPage(floorBrowser, server.url, DIST);
    } finally {
      await floorBrowser.close();
    }
    step(`Lighthouse ${LIGHTHOUSE_RUNS}× (mobile preset) on the English page, its floor and ${frenchPath}`);
    lighthouse = await runLighthouse(
      {
        en: server.url,
        floor: new URL(floor.path, server.url).href,
        fr: new URL(frenchPath, server.url).href,
      },
      chromePath,
      (name, index) => step(`Lighthouse ${name}, run ${index + 1} of ${LIGHTHOUSE_RUNS}`),
    );
  }

  const browser = await launchChromium(chromePath);
  try {
    for (const size of sizes) {
      step(`typing ${QUERIES.length} queries into the page with ${size} publications`);
      const page = await measurePageLatency(browser, server.url, syntheticSlug(size));
      step(`timing the same queries in Node (${size})`);
      const { profile, jsonBytes } = profiles.get(size)!;
      const own = measureOwnSearch(profile);
      const fuse = size <= FUSE_MAX_SIZE ? measureFuse(profile) : null;
      latency.push({ size, jsonBytes, heapToJson: page.heapBytes / jsonBytes, page, fuse, own });
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
  lighthouse: lighthouse && {
    ...lighthouse,
    paths: { en: './', fr: frenchPath, floor: floor?.path },
    floorPage: floor,
    lcpToFloor: lcpToFloor(lighthouse),
  },
  searchLatency: { queries: QUERIES, sizes: latency },
  targets: targetChecks(latency),
  issue9Targets: pageTargetChecks(lighthouse, bundle.totals.jsGzip),
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

if (lighthouse && floor) {
  const pages = [lighthouse.en, lighthouse.fr, lighthouse.floor];
  // Each cell: the median, then every run.
  const row = (label: string, pick: (result: LighthouseResult) => number, target = '') => [
    label,
    ...pages.map(({ median, runs }) => `${pick(median)} (${runs.map(pick).join(' ')})`),
    target,
  ];
  console.log(
    `\nLighthouse 12.2.3, mobile preset: median (the ${LIGHTHOUSE_RUNS} runs), served gzipped with dist/_headers`,
  );
  console.log(
    formatTable([
      ['figure', 'English (/)', `French (${frenchPath})`, `floor (${floor.path})`, 'target'],
      ...CATEGORIES.map((category) => row(category, (result) => result.scores[category], '100')),
      row('FCP ms', (result) => Math.round(result.fcp)),
      row('LCP ms', (result) => Math.round(result.lcp), `≤ ${LCP_TO_FLOOR_TARGET} × floor`),
      row('TBT ms', (result) => Math.round(result.tbt)),
      row('CLS', (result) => round(result.cls, 3)),
    ]),
  );
  console.log(
    `LCP ÷ floor's LCP: ${round(lcpToFloor(lighthouse), 2)}× (target ≤ ${LCP_TO_FLOOR_TARGET}). The floor is the English page as rendered (${floor.articles} articles, ${kB(floor.bytes)} kB of HTML), scripts removed, stylesheet inlined.`,
  );
  for (const [name, report] of [
    ['English', lighthouse.en],
    ['French', lighthouse.fr],
  ] as const)
    if (report.median.failing.length > 0)
      console.log(`${name}: short of full marks in some run: ${report.median.failing.join(', ')}`);
}

const MB = (bytes: number) => round(bytes / 1e6, 1);
const lead = (fuse: number | undefined, page: number) =>
  fuse === undefined ? '—' : `${round(fuse / page, 1)}×`;
console.log(`\nSearch in the page (headless Chromium, 1280×900): per keystroke, from keydown, ms`);
console.log(
  `queries typed (${TYPING_PASSES}× in the page, once in Node): ${QUERIES.map((query) => `"${query}"`).join(', ')}`,
);
console.log(
  formatTable([
    [
      'publications',
      'list ms',
      'index ms',
      'frame',
      'p50',
      'p95',
      'all p95',
      'echo p50',
      'echo p95',
      '1st key',
      'no change',
      'commits',
      'long tasks',
      'longest',
      'load/type/clear',
      'heap MB',
      'JSON MB',
      'heap/JSON',
    ],
    ...latency.map(({ size, page, jsonBytes, heapToJson }) => [
      size,
      page.loadToList,
      page.loadToIndex,
      ms(page.frameMs),
      ms(page.p50),
      ms(page.p95),
      ms(page.anyP95),
      ms(page.echo.p50),
      ms(page.echo.p95),
      ms(page.firstKeystroke),
      page.noUpdate,
      `${page.commits.median} (≤${page.commits.max})`,
      page.longTasks.count,
      ms(page.longTasks.longest),
      `${page.longTasks.beforeTyping}/${page.longTasks.duringTyping}/${page.longTasks.whileClearing}`,
      MB(page.heapBytes),
      MB(jsonBytes),
      `${round(heapToJson, 2)}×`,
    ]),
  ]),
);
console.log(
  [
    'list / index ms = navigation → first card / → search index built (data-index-ready); frame = median',
    'requestAnimationFrame interval; p50, p95 = keydown → the last visible DOM change painted (in the',
    'viewport and rendered; attributes re-set to the value they had ignored); all p95 = the last DOM',
    'change anywhere; echo = keydown → the typed character painted; 1st key = the first keystroke after',
    'the index is ready (not in p50/p95); no change = keystrokes with no visible change; commits = React',
    'commits per keystroke, median (max), the URL write included; long tasks = tasks over 50 ms from',
    'first paint through typing (longest ms; load/type/clear = how many started before the first key,',
    'in timed keystrokes, while the box was cleared between queries); heap = used JS heap after',
    'typing and a full GC, next to the profile JSON.',
  ].join('\n'),
);

console.log(`\nThe same keystrokes in Node: search call only, ms`);
console.log(
  formatTable([
    [
      'publications',
      'fuse p50',
      'fuse p95',
      'fuse/page p50',
      'fuse/page p95',
      'ours p50',
      'ours p95',
      'index ms',
    ],
    ...latency.map(({ size, page, fuse, own }) => [
      size,
      fuse ? ms(fuse.p50) : '—',
      fuse ? ms(fuse.p95) : '—',
      lead(fuse?.p50, page.p50),
      lead(fuse?.p95, page.p95),
      ms(own.p50),
      ms(own.p95),
      ms(own.buildMs),
    ]),
  ]),
);
console.log(
  `fuse = plain Fuse (title, authors, venue, abstract, topics; ignoreLocation, threshold 0.3), timed up to ${FUSE_MAX_SIZE === Infinity ? 'every size' : `${FUSE_MAX_SIZE.toLocaleString('en')} publications (BENCH_FUSE_ALL=1: every size)`};`,
);
console.log(
  `ours = createPublicationSearch; fuse/page = plain Fuse in Node ÷ the page's keystroke, keydown to painted.`,
);

for (const [title, checks] of [
  ['Issue 9 targets', results.issue9Targets],
  ['Issue 10 targets', results.targets],
] as const) {
  console.log(`\n${title}`);
  console.log(
    formatTable([
      ['target', 'measured', 'met'],
      ...checks.map((check) => [
        check.target,
        check.measured,
        check.met === null ? '—' : check.met ? 'yes' : 'NO',
      ]),
    ]),
  );
}
console.log(`Wrote ${RESULTS} (${results.durationSeconds} s)`);

const failures = bundleLimitFailures(bundle);
if (failures.length > 0) {
  console.error(`\nbench: FAILED: ${failures.join('; ')}`);
  process.exitCode = 1;
}
