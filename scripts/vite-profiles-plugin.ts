import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { isReservedSlug } from '../src/data/reserved-slugs';
import { siteSettings } from '../src/data/site-settings';
import { INSTITUTE_FILE, MEMBERS_FILE } from '../src/features/directory/utils/institute-file';
import { buildDirectory, listProfileFiles, readProfiles } from './lib/directory/build-directory';

const PROFILE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/**
 * Serves `data/profiles/<slug>.json` at `/profiles/<slug>.json` in dev and copies the
 * files there in the build, so the app fetches static JSON from any static host. Beside them it
 * writes the directory's data, built from all the profiles: `profiles/members.json` (one summary
 * per member) and `profiles/institute.json` (every member's publications, each work once).
 */
export function profilesPlugin(profilesDir: string): Plugin {
  const listProfiles = () => {
    const files = listProfileFiles(profilesDir);
    const reserved = files.filter((file) => isReservedSlug(file.replace(/\.json$/, '')));
    if (reserved.length > 0)
      throw new Error(
        `${reserved.join(', ')} in ${profilesDir}: these names are reserved for the site's own pages and data; rename the profile (npm run validate-data says more)`,
      );
    return files;
  };
  const directoryFiles = async () => {
    const { members, institute } = buildDirectory(await readProfiles(profilesDir), siteSettings);
    return new Map([
      [MEMBERS_FILE, JSON.stringify(members)],
      [INSTITUTE_FILE, JSON.stringify(institute)],
    ]);
  };

  return {
    name: 'researcher-profile:profiles',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/profiles\/([^/?#]+)(?:[?#].*)?$/.exec(request.url ?? '');
        const file = match?.[1];
        if (!file || !PROFILE_FILE.test(file)) return next();
        const send = (body: string | Buffer) => {
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(body);
        };
        if (file === MEMBERS_FILE || file === INSTITUTE_FILE) {
          // Built on each request in dev, so an edited profile shows on reload.
          directoryFiles().then((files) => send(files.get(file)!), next);
          return;
        }
        if (!listProfiles().includes(file)) {
          response.statusCode = 404;
          response.end('Not found');
          return;
        }
        send(readFileSync(join(profilesDir, file)));
      });
    },
    async generateBundle() {
      for (const file of listProfiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `profiles/${file}`,
          source: readFileSync(join(profilesDir, file)),
        });
      }
      for (const [file, source] of await directoryFiles())
        this.emitFile({ type: 'asset', fileName: `profiles/${file}`, source });
    },
  };
}
