import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig, type ViteDevServer } from 'vite';

import {
  INSTITUTE_FILE,
  INSTITUTE_PREVIEW_FILE,
  MEMBERS_FILE,
  type InstituteFile,
} from '../src/features/directory/utils/institute-file.ts';
import type { MemberSummary } from '../src/features/directory/utils/member-summary.ts';
import { BOOT_SCRIPT, inlineBoot } from '../src/prerender/inline-boot.ts';

type Renderer = typeof import('../src/prerender/render-site');
type Settings = typeof import('../src/data/site-settings');

const PROFILE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

export interface PrerenderOptions {
  profilesDir: string;
  /** The profile the site's root shows. */
  defaultSlug: string;
  /** The deployment's absolute URL (SITE_URL): canonical links and og:url only with it. */
  siteUrl?: string;
}

/**
 * After the build, writes every page as prerendered HTML in both languages (`<slug>/index.html`,
 * `fr/<slug>/index.html`, `people/`, `publications/`, and at the root the default profile or the
 * members page) from the built index.html, so crawlers, link previews and visitors without
 * JavaScript read the whole page.
 */
export function prerenderPlugin(options: PrerenderOptions): Plugin {
  let config: ResolvedConfig;
  /** The app's chunk (src/main.tsx), which the pages' inline start imports. */
  let appChunk: string | undefined;
  return {
    name: 'researcher-profile:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      appChunk = Object.values(bundle).find(
        (output) => output.type === 'chunk' && /[\\/]src[\\/]main\.tsx$/.test(output.facadeModuleId ?? ''),
      )?.fileName;
    },
    async closeBundle() {
      const started = Date.now();
      const outDir = resolve(config.root, config.build.outDir);
      if (!appChunk) throw new Error('prerender: the build has no chunk for src/main.tsx');
      const template = inlineBoot(readFileSync(join(outDir, 'index.html'), 'utf8'), appChunk);
      // A server in middleware mode loads the app's TypeScript for Node, lazy chunks included, and
      // stays open until every page is rendered.
      const server = await createServer({
        root: config.root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        await renderInto(outDir, template, server);
      } finally {
        await server.close();
      }
      config.logger.info(`prerendered in ${Date.now() - started} ms`);
    },
  };

  async function renderInto(outDir: string, template: string, server: ViteDevServer) {
    const module = (await server.ssrLoadModule('/src/prerender/render-site.ts')) as Renderer;
    const profiles = readdirSync(options.profilesDir)
      .filter((file) => PROFILE_FILE.test(file))
      .sort()
      .map((file) => ({
        slug: file.replace(/\.json$/, ''),
        data: JSON.parse(readFileSync(join(options.profilesDir, file), 'utf8')) as unknown,
      }));
    const { siteSettings } = (await server.ssrLoadModule('/src/data/site-settings.ts')) as Settings;
    const css = readStylesheet(outDir, template);
    const directory = readDirectory(outDir);
    const pages = await module.renderSite({
      template,
      css,
      profiles,
      defaultSlug: options.defaultSlug,
      siteUrl: options.siteUrl,
      institute: siteSettings.institute,
      directory,
    });
    // What the institute list's page was rendered with: the page hydrates from the same file.
    if (directory)
      writeFileSync(
        join(outDir, 'profiles', INSTITUTE_PREVIEW_FILE),
        JSON.stringify(module.institutePreview(directory.institute)),
      );
    for (const { file, html } of pages) {
      const path = join(outDir, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, html);
    }
    allowInline(outDir, 'style-src', css);
    allowInline(outDir, 'script-src', BOOT_SCRIPT);
    config.logger.info(`prerendered ${pages.length} pages of ${profiles.length} profiles`);
  }
}

/** The page's stylesheet, as the built index.html links it. */
function readStylesheet(outDir: string, template: string): string {
  const href = /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"/.exec(template)?.[1];
  if (!href) throw new Error('prerender: the built index.html links no stylesheet in assets/');
  return readFileSync(join(outDir, href), 'utf8');
}

/**
 * The host's policy (dist/_headers) allows exactly this inline text (the stylesheet, the start
 * script), by its hash, and no other.
 */
function allowInline(outDir: string, directive: 'style-src' | 'script-src', text: string) {
  const file = join(outDir, '_headers');
  const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const headers = readFileSync(file, 'utf8');
  const source = `${directive} 'self';`;
  if (!headers.includes(source))
    throw new Error(`prerender: ${file} has no "${source}" to add the inline ${directive} hash to`);
  writeFileSync(file, headers.replace(source, `${directive} 'self' ${hash};`));
}

/** members.json and institute.json, as the profiles plugin wrote them into the build. */
function readDirectory(outDir: string) {
  const read = (file: string) => {
    const path = join(outDir, 'profiles', file);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
  };
  const members = read(MEMBERS_FILE) as { members: MemberSummary[] } | undefined;
  const institute = read(INSTITUTE_FILE) as InstituteFile | undefined;
  return members && institute ? { members: members.members, institute } : undefined;
}
