import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 1 kB = 1,000 bytes, as Vite reports sizes. */
export const BUNDLE_LIMITS = { jsGzip: 100_000, cssGzip: 10_000 } as const;
export const BUNDLE_TARGETS = { jsGzip: 95_000, cssGzip: 10_000 } as const;
/** The embed script with what it loads to show a profile, its stylesheet inlined (issue 8). */
export const EMBED_TARGET_GZIP = 110_000;
const EMBED_ENTRY = 'src/entry/researcher-profile.ts';

export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleReport {
  /**
   * What the first view needs: the entry index.html loads (scripts, modulepreloads, stylesheets)
   * plus the chunks the app imports at start-up (FIRST_VIEW_MODULES), with their own imports.
   */
  initial: { js: AssetSize[]; css: AssetSize[] };
  totals: { jsRaw: number; jsGzip: number; cssRaw: number; cssGzip: number };
  /** Chunks fetched later (dynamic imports on demand), for information. */
  lazyJs: AssetSize[];
  /** `embed/researcher-profile.js` and the chunks it needs for a profile on screen (CSS inside). */
  embed: { js: AssetSize[]; jsRaw: number; jsGzip: number };
}

/**
 * Modules the app imports dynamically but at once (src/app/profile-page.tsx): split off so the
 * entry script can run sooner, yet needed for the first view, so they count as initial.
 */
export const FIRST_VIEW_MODULES = [
  // The app itself, which a prerendered page's inline start (src/prerender/inline-boot.ts) imports once
  // the page has painted (the bare shell's src/boot.ts at once; counted with it, ~0.2 kB over).
  'src/main.tsx',
  'src/features/publications/components/publications-browser.tsx',
];
/** The page's start-up module, which the embed never loads (it mounts through src/entry/). */
const PAGE_ONLY_MODULES = new Set(['src/main.tsx']);

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

function sizeOf(distDir: string, file: string): AssetSize {
  const bytes = readFileSync(join(distDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const sum = (assets: AssetSize[], key: 'raw' | 'gzip') =>
  assets.reduce((total, asset) => total + asset[key], 0);

/** Reads Vite's manifest (the build must run with `--manifest`). */
export function measureBundle(distDir: string): BundleReport {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const collect = (entries: string[]) => {
    const js = new Set<string>();
    const css = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk) throw new Error(`bench: ${key} is not in the build manifest; update FIRST_VIEW_MODULES`);
      if (js.has(chunk.file)) return;
      js.add(chunk.file);
      chunk.css?.forEach((file) => css.add(file));
      chunk.imports?.forEach(visit);
    };
    entries.forEach(visit);
    return { js, css };
  };
  const { js, css } = collect(['index.html', ...FIRST_VIEW_MODULES]);
  const embedModules = FIRST_VIEW_MODULES.filter((module) => !PAGE_ONLY_MODULES.has(module));
  const embedJs = [...collect([EMBED_ENTRY, ...embedModules]).js].map((file) => sizeOf(distDir, file));

  const initialJs = [...js].map((file) => sizeOf(distDir, file));
  const initialCss = [...css].map((file) => sizeOf(distDir, file));
  const assetsDir = join(distDir, 'assets');
  const lazyJs = readdirSync(assetsDir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => relative(distDir, join(assetsDir, file)))
    .filter((file) => !js.has(file))
    .map((file) => sizeOf(distDir, file));

  return {
    initial: { js: initialJs, css: initialCss },
    totals: {
      jsRaw: sum(initialJs, 'raw'),
      jsGzip: sum(initialJs, 'gzip'),
      cssRaw: sum(initialCss, 'raw'),
      cssGzip: sum(initialCss, 'gzip'),
    },
    lazyJs,
    embed: { js: embedJs, jsRaw: sum(embedJs, 'raw'), jsGzip: sum(embedJs, 'gzip') },
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
