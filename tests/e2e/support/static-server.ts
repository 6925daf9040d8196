import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** The site's URL (its folder, when served under a prefix); ends with a slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest)|image\/svg)/;

export interface StaticServerOptions {
  /**
   * Gzip text files for clients that accept it, as production static hosts do: without it the
   * transfer sizes (and Lighthouse's simulated network) count raw bytes.
   */
  gzip?: boolean;
  /**
   * The folder of the host the site is deployed in, e.g. `/site/people/` (default `/`). Nothing
   * outside it exists, so a URL that escapes the folder is a 404, as it would be on that host.
   */
  prefix?: string;
  /** More folders, each served at its own URL prefix: `{ '/examples/': 'examples' }`. */
  mounts?: Record<string, string>;
  /**
   * Extra response headers for a path, e.g. a strict Content-Security-Policy for some pages. A file
   * of the site gets its path inside the site (`/index.html`, whatever the prefix); a mount's, the
   * path as requested.
   */
  headers?: (pathname: string) => Record<string, string>;
}

/**
 * Serves a built site like a plain static host: the query string is ignored, a folder means its
 * index.html (a folder's URL without its final slash redirects to it, so relative URLs resolve
 * inside the folder), anything missing is a 404 (no single-page fallback).
 */
export async function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const sitePrefix = options.prefix ?? '/';
  if (!/^\/(.+\/)?$/.test(sitePrefix)) throw new Error(`prefix "${sitePrefix}" must start and end with "/"`);
  const site = { prefix: sitePrefix, dir: resolve(root) };
  const folders = [
    ...Object.entries(options.mounts ?? {}).map(([prefix, dir]) => ({ prefix, dir: resolve(dir) })),
    site,
  ];

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      const pathname = decodeURIComponent(url.pathname);
      const folder = folders.find(({ prefix }) => pathname.startsWith(prefix));
      if (!folder) return pathname === sitePrefix.slice(0, -1) ? redirectToFolder() : notFound();
      const path = pathname.slice(folder.prefix.length - 1);
      let file = normalize(join(folder.dir, path));
      if (file !== folder.dir && !file.startsWith(folder.dir + sep)) return notFound();
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) return redirectToFolder();
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const gzip =
        options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...options.headers?.(folder === site ? path : pathname),
        ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': info.size }),
      });
      if (request.method === 'HEAD') return response.end();
      const body = createReadStream(file);
      (gzip ? body.pipe(createGzip()) : body).pipe(response);
    } catch {
      notFound();
    }

    function redirectToFolder() {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      response.end();
    }

    function notFound() {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${sitePrefix}`,
    close: () =>
      new Promise((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
