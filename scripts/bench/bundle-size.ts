import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 1 kB = 1,000 bytes, as Vite reports sizes. */
export const BUNDLE_LIMITS = { jsGzip: 100_000, cssGzip: 10_000 } as const;
export const BUNDLE_TARGETS = { jsGzip: 95_000, cssGzip: 10_000 } as const;

export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleReport {
  /** What index.html makes the browser fetch before anything runs: scripts, modulepreloads, stylesheets. */
  initial: { js: AssetSize[]; css: AssetSize[] };
  totals: { jsRaw: number; jsGzip: number; cssRaw: number; cssGzip: number };
  /** Chunks fetched later (dynamic imports), for information. */
  lazyJs: AssetSize[];
}

function sizeOf(distDir: string, file: string): AssetSize {
  const bytes = readFileSync(join(distDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const sum = (assets: AssetSize[], key: 'raw' | 'gzip') =>
  assets.reduce((total, asset) => total + asset[key], 0);

export function measureBundle(distDir: string): BundleReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const urls = (pattern: RegExp) =>
    [...html.matchAll(pattern)]
      .map((match) => match[1]!.replace(/^\.?\//, ''))
      .filter((url) => !/^[a-z]+:/i.test(url));

  const scripts = urls(/<script\b[^>]*\bsrc="([^"]+)"/g);
  const preloads = urls(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g);
  const styles = urls(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g);
  const initialJs = [...new Set([...scripts, ...preloads])].map((file) => sizeOf(distDir, file));
  const css = styles.map((file) => sizeOf(distDir, file));

  const assetsDir = join(distDir, 'assets');
  const lazyJs = readdirSync(assetsDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => relative(distDir, join(assetsDir, file)))
    .filter((file) => !initialJs.some((asset) => asset.file === file))
    .map((file) => sizeOf(distDir, file));

  return {
    initial: { js: initialJs, css },
    totals: {
      jsRaw: sum(initialJs, 'raw'),
      jsGzip: sum(initialJs, 'gzip'),
      cssRaw: sum(css, 'raw'),
      cssGzip: sum(css, 'gzip'),
    },
    lazyJs,
  };
}

/** Which hard limits the initial bundle breaks, in words; empty when within them. */
export function bundleLimitFailures({ totals }: BundleReport): string[] {
  const failures: string[] = [];
  if (totals.jsGzip > BUNDLE_LIMITS.jsGzip)
    failures.push(`initial JS is ${totals.jsGzip} bytes gzip, above the ${BUNDLE_LIMITS.jsGzip} limit`);
  if (totals.cssGzip > BUNDLE_LIMITS.cssGzip)
    failures.push(`initial CSS is ${totals.cssGzip} bytes gzip, above the ${BUNDLE_LIMITS.cssGzip} limit`);
  return failures;
}
