import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT, inlineBoot } from './inline-boot';

// What `vite build` writes from index.html: the entry script and its preloads in <head>.
const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <title>Research profile</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/preload-helper-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-ghi.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('inlineBoot', () => {
  it('replaces the entry script with the one inline start, and drops its preloads', () => {
    const html = inlineBoot(BUILT, 'assets/main-xyz.js');
    expect(html).not.toContain('index-abc.js');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/index-ghi.css">');
    const scripts = html.match(/<script[^>]*>[^<]*<\/script>/g);
    expect(scripts).toEqual([
      `<script type="module" data-app="./assets/main-xyz.js">${BOOT_SCRIPT}</script>`,
    ]);
    // In the head, where the entry was: the body holds only the page.
    expect(html.indexOf('<script')).toBeLessThan(html.indexOf('</head>'));
  });

  it('the start imports the app named by its data-app, after the next frame', () => {
    const script = document.createElement('script');
    script.dataset.app = './assets/main-xyz.js';
    const imported: string[] = [];
    const frames: (() => void)[] = [];
    // The script's text, run as the browser runs it, with import() and the clock observed.
    const run = new Function(
      'document',
      'requestAnimationFrame',
      'setTimeout',
      'import_',
      BOOT_SCRIPT.replace('import(', 'import_('),
    );
    run(
      { querySelector: (selector: string) => (selector === 'script[data-app]' ? script : null) },
      (callback: () => void) => frames.push(callback),
      (callback: () => void) => callback(),
      (url: string) => imported.push(url),
    );
    expect(imported).toEqual([]);
    frames.forEach((frame) => frame());
    expect(imported).toEqual(['./assets/main-xyz.js']);
  });

  it('says what the build lacks instead of writing pages that never start', () => {
    expect(() => inlineBoot(BUILT.replace(/<script[^]*?<\/script>/, ''), 'assets/main-xyz.js')).toThrow(
      /0 entry scripts/,
    );
    expect(() => inlineBoot(BUILT, '../main.js')).toThrow(/not a script in assets/);
  });
});
