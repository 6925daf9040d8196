import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './support/browser';
import {
  articles,
  chip,
  chooseMatch,
  chips,
  expectShowing,
  loadServedProfile,
  searchBox,
  statusText,
} from './support/profile-page';

// What a visitor meets in the first minute (issue 7), paced as a visitor paces it: typed searches
// are given time to settle in the URL (400 ms) before the next step.

const open = setupBrowser();
const SETTLE_MS = 1_000;

async function typeAndSettle(page: Page, text: string) {
  await searchBox(page).pressSequentially(text, { delay: 30 });
  await page.waitForTimeout(SETTLE_MS);
}

const queryOf = (page: Page) => new URL(page.url()).searchParams;

describe('clearing a typed search', () => {
  for (const button of ['Clear search and filters', 'Clear filters']) {
    test(`"${button}" empties the box and shows every publication`, async () => {
      const total = loadServedProfile().publications.length;
      const page = await open();

      await typeAndSettle(page, 'quantum');
      expect(queryOf(page).get('q')).toBe('quantum');
      await expectShowing(page, 0, total);

      await page.getByRole('button', { name: button, exact: true }).click();
      await page.waitForTimeout(SETTLE_MS);

      expect(await searchBox(page).inputValue()).toBe('');
      await expectShowing(page, total, total);
      expect(queryOf(page).toString()).toBe('');
    });
  }

  test('the × button in the box clears it, for touch keyboards without Esc', async () => {
    const total = loadServedProfile().publications.length;
    const page = await open();
    const clear = page.getByRole('button', { name: 'Clear search', exact: true });
    expect(await clear.count()).toBe(0);

    await typeAndSettle(page, 'softmax');
    await clear.click();

    expect(await searchBox(page).inputValue()).toBe('');
    await expectShowing(page, total, total);
    expect(await searchBox(page).evaluate((input) => input === document.activeElement)).toBe(true);
  });
});

describe('Back after a search', () => {
  test('stays on the site and returns to the page as it was before the search', async () => {
    const profile = loadServedProfile();
    const total = profile.publications.length;
    const page = await open();
    await typeAndSettle(page, 'learning');
    await searchBox(page).pressSequentially(' rates', { delay: 30 });
    await page.waitForTimeout(SETTLE_MS);
    expect(queryOf(page).get('q')).toBe('learning rates');

    await page.goBack();

    expect(page.url()).not.toBe('about:blank');
    expect(queryOf(page).get('q')).toBeNull();
    expect(await searchBox(page).inputValue()).toBe('');
    await expectShowing(page, total, total);
  });

  test('after two topics and a search, steps back through each', async () => {
    const profile = loadServedProfile();
    const [first, second] = [...profile.topics].filter(
      (topic) => profile.publications.filter((publication) => publication.topics.includes(topic)).length > 0,
    );
    if (!first || !second) throw new Error('the dataset needs two topics with publications');
    const page = await open();
    await chip(page, first).click();
    await chip(page, second).click();
    const twoTopics = page.url();

    await typeAndSettle(page, 'learning');
    await page.goBack();

    expect(page.url()).toBe(twoTopics);
    expect(await chip(page, first).getAttribute('aria-pressed')).toBe('true');
    expect(await chip(page, second).getAttribute('aria-pressed')).toBe('true');
    expect(await searchBox(page).inputValue()).toBe('');
    await page.goBack();
    expect(await chip(page, second).getAttribute('aria-pressed')).toBe('false');
    expect(await chip(page, first).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('"All selected topics" has no dead ends', () => {
  test('each chip promises what clicking it shows; a chip that would show nothing is disabled and says why', async () => {
    const page = await open('?topics=continual-learning,reinforcement-learning');
    await chooseMatch(page, 'all');

    let promisesChecked = 0;
    for (const button of await chips(page).all()) {
      const name = (await button.textContent()) ?? '';
      const promised = Number(/(\d+)\s*$/.exec(name)?.[1]);
      if ((await button.getAttribute('aria-pressed')) === 'true') continue;
      if (promised === 0) {
        expect(await button.isDisabled(), name).toBe(true);
        const why = await button.evaluate(
          (element) => document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent,
        );
        expect(why).toMatch(/^Greyed-out topics have no publication together with /);
        continue;
      }
      const before = page.url();
      await button.click();
      await expect.poll(() => articles(page).count()).toBe(promised);
      await page.goBack();
      await expect.poll(() => page.url()).toBe(before);
      promisesChecked += 1;
    }
    expect(promisesChecked).toBeGreaterThan(0);
  });

  test('an empty result offers a way out that keeps the topics', async () => {
    const page = await open('?topics=continual-learning,deep-learning,reinforcement-learning&mode=all');
    await expect.poll(() => articles(page).count()).toBe(0);

    const wayOut = page.getByRole('button', {
      name: /^(Remove “.+”|Match any selected topic) \(\d+ publications?\)$/,
    });
    const [label] = await wayOut.allTextContents();
    const promised = Number(/\((\d+) publications?\)$/.exec(label ?? '')?.[1]);
    expect(promised).toBeGreaterThan(0);
    await wayOut.first().click();
    await expect.poll(() => articles(page).count()).toBe(promised);
    expect(queryOf(page).get('topics')).not.toBeNull();
  });
});

describe('on a phone (375 × 812)', () => {
  test('the search box and the first paper are on the first screen, and a chip tap shows its effect', async () => {
    const page = await open('', { width: 375, height: 812 });

    const box = await searchBox(page).boundingBox();
    expect(box, 'search box').not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(812);

    const firstChip = chips(page).first();
    await firstChip.click();
    const status = await statusText(page).boundingBox();
    expect(status!.y).toBeGreaterThanOrEqual(0);
    expect(status!.y + status!.height).toBeLessThanOrEqual(812);
  });
});

describe('links and URL state', () => {
  test('an unknown topic in a shared link is dropped from the URL and said once', async () => {
    const profile = loadServedProfile();
    const page = await open('?topics=nonexistent');

    await expect.poll(() => queryOf(page).get('topics')).toBeNull();
    expect(await statusText(page).textContent()).toContain(
      "The link's topic “nonexistent” is not on this profile and was ignored",
    );
    await expectShowing(page, profile.publications.length, profile.publications.length);
  });
});

/** Resolves once the page has gone `quietMs` without a scroll event (an animated scroll has ended). */
async function scrollComesToRest(page: Page, quietMs = 250) {
  await page.evaluate(
    (quiet) =>
      new Promise<void>((rest) => {
        let timer = setTimeout(finish, quiet);
        function onScroll() {
          clearTimeout(timer);
          timer = setTimeout(finish, quiet);
        }
        function finish() {
          removeEventListener('scroll', onScroll);
          rest();
        }
        addEventListener('scroll', onScroll);
      }),
    quietMs,
  );
}

describe('focus is never hidden under the sticky search bar', () => {
  // Chromium animates keyboard scrolling (End here), reduced motion or not, and a focus scroll made
  // while that animation runs is undone by its next frame: at 200 % zoom the first stop that needs a
  // scroll came within the animation's ~180 ms, and the page slid back to the bottom, leaving that
  // stop at 1 px under the bar. A visitor's next key comes later; the journey waits as they would.
  for (const [label, width, height] of [
    ['desktop', 1280, 900],
    ['200% zoom', 640, 450],
  ] as const) {
    test(`Shift+Tab backwards through the page (${label})`, async () => {
      const page = await open('', { width, height });
      await articles(page).first().waitFor();
      await page.keyboard.press('End');
      await scrollComesToRest(page);
      await page.locator('body').focus();
      const hidden: string[] = [];
      let stops = 0;
      for (let step = 0; step < 200; step += 1) {
        await page.keyboard.press('Shift+Tab');
        // Where the focused control is once scrolling has settled: covered when the bar is stuck at
        // the top and is what sits on the control's top edge (a control drawn above the bar, such
        // as the skip link, is not covered).
        const measure = () =>
          page.evaluate(async () => {
            await new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled)));
            const active = document.activeElement as HTMLElement | null;
            if (!active || active === document.body) return null;
            const bar = document
              .querySelector<HTMLElement>('input[type="search"]')
              ?.closest<HTMLElement>('.sticky');
            if (!bar || bar.contains(active)) return { covered: false, what: '' };
            const barBox = bar.getBoundingClientRect();
            const box = active.getBoundingClientRect();
            const stuck = barBox.top <= 0.5;
            const overlaps = box.top < barBox.bottom - 1 && box.bottom > barBox.top;
            const onTop = document.elementFromPoint(
              box.left + Math.min(4, box.width / 2),
              Math.max(box.top + 1, 0),
            );
            return {
              covered: stuck && overlaps && !(onTop && active.contains(onTop)),
              what: `${active.tagName.toLowerCase()} “${(active.getAttribute('aria-label') ?? active.textContent ?? '').slice(0, 40)}” at ${Math.round(box.top)} px, bar ${Math.round(barBox.top)}–${Math.round(barBox.bottom)} px`,
            };
          });
        let state = await measure();
        // A page still settling (a chunk arriving) gets one more look before a stop counts as hidden.
        if (state?.covered) state = await measure();
        if (state === null) break;
        stops += 1;
        if (state.covered) hidden.push(state.what);
      }
      expect(stops).toBeGreaterThan(10);
      expect(hidden, `${hidden.length} of ${stops} focus stops were under the sticky bar`).toEqual([]);
    });
  }
});
