import { rolldown, type PreRenderedChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { toShadowCss } from '../shadow-css.ts';
import { servedWithStrictCsp, STRICT_CSP } from './strict-csp.ts';

/** The build's extra entries: the iframe page and the two scripts a host page loads by name. */
export const EMBED_INPUTS = {
  embed: 'embed.html',
  'researcher-profile': 'src/entry/researcher-profile.ts',
};

const STABLE_NAMES: Record<string, string> = { 'researcher-profile': 'embed/researcher-profile.js' };

/** A classic script with no imports, so a host page can load it any way it likes. */
const IFRAME_HOST = { input: 'src/entry/iframe-host.ts', fileName: 'embed/iframe-host.js' };

/** Host pages link the embed scripts by a name that never changes; everything else is hashed. */
export function entryFileName(chunk: PreRenderedChunk): string {
  return STABLE_NAMES[chunk.name] ?? 'assets/[name]-[hash].js';
}

const SHADOW_CSS = /\/src\/embed\/researcher-profile\.css\?inline$/;
const INLINE_CSS_MODULE = /^export default ("(?:[^"\\]|\\.)*")/;

/**
 * Rewrites the embed's inline stylesheet for shadow roots (see shadow-css.ts), and writes the iframe
 * host script as a bundle of its own: an entry of the main build would share chunks with the page.
 */
export function embedPlugin(): Plugin {
  return {
    name: 'researcher-profile:embed',
    enforce: 'post',
    // `npm run preview` also serves examples/ (never copied into dist/) under the strict policy.
    configurePreviewServer(server) {
      const examplesDir = join(server.config.root, 'examples');
      const bootstrapDir = join(server.config.root, 'node_modules/bootstrap/dist/css');
      server.middlewares.use(async (request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (servedWithStrictCsp(pathname)) response.setHeader('Content-Security-Policy', STRICT_CSP);
        if (!pathname.startsWith('/examples/')) return next();
        // Bootstrap's stylesheet comes from its npm package, as a host would load it.
        const vendor = pathname.startsWith('/examples/vendor/');
        const dir = vendor ? bootstrapDir : examplesDir;
        const prefix = vendor ? '/examples/vendor/' : '/examples/';
        const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
        if (!file.startsWith(dir + sep)) return next();
        try {
          const body = await readFile(file);
          response.setHeader(
            'Content-Type',
            extname(file) === '.css' ? 'text/css' : 'text/html; charset=utf-8',
          );
          response.end(body);
        } catch {
          next();
        }
      });
    },
    async generateBundle() {
      const bundle = await rolldown({ input: IFRAME_HOST.input, logLevel: 'warn' });
      try {
        const { output } = await bundle.generate({ format: 'iife', minify: true });
        this.emitFile({ type: 'asset', fileName: IFRAME_HOST.fileName, source: output[0].code });
      } finally {
        await bundle.close();
      }
    },
    transform(code, id) {
      if (!SHADOW_CSS.test(id)) return null;
      const match = INLINE_CSS_MODULE.exec(code);
      if (!match?.[1]) throw new Error(`researcher-profile:embed: unexpected module shape for ${id}`);
      const css = JSON.parse(match[1]) as string;
      return { code: code.replace(match[1], JSON.stringify(toShadowCss(css))), map: null };
    },
  };
}
