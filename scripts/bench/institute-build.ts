// tsx scripts/bench/institute-build.ts [--keep]: generates an institute (300 members, 7,000 unique
// publications) into a temporary folder, builds it (PROFILES_DIR=<that folder> vite build --outDir
// <another>), and reports the build time, the pages and the largest HTML and JSON files. Exits 1
// above 3 minutes or when an HTML page exceeds 500 KB. --keep leaves both folders for a look.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const keep = process.argv.includes('--keep');
  const work = mkdtempSync(join(tmpdir(), 'institute-build-'));
  const profilesDir = join(work, 'profiles');
  const dist = join(work, 'dist');
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
  const buildMs = performance.now() - started;
  if (build.status !== 0) {
    console.error(`institute: vite build failed (exit ${build.status}); files left in ${work}`);
    process.exit(1);
  }

  const report = measureDist(dist);
  console.log(`\nGenerated institute: ${files} members, 7,000 unique publications (${copies} entries)`);
  console.log(`vite build:        ${(buildMs / 1000).toFixed(1)} s (limit ${BUILD_LIMIT_MS / 1000} s)`);
  console.log(`HTML pages:        ${report.htmlPages}`);
  for (const page of report.largestHtml)
    console.log(`  largest HTML     ${kB(page.bytes).padStart(10)}  ${page.path}`);
  for (const file of report.largestJson)
    console.log(`  largest JSON     ${kB(file.bytes).padStart(10)}  ${file.path}`);
  console.log(`JSON in all:       ${kB(report.jsonBytes)}`);
  if (report.htmlPages <= 2) console.log('(no prerendered pages yet: only the shells are measured)');

  const failures = limitFailures(buildMs, report);
  if (keep) console.error(`institute: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  if (failures.length > 0) {
    for (const failure of failures) console.error(`FAIL  ${failure}`);
    process.exit(1);
  }
  console.log('ok    within the limits');
}
