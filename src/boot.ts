import './index.css';

// What index.html loads. A prerendered page is complete without the app: its script is fetched
// once the page has been painted, so it never competes with what the visitor sees first. The bare
// shell (the dev server) has nothing to paint and starts the app at once.
const start = () => void import('./main');
if (document.getElementById('root')?.hasChildNodes()) requestAnimationFrame(() => setTimeout(start));
else start();
