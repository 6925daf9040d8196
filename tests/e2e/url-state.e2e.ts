import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './support/browser';
import {
  chip,
  loadServedProfile,
  chooseMatch,
  matchRadio,
  search,
  searchBox,
  shownTitles,
  sortSelect,
  statusText,
} from './support/profile-page';

const open = setupBrowser();

async function snapshot(page: Page, topic: string) {
  return {
    status: (await statusText(page).textContent())?.trim(),
    titles: await shownTitles(page),
    query: await searchBox(page).inputValue(),
    sort: await sortSelect(page).locator('option:checked').textContent(),
    chipPressed: await chip(page, topic).getAttribute('aria-pressed'),
    allChecked: await matchRadio(page, 'all').isChecked(),
  };
}

describe('the URL', () => {
  test('pasted into a fresh page gives the same view', async () => {
    const profile = loadServedProfile();
    // Two topics some publication shares (picked from the data; the page's filtering is what is tested).
    const pair = profile.publications.find((publication) => publication.topics.length > 1)?.topics;
    const [topic, other] = pair ?? [];
    if (!topic || !other) throw new Error('the dataset has no publication with two topics');
    const page = await open();

    await sortSelect(page).selectOption({ label: 'Title A–Z' });
    const sorted = await shownTitles(page);
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'en')));
    await chip(page, topic).click();
    await chip(page, other).click();
    await chooseMatch(page, 'all');
    await search(page, 'learning');
    await expect.poll(() => page.url(), { timeout: 5_000 }).toMatch(/[?&]q=learning\b/);
    expect(page.url()).toMatch(/[?&]sort=title\b/);
    expect(page.url()).toMatch(/[?&]topics=/);
    expect(page.url()).toMatch(/[?&]mode=all\b/);
    const before = await snapshot(page, topic);
    expect(before.titles.length).toBeGreaterThan(0);

    const fresh = await open(page.url());
    expect(await snapshot(fresh, topic)).toEqual(before);
  });

  test('?profile= with an unknown slug says the profile was not found', async () => {
    const page = await open('?profile=no-such-person', {
      // The browser itself logs the 404 the page asked for; that one is expected.
      allowConsoleErrors: [/status of 404 .*\/profiles\/no-such-person\.json/],
    });

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Profile not found');
    expect(await page.getByText('no-such-person').first().isVisible()).toBe(true);
  });
});
