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
    // Every topic is there: as a chip when a publication has it, else in the "Also works on" line.
    const used = profile.topics.filter((topic) =>
      profile.publications.some((publication) => publication.topics.includes(topic)),
    );
    expect(await chips(page).count()).toBe(used.length);
    for (const topic of used) expect(await chip(page, topic).isEnabled(), topic).toBe(true);
    const others = await topicGroup(page)
      .getByText(/^Also works on:/)
      .textContent();
    for (const topic of profile.topics.filter((candidate) => !used.includes(candidate)))
      expect(others, topic).toContain(topic);

    const total = profile.publications.length;
    await expectShowing(page, total, total);
    const titles = await shownTitles(page);
    expect([...titles].sort()).toEqual(profile.publications.map((publication) => publication.title).sort());

    const yearOf = new Map(profile.publications.map((publication) => [publication.title, publication.year]));
    const years = titles.map((title) => yearOf.get(title) ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  test('shows the portrait named by its alt text, or initials hidden from assistive technology', async () => {
    const profile = loadServedProfile();
    const page = await open();
    // The header sits inside <main>, so it is no banner landmark: look around the name's heading.
    const header = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) });
    if (profile.portrait?.src) {
      expect(await header.getByRole('img', { name: profile.portrait.alt }).isVisible()).toBe(true);
      return;
    }
    expect(await header.getByRole('img').count()).toBe(0);
    const initials = profile.name
      .split(/\s+/)
      .map((word) => word[0])
      .join('');
    expect(
      await header.getByText(initials.slice(0, 1) + initials.slice(-1), { exact: true }).isVisible(),
    ).toBe(true);
  });
});
