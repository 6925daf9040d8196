import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './support/browser';
import {
  articles,
  chip,
  chips,
  chooseMatch,
  expectShowing,
  loadServedProfile,
  matchRadio,
  search,
  searchBox,
  statusText,
} from './support/profile-page';

const open = setupBrowser();

/** The topics printed on each shown card (the page's own words, not a second filter). */
async function cardTopics(page: Page): Promise<string[][]> {
  return articles(page).evaluateAll((cards) =>
    cards.map((card) =>
      [...(card.querySelector('[aria-label="Topics"]')?.querySelectorAll('li') ?? [])].map((item) =>
        (item.textContent ?? '').replace(/^\s*·\s*/, '').trim(),
      ),
    ),
  );
}

async function shownCount(page: Page): Promise<number> {
  const text = (await statusText(page).textContent()) ?? '';
  return Number(/Showing (\d+) of/.exec(text)?.[1]);
}

/** A chip's promised count, from its name ("Deep Learning 6"). */
async function promised(page: Page, topic: string): Promise<number> {
  return Number(/(\d+)\s*$/.exec((await chip(page, topic).textContent()) ?? '')?.[1]);
}

/** Two topics with publications of their own, the two with the most. */
async function twoBusyTopics(page: Page): Promise<[string, string]> {
  const profile = loadServedProfile();
  const counted = await Promise.all(
    profile.topics.map(
      async (topic) =>
        [
          topic,
          (await chips(page).filter({ hasText: topic }).count()) ? await promised(page, topic) : 0,
        ] as const,
    ),
  );
  const [first, second] = counted.filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]);
  if (!first || !second) throw new Error('the dataset needs two topics with publications');
  return [first[0], second[0]];
}

describe('filtering by topics', () => {
  test('Any shows publications with either topic; All only those with both', async () => {
    const total = loadServedProfile().publications.length;
    const page = await open();
    const [first, second] = await twoBusyTopics(page);
    expect(await matchRadio(page, 'any').count(), 'no match switch before two topics').toBe(0);

    const firstCount = await promised(page, first);
    await chip(page, first).click();
    expect(await chip(page, first).getAttribute('aria-pressed')).toBe('true');
    await expectShowing(page, firstCount, total);
    for (const topics of await cardTopics(page)) expect(topics).toContain(first);

    const secondCount = await promised(page, second);
    await chip(page, second).click();
    const any = await shownCount(page);
    expect(any).toBeGreaterThanOrEqual(Math.max(firstCount, secondCount));
    expect(any).toBeLessThanOrEqual(firstCount + secondCount);
    for (const topics of await cardTopics(page))
      expect(topics.includes(first) || topics.includes(second), topics.join(', ')).toBe(true);
    expect(await matchRadio(page, 'any').isChecked()).toBe(true);

    await chooseMatch(page, 'all');
    await expect.poll(() => shownCount(page)).toBeLessThan(any + 1);
    const all = await shownCount(page);
    expect(await articles(page).count()).toBe(Math.min(all, 50));
    for (const topics of await cardTopics(page))
      expect(topics).toEqual(expect.arrayContaining([first, second]));
    expect(page.url()).toMatch(/[?&]mode=all\b/);
    expect(page.url()).toMatch(/[?&]topics=[^&]*%2C|[?&]topics=[^&]*,/);

    await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
    await expectShowing(page, total, total);
    expect(await chip(page, first).getAttribute('aria-pressed')).toBe('false');
    expect(await matchRadio(page, 'any').count()).toBe(0);
  });

  test('Back undoes the last chip', async () => {
    const total = loadServedProfile().publications.length;
    const page = await open();
    const [first, second] = await twoBusyTopics(page);
    const firstCount = await promised(page, first);

    await chip(page, first).click();
    await expectShowing(page, firstCount, total);
    await chip(page, second).click();
    await expect.poll(() => shownCount(page)).toBeGreaterThanOrEqual(firstCount);

    await page.goBack();
    await expectShowing(page, firstCount, total);
    expect(await chip(page, first).getAttribute('aria-pressed')).toBe('true');
    expect(await chip(page, second).getAttribute('aria-pressed')).toBe('false');

    await page.goBack();
    await expectShowing(page, total, total);
    expect(await chip(page, first).getAttribute('aria-pressed')).toBe('false');
  });

  test("the empty state's clear button clears the search and the topics", async () => {
    const total = loadServedProfile().publications.length;
    const page = await open();
    const [topic] = await twoBusyTopics(page);

    await chip(page, topic).click();
    await search(page, 'qwxzvqj');
    await expectShowing(page, 0, total);
    expect(await page.getByText('No publications match').isVisible()).toBe(true);
    const clear = page.getByRole('button', { name: 'Clear search and filters', exact: true });
    expect(await clear.count()).toBe(1);

    await clear.click();
    await expectShowing(page, total, total);
    expect(await searchBox(page).inputValue()).toBe('');
    expect(await chip(page, topic).getAttribute('aria-pressed')).toBe('false');
  });
});
