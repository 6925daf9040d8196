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
  /** Ends with a slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest)|image\/svg)/;

export interface StaticServerOptions {
  /** Gzip text files for clients that accept it, as production static hosts do (for Lighthouse). */
  gzip?: boolean;
  /** More folders, each served at its own URL prefix: `{ '/examples/': 'examples' }`. */
  mounts?: Record<string, string>;
  /** Extra response headers for a path, e.g. a strict Content-Security-Policy for some pages. */
  headers?: (pathname: string) => Record<string, string>;
}

/**
 * Serves a built site like a plain static host: the query string is ignored, a folder means its
 * index.html, anything missing is a 404 (no single-page fallback).
 */
export async function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const folders = [
    ...Object.entries(options.mounts ?? {}).map(([prefix, dir]) => ({ prefix, dir: resolve(dir) })),
    { prefix: '/', dir: resolve(root) },
  ];

  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const { prefix, dir: rootDir } = folders.find((folder) => pathname.startsWith(folder.prefix))!;
      let file = normalize(join(rootDir, pathname.slice(prefix.length - 1)));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) return notFound();
      let info = await stat(file);
      if (info.isDirectory()) {
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
        ...options.headers?.(pathname),
        ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': info.size }),
      });
      if (request.method === 'HEAD') return response.end();
      const body = createReadStream(file);
      (gzip ? body.pipe(createGzip()) : body).pipe(response);
    } catch {
      notFound();
    }

    function notFound() {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
