import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Publication } from '../../src/data/profile-schema';
import { setupBrowser } from './support/browser';
import { articles, loadServedProfile } from './support/profile-page';

const open = setupBrowser();

/** The last few words of an abstract: only on screen when it is expanded (or fits). */
const ending = (publication: Publication) =>
  (publication.abstract ?? '')
    .split(/\s+/)
    .slice(-6)
    .join(' ')
    .replace(/[.…]+$/, '');

/** The first card (in page order) whose abstract needs a "See more" button, and its data. */
async function firstExpandable(page: Page): Promise<{ card: Locator; publication: Publication }> {
  const title = await articles(page)
    .filter({ has: page.getByRole('button', { name: 'See more', exact: true }) })
    .first()
    .getByRole('heading', { level: 3 })
    .textContent();
  const publication = loadServedProfile().publications.find(
    (candidate) => candidate.title === title?.replace(/\s+/g, ' ').trim(),
  );
  if (!publication) throw new Error(`no card with a "See more" button, or unknown title "${title}"`);
  // Found by its title from now on: "has a See more button" stops being true once it is expanded.
  const card = articles(page).filter({
    has: page.getByRole('heading', { level: 3, name: publication.title, exact: true }),
  });
  return { card, publication };
}

const cardText = async (card: Locator) => ((await card.innerText()) ?? '').replace(/\s+/g, ' ');

describe('expanding an abstract', () => {
  test('with the mouse: See more shows the whole abstract, See less hides it again', async () => {
    const page = await open();
    const { card, publication } = await firstExpandable(page);
    const toggle = card.getByRole('button', { name: /^See (more|less)$/ });

    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const controlled = await toggle.getAttribute('aria-controls');
    expect(controlled, 'aria-controls').toBeTruthy();
    expect(await cardText(card)).not.toContain(ending(publication));

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.textContent()).toMatch(/See less/);
    expect(await page.locator(`[id="${controlled}"]`).isVisible()).toBe(true);
    expect(await cardText(card)).toContain(ending(publication));

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await cardText(card)).not.toContain(ending(publication));
  });

  test('with the keyboard only: Tab to See more, Enter opens, Space closes', async () => {
    const page = await open();
    const { card, publication } = await firstExpandable(page);
    const toggle = card.getByRole('button', { name: /^See (more|less)$/ });
    const isFocused = () => toggle.evaluate((button) => button === document.activeElement);

    for (let presses = 0; presses < 150 && !(await isFocused()); presses++) await page.keyboard.press('Tab');
    expect(await isFocused(), 'See more reached with Tab').toBe(true);

    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await isFocused(), 'focus stays on the toggle').toBe(true);
    expect(await cardText(card)).toContain(ending(publication));

    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await isFocused(), 'focus stays on the toggle').toBe(true);
  });

  test('an abstract the source cut short says so and links to the full one', async () => {
    const truncated = loadServedProfile().publications.find((publication) => publication.abstractTruncated);
    if (!truncated) throw new Error('the dataset has no truncated abstract to check');
    const page = await open();
    const card = articles(page).filter({ hasText: truncated.title });

    const toggle = card.getByRole('button', { name: 'See more', exact: true });
    if (await toggle.count()) await toggle.click();
    expect(await card.getByText('The source cut this abstract short.').isVisible()).toBe(true);
    const link = card.getByRole('link', { name: 'Read the full abstract' });
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
  });
});
