import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './support/browser';
import {
  articles,
  loadServedProfile,
  search,
  searchBox,
  shownTitles,
  sortSelect,
} from './support/profile-page';

const open = setupBrowser();

const SOFTMAX = 'Softmax is not Enough (for Sharp Size Generalisation)';
const FINE_GRAINED = 'Improving fine-grained understanding in image-text pre-training';
const NORMALIZATION = 'Normalization and effective learning rates in reinforcement learning';

function publication(title: string) {
  const found = loadServedProfile().publications.find((candidate) => candidate.title === title);
  if (!found) throw new Error(`the dataset has no publication titled "${title}"`);
  return found;
}

/** Waits for the list to settle on results that include `title`; returns them. */
async function resultsIncluding(page: Page, title: string): Promise<string[]> {
  await expect.poll(() => shownTitles(page), { timeout: 5_000 }).toContain(title);
  return shownTitles(page);
}

describe('searching', () => {
  test('by words of a title puts that publication first, sorted by relevance', async () => {
    const total = loadServedProfile().publications.length;
    publication(SOFTMAX);
    const page = await open();

    await search(page, 'softmax sharp');
    const titles = await resultsIncluding(page, SOFTMAX);
    expect(titles[0]).toBe(SOFTMAX);
    expect(titles.length).toBeLessThan(total);
    expect(await sortSelect(page).locator('option:checked').textContent()).toBe('Relevance');
  });

  test('by a coauthor typed without accents', async () => {
    const total = loadServedProfile().publications.length;
    expect(publication(FINE_GRAINED).authors).toContain('Matko Bošnjak');
    const page = await open();

    await search(page, 'matko bosnjak');
    expect((await resultsIncluding(page, FINE_GRAINED)).length).toBeLessThan(total);

    await search(page, 'velickovic');
    expect((await resultsIncluding(page, SOFTMAX)).length).toBeLessThan(total);
  });

  test('with a typo still finds the publication', async () => {
    publication(NORMALIZATION);
    const page = await open();

    await search(page, 'reinforcment lerning');
    await resultsIncluding(page, NORMALIZATION);
  });

  test('clicking an author searches for that author', async () => {
    const total = loadServedProfile().publications.length;
    const page = await open();
    const card = articles(page).filter({ hasText: FINE_GRAINED });

    const author = card.getByRole('button', { name: 'Matko Bošnjak', exact: true });
    if (!(await author.isVisible()))
      await card.getByRole('button', { name: /^\+ \d+ more authors?$/ }).click();
    await author.click();
    expect(await searchBox(page).inputValue()).toContain('Matko Bošnjak');
    expect((await resultsIncluding(page, FINE_GRAINED)).length).toBeLessThan(total);
  });

  test('"/" focuses the search box and Esc clears it', async () => {
    const total = loadServedProfile().publications.length;
    const page = await open();

    await page.keyboard.press('/');
    expect(await searchBox(page).evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await searchBox(page).inputValue()).toBe('');
    await page.keyboard.type('softmax');
    await resultsIncluding(page, SOFTMAX);

    await page.keyboard.press('Escape');
    expect(await searchBox(page).inputValue()).toBe('');
    await expect.poll(() => articles(page).count()).toBe(total);
  });
});
