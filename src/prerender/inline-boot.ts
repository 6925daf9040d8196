/**
 * What a prerendered page runs instead of `index.html`'s entry script (src/boot.ts): the same
 * start, written into the page. An external entry is fetched while the page is parsed, before the
 * largest paint, and Lighthouse's simulated slow network charges that request a round trip; this
 * one costs no request. It is the same text on every page (the app's URL, relative to the page's
 * folder, is in its `data-app`), so the host's policy allows it by one hash.
 *
 * Classic, at the end of `<body>`: it runs once the page is parsed, as a module entry would, and
 * imports the app after the next paint. `import()` resolves against the page's URL.
 */
export const BOOT_SCRIPT =
  '{const app=document.currentScript.dataset.app;requestAnimationFrame(()=>setTimeout(()=>import(app)))}';

/** The built entry (`index.html`'s `<script type="module" src="./assets/…">`) and what it preloads. */
const ENTRY_SCRIPT = /\s*<script type="module"[^>]*\ssrc="\.\/assets\/[^"]+\.js"[^>]*><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;
const BODY_END = '</body>';

/**
 * The built index.html with its entry script and module preloads replaced by the inline boot
 * script, which imports `app` (the app's chunk, e.g. `assets/main-abc.js`, from the site's root).
 */
export function inlineBoot(template: string, app: string): string {
  if (!/^assets\/[\w.-]+\.js$/.test(app)) throw new Error(`inlineBoot: "${app}" is not a script in assets/`);
  const entries = template.match(ENTRY_SCRIPT) ?? [];
  if (entries.length !== 1)
    throw new Error(
      `index.html has ${entries.length} entry scripts in assets/, expected 1: cannot inline its start`,
    );
  if (!template.includes(BODY_END)) throw new Error('index.html has no </body>: cannot inline its start');
  return template
    .replace(ENTRY_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(BODY_END, () => `<script data-app="./${app}">${BOOT_SCRIPT}</script>\n  ${BODY_END}`);
}
