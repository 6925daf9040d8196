import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './support/browser';
import { DEFAULT_SLUG, loadServedProfile, publicationList, shownTitles } from './support/profile-page';

const open = setupBrowser();

/** The search box's debounce before the URL is written (src/lib/use-typed-query.ts), and some margin. */
const PAST_DEBOUNCE_MS = 400 + 300;
/** Between two keystrokes, as a person types. */
const KEYSTROKE_MS = 90;

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Rechercher dans les publications' });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /publications? affichées? sur/ });
const cards = (page: Page) => publicationList(page).getByRole('article');

/** The served profile's topic with this French label, and the titles of the publications tagged with it. */
function taggedWith(label: string) {
  const profile = loadServedProfile();
  const topic = Object.entries(profile.topicLabels?.fr ?? {}).find(([, french]) => french === label)?.[0];
  if (!topic) throw new Error(`the dataset has no topic labelled "${label}" in French`);
  const titles = profile.publications
    .filter((publication) => publication.topics.includes(topic))
    .map((publication) => publication.title);
  return { topic, titles, total: profile.publications.length };
}

async function typeAsAPerson(page: Page, text: string): Promise<void> {
  await searchBox(page).click();
  await page.keyboard.type(text, { delay: KEYSTROKE_MS });
  // Past the debounce: the URL write that follows the typing must not change what is shown.
  await page.waitForTimeout(PAST_DEBOUNCE_MS);
}

describe('searching on the French page', () => {
  test('a French topic label typed with a typo shows every paper tagged with it, counted in the status line', async () => {
    const { titles, total } = taggedWith('Apprentissage continu');
    expect(titles.length).toBeGreaterThan(1);
    expect(titles.length).toBeLessThan(total);
    const page = await open(`fr/${DEFAULT_SLUG}/`);

    await typeAsAPerson(page, 'aprentissage continu');

    await expect
      .poll(() => status(page).textContent(), { timeout: 5_000 })
      .toMatch(
        new RegExp(
          `^\\s*${titles.length} publications affichées sur ${total} correspondant à «\\s*aprentissage continu\\s*»`,
        ),
      );
    expect((await shownTitles(page)).sort()).toEqual([...titles].sort());
    expect(new URL(page.url()).searchParams.get('q')).toBe('aprentissage continu');
    // Every card says why it is there: the label it is tagged with, in French.
    for (const card of await cards(page).all())
      expect(await card.getByRole('list', { name: 'Thèmes' }).textContent()).toContain(
        'Apprentissage continu',
      );
  });

  test('a label of several words ranks the tagged papers first and the page keeps them after the URL write', async () => {
    const { titles } = taggedWith('Apprentissage par renforcement');
    const page = await open(`fr/${DEFAULT_SLUG}/`);

    await typeAsAPerson(page, 'apprentissage par renforcement');

    await expect.poll(() => shownTitles(page), { timeout: 5_000 }).toEqual(expect.arrayContaining(titles));
    expect((await shownTitles(page)).slice(0, titles.length).sort()).toEqual([...titles].sort());
  });

  test('highlights the typed words where the card prints the label', async () => {
    const { titles } = taggedWith('Apprentissage continu');
    const page = await open(`fr/${DEFAULT_SLUG}/`);

    await typeAsAPerson(page, 'apprentissage continu');

    await expect.poll(() => cards(page).count(), { timeout: 5_000 }).toBe(titles.length);
    for (const card of await cards(page).all()) {
      const marks = await card.getByRole('list', { name: 'Thèmes' }).locator('mark').allTextContents();
      expect(marks).toEqual(expect.arrayContaining(['Apprentissage', 'continu']));
    }
  });
});
