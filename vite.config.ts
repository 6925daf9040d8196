import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { prerenderPlugin } from './scripts/vite-prerender-plugin.ts';
import { profilesPlugin } from './scripts/vite-profiles-plugin.ts';
import { embedPlugin, EMBED_INPUTS, entryFileName } from './src/embed/build/embed-plugin.ts';

// PROFILES_DIR builds another set of profiles (the bench's generated institute) from the same code.
const profilesDir = process.env.PROFILES_DIR ?? fileURLToPath(new URL('./data/profiles', import.meta.url));
// The profile shown when the URL names none; set at build time.
const defaultSlug = process.env.VITE_DEFAULT_PROFILE ?? 'razvan-pascanu';

export default defineConfig({
  // Relative asset URLs: the build works from any folder of any static host.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    profilesPlugin(profilesDir),
    embedPlugin(),
    prerenderPlugin({ profilesDir, defaultSlug, siteUrl: process.env.SITE_URL || undefined }),
  ],
  build: {
    modulePreload: {
      // Every browser the page supports has <link rel="modulepreload">: no polyfill in the first view.
      polyfill: false,
      // No <link> added to the document by dynamic imports: an embed never writes to the host's head.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rolldownOptions: {
      // The standalone page, the iframe page, and the embed's two scripts with stable names.
      input: { index: 'index.html', ...EMBED_INPUTS },
      output: {
        entryFileNames: entryFileName,
        // What the first view needs in one chunk: the mount and the publications browser with all
        // they import. Left to itself, the bundler splits every module that a lazy chunk or the
        // embed also imports into a chunk of its own, and each split costs gzip its shared context
        // (about 3 kB over eight chunks). Lazy chunks (search, French, citations, charts) import
        // from this one.
        codeSplitting: {
          groups: [
            // Vite's helper for dynamic imports stays apart: index.html's small entry (src/boot.ts)
            // needs it, and must not pull in the page's chunk before the page has painted.
            { name: 'preload-helper', test: /vite[\\/]preload-helper/ },
            {
              name: 'page',
              // What the entries share (never an entry itself: its code would run in the other's page).
              test: /[\\/]src[\\/](entry[\\/]mount-profile\.tsx|lib[\\/]location\.ts|i18n[\\/]load-messages\.ts|features[\\/]publications[\\/]components[\\/]publications-browser\.tsx)$/,
              includeDependenciesRecursively: true,
            },
          ],
        },
      },
    },
  },
  define: {
    'import.meta.env.VITE_DEFAULT_PROFILE': JSON.stringify(defaultSlug),
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup.ts'],
          restoreMocks: true,
          // Whole-app tests in jsdom (50 cards, role queries) take 2–9 s on two busy cores.
          testTimeout: 20_000,
        },
      },
      {
        // Real Chromium against the production build in dist/ (npm run test:e2e builds it first).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // One browser per file and two cores: files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
