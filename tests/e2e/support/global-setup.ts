import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { siteHeaders } from './host-headers';
import { serveStatic } from './static-server';

/** The folder of a host the build is also deployed in, for the tests of relative URLs. */
const SUBFOLDER = '/site/people/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build's URL, ending with a slash. */
    baseUrl: string;
    /**
     * The same build deployed in a sub-folder of another host (`…/site/people/`, ending with a
     * slash). Nothing outside that folder exists on that host: a URL that escapes it is a 404.
     */
    subfolderUrl: string;
    chromePath: string;
    /** The folder served, for tests that read the profiles the page loads. */
    distDir: string;
  }
}

/** Checks the browser and the build exist, then serves `dist/` on free ports for the run. */
export default async function setup(project: TestProject) {
  const chromePath = findChromium();
  const distDir = resolve(process.env.E2E_DIST_DIR ?? 'dist');
  if (!existsSync(resolve(distDir, 'index.html')))
    throw new Error(`No production build in ${distDir}: run \`npm run test:e2e\` (it builds first)`);

  // Served as a host serves it: compressed, and every page with the headers the build writes for
  // hosts (dist/_headers).
  const headers = siteHeaders(distDir);
  const server = await serveStatic(distDir, {
    gzip: true,
    // The embed's example host page sits next to the build, under the strict policy a host might
    // set; Bootstrap's own stylesheet from its npm package, as the example host page loads it.
    mounts: {
      '/examples/vendor/': resolve('node_modules/bootstrap/dist/css'),
      '/examples/': resolve('examples'),
    },
    headers,
  });
  // A host of its own, so that a root-relative URL cannot be answered by the server above.
  const subfolder = await serveStatic(distDir, { gzip: true, prefix: SUBFOLDER, headers });
  project.provide('baseUrl', server.url);
  project.provide('subfolderUrl', subfolder.url);
  project.provide('chromePath', chromePath);
  project.provide('distDir', distDir);
  return () => Promise.all([server.close(), subfolder.close()]).then(() => undefined);
}
