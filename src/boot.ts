import './index.css';

// What index.html loads: the bare shell (the dev server) starts the app at once. Prerendered pages
// never load this file: the build puts an inline start in its place (src/prerender/inline-boot.ts),
// which imports the app once the page has painted, so no script is fetched before the first paint.
void import('./main');
