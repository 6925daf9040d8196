import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './support/browser';
import { disclosure } from './support/disclosure';
import {
  articles,
  chip,
  chips,
  loadServedProfile,
  matchRadio,
  publicationList,
  searchBox,
} from './support/profile-page';

const openBrowser = setupBrowser();

/** Opens the page once its cards are there (they arrive a moment after the header). */
async function open(...args: Parameters<typeof openBrowser>): Promise<Page> {
  const page = await openBrowser(...args);
  await articles(page).first().waitFor();
  return page;
}

/** Where focus is, relative to the publication list. */
const focusPlace = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'none';
    const heading = [...document.querySelectorAll('h2')].find((h2) => h2.textContent === 'Publications');
    const list = heading?.closest('section')?.querySelector('ol');
    if (list?.contains(element)) return 'list';
    return list && list.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING
      ? 'after'
      : 'before';
  });

/** A card by its title; the title is its heading. */
const cardTitled = (page: Page, title: string) =>
  articles(page).filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

/** True when the element's middle is on screen and nothing (the sticky bar, say) covers it. */
const uncovered = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (y < 0 || y > window.innerHeight) return false;
    const top = document.elementFromPoint(x, y);
    return top !== null && (top === element || element.contains(top));
  });

describe('a card with the keyboard', () => {
  test('tabbing through the list costs at most 4 stops per card on average', async () => {
    const page = await open();
    await searchBox(page).focus();
    const cards = await articles(page).count();

    let stops = 0;
    for (let presses = 0; presses < 300; presses++) {
      await page.keyboard.press('Tab');
      const place = await focusPlace(page);
      if (place === 'list') stops++;
      else if (stops > 0 || place === 'after' || place === 'none') break;
    }

    console.info(
      `Tab stops in the list: ${stops} for ${cards} cards (${(stops / cards).toFixed(2)} per card)`,
    );
    expect(cards).toBeGreaterThan(0);
    expect(stops / cards).toBeLessThanOrEqual(4);
  });

  test("an author list is one Tab stop; arrow keys, Home and End move between the names, the owner's name is not a control", async () => {
    const profile = loadServedProfile();
    const page = await open();
    const publication = profile.publications.find((candidate) => candidate.authors.length >= 4);
    if (!publication) throw new Error('the dataset has no paper with four authors');
    const card = cardTitled(page, publication.title);
    const toolbar = card.getByRole('toolbar', { name: 'Authors' });
    const names = await toolbar.getByRole('button').allTextContents();
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

    expect(await card.getByRole('button', { name: profile.name, exact: true }).count()).toBe(0);
    expect(await card.getByText(profile.name, { exact: true }).isVisible()).toBe(true);
    expect(names.length).toBeGreaterThanOrEqual(3);

    await card.getByRole('heading', { level: 3 }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe(names[0]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedText()).toBe(names[1]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toBe(names[2]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedText()).toBe(names[0]);
    await page.keyboard.press('End');
    expect(await focusedText()).toBe(names.at(-1));
    await page.keyboard.press('Home');
    expect(await focusedText()).toBe(names[0]);

    // Leaving and coming back returns to the name last used.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    expect(await toolbar.evaluate((element) => element.contains(document.activeElement))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText()).toBe(names[1]);

    await page.keyboard.press('Enter');
    await expect.poll(() => searchBox(page).inputValue()).toBe(names[1]);
  });
});

describe('a long author list', () => {
  test('folds the names past the eighth (not the owner), skips them with the arrow keys, and unfolds in paper order', async () => {
    const profile = loadServedProfile();
    const publication = profile.publications.find((candidate) => candidate.authors.length > 9);
    if (!publication) throw new Error('the dataset has no paper with ten authors or more');
    const page = await open();
    const toolbar = cardTitled(page, publication.title).getByRole('toolbar', { name: 'Authors' });
    const text = async () => (await toolbar.innerText()).replace(/\s+/g, ' ').trim();
    const shownNames = () => toolbar.getByRole('button').allInnerTexts();
    const folded = publication.authors.filter((name, index) => index >= 8 && name !== profile.name);
    const toggle = disclosure(toolbar, /^(\+ \d+ more authors?|Show fewer authors)$/);
    const focusedText = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText);

    expect(folded.length).toBeGreaterThan(0);
    expect(await toggle.innerText()).toBe(`+ ${folded.length} more author${folded.length > 1 ? 's' : ''}`);
    expect(await shownNames()).toEqual(
      publication.authors.filter((name, index) => index < 8 && name !== profile.name),
    );
    for (const name of folded) expect(await text()).not.toContain(name);
    expect(await text()).toContain(profile.name);

    // Arrow keys skip the folded names: End is the toggle, and left of it the last name shown.
    await toolbar.getByRole('button').first().focus();
    await page.keyboard.press('End');
    expect(await focusedText()).toBe(await toggle.innerText());
    await page.keyboard.press('ArrowLeft');
    expect(await focusedText()).toBe((await shownNames()).at(-1));

    await toggle.click();
    expect(await text()).toContain(publication.authors.join(', '));
    expect(await toggle.innerText()).toBe('Show fewer authors');
    await toggle.click();
    expect(await text()).not.toContain(folded[0]);
  });
});

describe('the skip link', () => {
  test('is the first Tab stop, shows when focused, and lands on the Publications heading', async () => {
    const page = await open('', { width: 375 });
    const url = page.url();
    const skip = page.getByRole('link', { name: 'Skip to publications' });

    await page.keyboard.press('Tab');
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await uncovered(skip), 'visible once focused').toBe(true);
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(40);

    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: 'Publications' });
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await uncovered(heading), 'the heading is on screen').toBe(true);
    expect(page.url()).toBe(url);
    await page.keyboard.press('Tab');
    expect(await searchBox(page).evaluate((input) => input === document.activeElement)).toBe(true);
  });
});

describe('collapsing a long abstract', () => {
  // At 360 px the search bar wraps onto two lines.
  test.each([375, 360])('keeps "See less" on screen, below the sticky search bar (%i px)', async (width) => {
    const page = await open('', { width });
    const card = articles(page)
      .filter({ has: disclosure(page, 'See more') })
      .first();
    const title = (await card.getByRole('heading', { level: 3 }).textContent()) ?? '';
    const toggle = disclosure(cardTitled(page, title.replace(/\s+/g, ' ').trim()), /^See (more|less)$/);

    await toggle.click();
    expect(await toggle.innerText()).toBe('See less');
    // The visitor has read to the end: the toggle sits just below the search bar.
    const barBottom = await searchBox(page).evaluate((input) => {
      let bar: Element | null = input;
      while (bar && getComputedStyle(bar).position !== 'sticky') bar = bar.parentElement;
      return (bar ?? input).getBoundingClientRect().bottom;
    });
    await toggle.evaluate((button, below) => {
      window.scrollBy(0, button.getBoundingClientRect().top - below - 24);
    }, barBottom);
    expect(await uncovered(toggle), 'toggle visible before collapsing').toBe(true);

    await toggle.click();

    expect(await toggle.innerText()).toBe('See more');
    await expect.poll(() => uncovered(toggle), { timeout: 2_000 }).toBe(true);
  });
});

describe('links on cards', () => {
  test('each names the paper it leads to, contains its visible label, and says it opens a new tab', async () => {
    const page = await open();
    // Open every abstract, so the "Read the full abstract" links are there too.
    const seeMore = disclosure(articles(page), 'See more');
    while ((await seeMore.count()) > 0) await seeMore.first().click();
    const links = await articles(page).evaluateAll((cards) =>
      cards.flatMap((card) =>
        [...card.querySelectorAll('a')].map((link) => ({
          title: card.querySelector('h3')?.textContent ?? '',
          visible: link.innerText.trim(),
          name: (link.getAttribute('aria-label') ?? link.textContent ?? '').replace(/\s+/g, ' '),
          newTab: link.target === '_blank',
        })),
      ),
    );

    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.name, 'the title in the name').toContain(link.title);
      expect(link.name, 'the visible label in the name (WCAG 2.5.3)').toContain(link.visible);
      if (link.newTab) expect(link.name).toMatch(/new tab/);
    }
    const names = links.map((link) => link.name);
    expect(
      names.filter((name, index) => names.indexOf(name) !== index),
      'links sharing a name',
    ).toEqual([]);
  });
});

describe('what looks clickable is clickable', () => {
  const cursor = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).cursor);

  test('buttons and radio labels show a pointer; disabled chips do not', async () => {
    const profile = loadServedProfile();
    const page = await open();
    const card = articles(page).first();
    // The match switch shows once two topics are selected.
    for (const topic of profile.topics.slice(0, 2)) await chip(page, topic).click();
    for (const control of [
      chips(page).first(),
      card.getByRole('toolbar', { name: 'Authors' }).getByRole('button').first(),
      disclosure(publicationList(page), 'See more').first(),
      page.getByText('Any selected topic', { exact: true }),
    ])
      expect(await cursor(control), await control.evaluate((element) => element.outerHTML)).toBe('pointer');
    const disabled = chips(page).and(page.locator(':disabled'));
    if (await disabled.count()) expect(await cursor(disabled.first())).not.toBe('pointer');
    expect(await matchRadio(page, 'any').isChecked()).toBe(true);
  });

  test('author names are underlined before any hover; the owner is plain bold text', async () => {
    const profile = loadServedProfile();
    const page = await open();
    const card = articles(page).first();
    const author = card.getByRole('toolbar', { name: 'Authors' }).getByRole('button').first();
    const owner = card.getByText(profile.name, { exact: true });

    const look = (locator: Locator) =>
      locator.evaluate((element) => {
        const style = getComputedStyle(element);
        return { line: style.textDecorationLine, weight: Number(style.fontWeight) };
      });
    expect((await look(author)).line).toContain('underline');
    const ownerLook = await look(owner);
    expect(ownerLook.line).toBe('none');
    expect(ownerLook.weight).toBeGreaterThanOrEqual(600);
  });

  test('topics on a card read as text, not as chips that do nothing', async () => {
    const page = await open();
    const topics = articles(page).first().getByRole('list', { name: 'Topics' }).getByRole('listitem');
    expect(await topics.count()).toBeGreaterThan(0);
    for (const topic of await topics.all()) {
      const look = await topic.evaluate((element) => {
        const style = getComputedStyle(element);
        return { background: style.backgroundColor, border: parseFloat(style.borderTopWidth) };
      });
      expect(look.background).toBe('rgba(0, 0, 0, 0)');
      expect(look.border).toBe(0);
    }
  });
});
