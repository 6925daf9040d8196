import { describe, expect, test } from 'vitest';
import { axeCheck } from './support/axe';
import { setupBrowser } from './support/browser';
import { loadServedProfile } from './support/profile-page';

// Issue 13: the institute's pages, prerendered like the profiles and built from the same data.

const open = setupBrowser();
const profile = loadServedProfile();

describe('the members page', () => {
  test('a card per member links to their profile; search and topics filter and live in the URL', async () => {
    const page = await open('people/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Members');
    await page.getByRole('link', { name: profile.name }).click();
    await page.waitForURL(/\/razvan-pascanu\/$/);
    await page.goBack();

    const search = page.getByRole('searchbox', { name: 'Search members' });
    await search.fill('pascanu');
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Showing 1 of 1 member/);
    await search.fill('nobody-here');
    await expect.poll(() => page.getByRole('link', { name: profile.name }).count()).toBe(0);
    // Written to the URL once typing settles, as on the profile page.
    await expect.poll(() => page.url(), { timeout: 3000 }).toMatch(/[?&]q=nobody-here\b/);
    await search.fill('');
    const topics = page.getByRole('group', { name: 'Research topics' });
    await topics.getByRole('button', { name: new RegExp(`^${profile.topics[0]}`) }).click();
    await expect.poll(() => page.url()).toMatch(/[?&]topics=/);
    expect(await page.getByRole('link', { name: profile.name }).count()).toBe(1);
  });

  test('in French: labels, topic names and links to the French profile', async () => {
    const page = await open('fr/people/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Membres');
    expect(await page.getByRole('searchbox', { name: 'Rechercher des membres' }).count()).toBe(1);
    const href = await page.getByRole('link', { name: profile.name }).getAttribute('href');
    expect(new URL(href!, page.url()).pathname).toBe('/fr/razvan-pascanu/');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/people\/$/);
  });

  test.each([
    { url: 'people/', width: 375, colorScheme: 'light' as const },
    { url: 'fr/people/', width: 1280, colorScheme: 'dark' as const },
  ])('passes axe: $url at $width px, $colorScheme', async ({ url, width, colorScheme }) => {
    const page = await open(url, { width, colorScheme });
    await axeCheck(page, `${url} at ${width} px, ${colorScheme}`);
  });
});

describe('the institute’s publication list', () => {
  test('lists every member’s publications once, with search, and member authors linked', async () => {
    const page = await open('publications/');
    await expect.poll(() => page.getByRole('article').count()).toBe(profile.publications.length);
    const firstCard = page.getByRole('article').first();
    expect(
      await firstCard.getByRole('link', { name: `${profile.name}’s profile` }).getAttribute('href'),
    ).toBe('../razvan-pascanu/');
    await page.getByRole('searchbox', { name: 'Search publications' }).fill('softmax');
    await expect.poll(() => page.getByRole('article').count(), { timeout: 3000 }).toBe(1);
    await axeCheck(page, 'publications/');
  });
});
