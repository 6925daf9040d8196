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

  /** Runs the script's text as a browser would, with import(), the clock and paint reports observed. */
  function runStart(lcpSupported: boolean) {
    const script = document.createElement('script');
    script.dataset.app = './assets/main-xyz.js';
    const imported: string[] = [];
    const frames: (() => void)[] = [];
    const timers: { callback: () => void; delay: number }[] = [];
    const observers: { report: () => void; options: unknown }[] = [];
    class FakeObserver {
      static supportedEntryTypes = lcpSupported ? ['paint', 'largest-contentful-paint'] : ['paint'];
      constructor(private callback: (list: unknown, observer: FakeObserver) => void) {}
      observe(options: unknown) {
        observers.push({ report: () => this.callback([], this), options });
      }
      disconnect() {}
    }
    new Function(
      'document',
      'requestAnimationFrame',
      'setTimeout',
      'PerformanceObserver',
      'import_',
      BOOT_SCRIPT.replace('import(', 'import_('),
    )(
      { querySelector: (selector: string) => (selector === 'script[data-app]' ? script : null) },
      (callback: () => void) => frames.push(callback),
      (callback: () => void, delay = 0) => timers.push({ callback, delay }),
      FakeObserver,
      (url: string) => imported.push(url),
    );
    // Runs the timers due within `upTo` ms; the others stay pending (a later call can run them).
    const runTimers = (upTo: number) => {
      const due = timers.filter(({ delay }) => delay <= upTo);
      timers.splice(0, timers.length, ...timers.filter(({ delay }) => delay > upTo));
      for (const timer of due) timer.callback();
    };
    return { imported, frames, timers, observers, runTimers };
  }

  it('imports the app named by its data-app once the largest paint is reported, once', () => {
    const { imported, frames, observers, runTimers } = runStart(true);
    expect(frames).toHaveLength(0);
    expect(observers.map(({ options }) => options)).toEqual([
      { type: 'largest-contentful-paint', buffered: true },
    ]);
    // Nothing before the report, however long short of the fallback's three seconds.
    runTimers(2999);
    runTimers(2999);
    expect(imported).toEqual([]);
    observers[0]!.report();
    runTimers(0);
    expect(imported).toEqual(['./assets/main-xyz.js']);
    observers[0]!.report();
    runTimers(3000);
    expect(imported).toEqual(['./assets/main-xyz.js']);
  });

  it('imports it after three seconds when no paint is reported, and at the next frame where none can be', () => {
    const silent = runStart(true);
    silent.runTimers(3000);
    silent.runTimers(0);
    expect(silent.imported).toEqual(['./assets/main-xyz.js']);

    const older = runStart(false);
    expect(older.observers).toHaveLength(0);
    expect(older.imported).toEqual([]);
    older.frames.forEach((frame) => frame());
    older.runTimers(0);
    expect(older.imported).toEqual(['./assets/main-xyz.js']);
  });

  it('says what the build lacks instead of writing pages that never start', () => {
    expect(() => inlineBoot(BUILT.replace(/<script[^]*?<\/script>/, ''), 'assets/main-xyz.js')).toThrow(
      /0 entry scripts/,
    );
    expect(() => inlineBoot(BUILT, '../main.js')).toThrow(/not a script in assets/);
  });
});
