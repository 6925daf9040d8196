import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const PROFILE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/**
 * Serves `data/profiles/<slug>.json` at `/profiles/<slug>.json` in dev and copies the
 * files there in the build, so the app fetches static JSON from any static host.
 */
export function profilesPlugin(profilesDir: string): Plugin {
  const listProfiles = () => readdirSync(profilesDir).filter((file) => PROFILE_FILE.test(file));

  return {
    name: 'researcher-profile:profiles',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/profiles\/([^/?#]+)(?:[?#].*)?$/.exec(request.url ?? '');
        const file = match?.[1];
        if (!file || !PROFILE_FILE.test(file)) return next();
        if (!listProfiles().includes(file)) {
          response.statusCode = 404;
          response.end('Not found');
          return;
        }
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(readFileSync(join(profilesDir, file)));
      });
    },
    generateBundle() {
      for (const file of listProfiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `profiles/${file}`,
          source: readFileSync(join(profilesDir, file)),
        });
      }
    },
  };
}
