// What the bench installs in the page, and how it types into it. The page's parts are strings, not
// functions: tsx adds helpers (`__name`) to functions that do not exist in the page.
import type { Locator, Page } from 'playwright-core';

/**
 * Installed before navigation (`page.addInitScript`), so it sees the whole load:
 * - long tasks (a `longtask` PerformanceObserver) and the first paint;
 * - React commits, through a minimal React DevTools hook (React calls it once per commit, in
 *   production builds too);
 * - `window.__bench.start()` (called once the index is ready) times each keystroke:
 *   - echo: keydown → the frame after the `input` event is painted (the typed character on screen);
 *   - lastVisible: keydown → the frame after the last visible DOM change is painted; a change is
 *     visible when its element is rendered (checkVisibility) and inside the viewport, larger than
 *     1×1 px (not a visually hidden live region); a removal counts unless its neighbours show it
 *     was above or below the viewport; attributes re-set to the value they had, and attributes
 *     that change nothing on screen (aria-*, data-*, href, …), are ignored;
 *   - lastAny: the same for any DOM change, on screen or not;
 *   - commits: React commits from the keydown until the next keystroke.
 * Visibility is judged after the paint, when layout is clean, so the probe forces no extra layout.
 * "After the paint" is the message posted from the next requestAnimationFrame callback.
 */
export const PAGE_PROBE = `(() => {
  const bench = {
    longTasks: [], firstPaint: null, commits: 0, keys: [], current: null,
    lastMutation: 0, pendingPaints: 0, started: false, paused: false, pauses: [],
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (bench.firstPaint === null || entry.startTime < bench.firstPaint) bench.firstPaint = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {}
  if (!window.__REACT_DEVTOOLS_GLOBAL_HOOK__) {
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject() { return 1; },
      checkDCE() {},
      onCommitFiberRoot() {
        bench.commits++;
        if (bench.current) bench.current.commits++;
      },
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onScheduleFiberRoot() {},
      setStrictMode() {},
    };
  }

  const afterPaint = (callback) => {
    bench.pendingPaints++;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.pendingPaints--;
        callback(performance.now());
      };
      channel.port2.postMessage(null);
    });
  };

  const NOT_ON_SCREEN = /^(aria-|data-)|^(href|rel|target|role|id|tabindex|name|title|for|autocomplete|lang|translate)$/;
  const isChange = (record) => {
    if (record.type === 'attributes')
      return !NOT_ON_SCREEN.test(record.attributeName) &&
        record.target.getAttribute(record.attributeName) !== record.oldValue;
    if (record.type === 'characterData') return record.target.data !== record.oldValue;
    return record.addedNodes.length > 0 || record.removedNodes.length > 0;
  };
  const elementOf = (node) => (node.nodeType === 1 ? node : node.parentElement);
  const onScreen = (node) => {
    const element = node && elementOf(node);
    if (!element || !element.isConnected) return false;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }))
      return false;
    const box = element.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && box.bottom > 0 && box.right > 0 &&
      box.top < innerHeight && box.left < innerWidth;
  };
  const isVisible = (record) => {
    if (record.type !== 'childList') return onScreen(record.target);
    if ([...record.addedNodes].some((node) => node.isConnected && onScreen(node))) return true;
    if (record.removedNodes.length === 0) return false;
    const before = record.previousSibling && elementOf(record.previousSibling);
    const after = record.nextSibling && elementOf(record.nextSibling);
    if (before && before.isConnected && before !== record.target && before.getBoundingClientRect().top >= innerHeight)
      return false;
    if (after && after.isConnected && after !== record.target && after.getBoundingClientRect().bottom <= 0)
      return false;
    return onScreen(record.target);
  };

  bench.frameInterval = () => new Promise((resolve) => {
    const stamps = [];
    const tick = (time) => {
      stamps.push(time);
      if (stamps.length < 31) requestAnimationFrame(tick);
      else {
        const deltas = stamps.slice(1).map((stamp, index) => stamp - stamps[index]).sort((a, b) => a - b);
        resolve(deltas[Math.floor(deltas.length / 2)]);
      }
    };
    requestAnimationFrame(tick);
  });

  bench.start = () => {
    if (bench.started) return;
    bench.started = true;
    addEventListener('keydown', (event) => {
      if (bench.paused) return;
      const key = { t0: event.timeStamp, echo: null, lastVisible: null, lastAny: null, commits: 0,
        changes: 0, visibleFrames: 0, echoPending: false };
      bench.keys.push(key);
      bench.current = key;
    }, true);
    addEventListener('input', () => {
      const key = bench.current;
      if (!key || key.echoPending) return;
      key.echoPending = true;
      afterPaint((now) => { key.echo = now - key.t0; });
    }, true);
    new MutationObserver((records) => {
      const changes = records.filter(isChange);
      if (changes.length === 0) return;
      bench.lastMutation = performance.now();
      const key = bench.current;
      if (!key) return;
      key.changes += changes.length;
      afterPaint((now) => {
        key.lastAny = now - key.t0;
        if (changes.some(isVisible)) {
          key.lastVisible = now - key.t0;
          key.visibleFrames++;
        }
      });
    }).observe(document.documentElement, {
      subtree: true, childList: true, characterData: true, characterDataOldValue: true,
      attributes: true, attributeOldValue: true,
    });
  };
})()`;

/** True once the keystroke's echo is painted and the DOM has been still for `quietMs`. */
export const settled = (quietMs: number) => `(() => {
  const bench = window.__bench;
  const key = bench.current;
  if (!key || bench.pendingPaints > 0) return false;
  if (key.echo === null && performance.now() - key.t0 < 2000) return false;
  return performance.now() - Math.max(bench.lastMutation, key.t0) >= ${quietMs};
})()`;

/** Stops timing keystrokes (while the box is cleared between queries). */
export const PAUSE = `window.__bench.paused = true; window.__bench.current = null; window.__bench.pauses.push([performance.now(), Infinity])`;

export const RESUME = `window.__bench.paused = false; window.__bench.pauses.at(-1)[1] = performance.now()`;

/** True once the DOM has been still for `quietMs` and no paint is awaited. */
export const quiet = (quietMs: number) =>
  `window.__bench.pendingPaints === 0 && performance.now() - window.__bench.lastMutation >= ${quietMs}`;

/** Between keystrokes of one query: still for this long, the next key goes (a brisk typist's pace). */
const KEY_QUIET_MS = 250;
/** After a query's last key: long enough for the URL write (400 ms after typing stops) and what it renders. */
const QUERY_QUIET_MS = 750;
const SETTLE_TIMEOUT_MS = 5_000;

/**
 * Polls `expression` in the page every 20 ms until it holds or `timeoutMs` pass. Not
 * `page.waitForFunction`: it evaluates a string predicate with `eval`, which the page's policy
 * (`script-src 'self'`) refuses, so every wait returned at once and keystrokes went 70–110 ms apart.
 */
export async function waitInPage(
  page: Page,
  expression: string,
  timeoutMs = SETTLE_TIMEOUT_MS,
): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const deadline = performance.now() + ${timeoutMs};
    const poll = () => (${expression}) || performance.now() > deadline ? resolve(null) : setTimeout(poll, 20);
    poll();
  })`);
}

/** Types `text` into the focused box a key at a time, each once the page has settled after the last. */
export async function typeQuery(page: Page, text: string): Promise<void> {
  const characters = [...text];
  for (const [index, character] of characters.entries()) {
    await page.keyboard.press(character === ' ' ? 'Space' : character);
    await waitInPage(page, settled(index === characters.length - 1 ? QUERY_QUIET_MS : KEY_QUIET_MS));
  }
}

/** Empties the box untimed (PAUSE … RESUME) and waits until the page is still, focus in the box. */
export async function clearBox(page: Page, box: Locator): Promise<void> {
  await page.evaluate(PAUSE);
  await box.fill('');
  await box.focus();
  await waitInPage(page, quiet(QUERY_QUIET_MS));
  await page.evaluate(RESUME);
}
