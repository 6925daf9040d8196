import { describe, expect, test } from 'vitest';
import { setupBrowser } from './support/browser';
import {
  chip,
  chips,
  expectShowing,
  loadServedProfile,
  shownTitles,
  topicGroup,
} from './support/profile-page';

const open = setupBrowser();

describe('landing on the page', () => {
  test("shows the owner's name, every topic and every publication, newest first", async () => {
    const profile = loadServedProfile();
    const page = await open();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(profile.name);
    expect(await topicGroup(page).isVisible()).toBe(true);
    expect(await chips(page).count()).toBe(profile.topics.length);
    for (const topic of profile.topics) expect(await chip(page, topic).isVisible(), topic).toBe(true);

    const total = profile.publications.length;
    await expectShowing(page, total, total);
    const titles = await shownTitles(page);
    expect([...titles].sort()).toEqual(profile.publications.map((publication) => publication.title).sort());

    const yearOf = new Map(profile.publications.map((publication) => [publication.title, publication.year]));
    const years = titles.map((title) => yearOf.get(title) ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  test('shows the portrait, or initials, named by its alt text', async () => {
    const profile = loadServedProfile();
    const page = await open();
    const name = profile.portrait?.alt ?? profile.name;
    expect(await page.getByRole('img', { name }).first().isVisible()).toBe(true);
  });
});
