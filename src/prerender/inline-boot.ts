/**
 * What a prerendered page runs instead of `index.html`'s entry script (src/boot.ts, which serves
 * the bare shell and starts the app at once): a start written into the page. An external entry is fetched while the page is parsed, before the
 * largest paint, and Lighthouse's simulated slow network charges that request a round trip; this
 * one costs no request. It is the same text on every page (the app's URL, relative to the page's
 * folder, is in its `data-app`), so the host's policy allows it by one hash.
 *
 * An inline module script runs once the page is parsed, as the entry did. It imports the app once
 * the browser reports the page's largest paint (a frame reaches the screen after the next animation
 * frame, later on a busy machine: a request made at the frame could still end before the paint).
 * Where that report does not exist, at the next frame; where it never comes (the visitor acted
 * before anything painted), after three seconds. `import()` in an inline script resolves against
 * the page's URL.
 */
export const BOOT_SCRIPT = [
  "const{app}=document.querySelector('script[data-app]').dataset",
  'let started=false',
  'const start=()=>{if(!started){started=true;setTimeout(()=>import(app))}}',
  "if(PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')){" +
    "new PerformanceObserver((_,observer)=>{observer.disconnect();start()}).observe({type:'largest-contentful-paint',buffered:true});" +
    'setTimeout(start,3000)' +
    '}else requestAnimationFrame(start)',
].join(';');

/** The built entry (`index.html`'s `<script type="module" src="./assets/…">`) and what it preloads. */
const ENTRY_SCRIPT = /<script type="module"[^>]*\ssrc="\.\/assets\/[^"]+\.js"[^>]*><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;

/**
 * The built index.html with its entry script replaced by the inline start, which imports `app`
 * (the app's chunk, e.g. `assets/main-abc.js`, from the site's root), and its module preloads
 * dropped.
 */
export function inlineBoot(template: string, app: string): string {
  if (!/^assets\/[\w.-]+\.js$/.test(app)) throw new Error(`inlineBoot: "${app}" is not a script in assets/`);
  const entries = template.match(ENTRY_SCRIPT) ?? [];
  if (entries.length !== 1)
    throw new Error(
      `index.html has ${entries.length} entry scripts in assets/, expected 1: cannot inline its start`,
    );
  return template
    .replace(ENTRY_SCRIPT, () => `<script type="module" data-app="./${app}">${BOOT_SCRIPT}</script>`)
    .replace(MODULE_PRELOAD, '');
}
