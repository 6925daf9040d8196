import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './support/browser';
import { articles, expectShowing, loadServedProfile, statusText } from './support/profile-page';

const open = setupBrowser();

const chart = (page: Page) => page.getByRole('toolbar', { name: 'Publications per year' });
const bar = (page: Page, year: number) =>
  chart(page).getByRole('button', { name: new RegExp(`^${year}: \\d+ publications?$`) });

/** The year printed on each shown card (the page's own words). */
const cardYears = (page: Page) =>
  articles(page).evaluateAll((cards) =>
    cards.map((card) => Number(/\b(19|20)\d\d\b/.exec(card.textContent ?? '')?.[0])),
  );

describe('publications per year', () => {
  test('a bar filters the list to its year, shows in the URL and status, and Back undoes it', async () => {
    const profile = loadServedProfile();
    const total = profile.publications.length;
    const years = profile.publications.map((publication) => publication.year);
    const busiest = [...new Set(years)].sort(
      (a, b) => years.filter((year) => year === b).length - years.filter((year) => year === a).length,
    )[0]!;
    const page = await open();
    const promised = Number(
      /: (\d+) publications?/.exec((await bar(page, busiest).textContent()) ?? '')?.[1],
    );

    await bar(page, busiest).click();

    await expectShowing(page, promised, total);
    expect(new Set(await cardYears(page))).toEqual(new Set([busiest]));
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(busiest));
    expect(await statusText(page).textContent()).toContain(`from ${busiest}`);
    expect(await bar(page, busiest).getAttribute('aria-pressed')).toBe('true');

    await page.goBack();
    await expectShowing(page, total, total);
    expect(new URL(page.url()).searchParams.has('year')).toBe(false);
  });

  test('keyboard: one Tab stop, arrows move, Enter chooses, Shift+Enter extends to a range', async () => {
    const profile = loadServedProfile();
    const years = profile.publications.map((publication) => publication.year);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const page = await open();
    const bars = chart(page).getByRole('button');
    expect(await bars.count()).toBe(last - first + 1);
    expect(
      await bars.evaluateAll((buttons) => buttons.filter((button) => button.tabIndex === 0).length),
    ).toBe(1);

    await bars.first().focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(String(first));
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(`${first}-${last}`);
    await expectShowing(page, profile.publications.length, profile.publications.length);
  });

  test('reads well at 375 px: every bar is at least 8 px wide and inside the screen', async () => {
    const page = await open('', { width: 375 });
    const boxes = await chart(page)
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().toJSON() as DOMRect));
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(8);
      expect(box.right).toBeLessThanOrEqual(375);
    }
  });
});
