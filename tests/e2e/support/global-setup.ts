import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { servedWithStrictCsp, STRICT_CSP } from '../../../src/embed/build/strict-csp';
import { findChromium } from './chromium';
import { readHostHeaders } from './host-headers';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build's URL, ending with a slash. */
    baseUrl: string;
    chromePath: string;
    /** The folder served, for tests that read the profiles the page loads. */
    distDir: string;
  }
}

/** Checks the browser and the build exist, then serves `dist/` on a free port for the run. */
export default async function setup(project: TestProject) {
  const chromePath = findChromium();
  const distDir = resolve(process.env.E2E_DIST_DIR ?? 'dist');
  if (!existsSync(resolve(distDir, 'index.html')))
    throw new Error(`No production build in ${distDir}: run \`npm run test:e2e\` (it builds first)`);

  // The embed's example host page sits next to the build, under the strict policy a host might set.
  const hostHeaders = readHostHeaders(distDir);
  const server = await serveStatic(distDir, {
    // Bootstrap's own stylesheet from its npm package, as the example host page loads it.
    mounts: {
      '/examples/vendor/': resolve('node_modules/bootstrap/dist/css'),
      '/examples/': resolve('examples'),
    },
    // Every page of the build gets the headers the build writes for hosts (dist/_headers).
    headers: (pathname): Record<string, string> => ({
      ...hostHeaders(pathname),
      ...(servedWithStrictCsp(pathname) ? { 'Content-Security-Policy': STRICT_CSP } : {}),
    }),
  });
  project.provide('baseUrl', server.url);
  project.provide('chromePath', chromePath);
  project.provide('distDir', distDir);
  return () => server.close();
}
