import { readFile } from 'node:fs/promises';
import { parse } from '@retorquere/bibtex-parser';
import type { Download, Locator, Page } from 'playwright-core';
import type { Profile } from '../../src/data/profile-schema';
import { describe, expect, test } from 'vitest';
import { axeCheck } from './support/axe';
import { setupBrowser, type ColorScheme } from './support/browser';
import {
  articles,
  DEFAULT_SLUG,
  expectShowing,
  loadServedProfile,
  search,
  shownTitles,
} from './support/profile-page';

// Roles and names: docs/ui-contract.md, "Cite and Export".
const open = setupBrowser();

// eslint-disable-next-line no-control-regex -- "only ASCII" includes the control characters
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

const citeButton = (card: Locator) => card.getByRole('button', { name: /^Cite\b/ });
const citeDialog = (page: Page) => page.getByRole('dialog', { name: 'Cite this publication' });
const entryField = (page: Page) => citeDialog(page).getByRole('textbox', { name: 'BibTeX entry' });
const exportButton = (page: Page) => page.getByRole('button', { name: 'Export', exact: true });

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
const titleOf = async (card: Locator) =>
  ((await card.getByRole('heading', { level: 3 }).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** The first card whose paper has an author name with a letter outside ASCII. */
async function cardWithAccents(page: Page): Promise<Locator> {
  const publication = loadServedProfile().publications.find((candidate) =>
    candidate.authors.some((author) => !ASCII_ONLY.test(author)),
  );
  if (!publication) throw new Error('the dataset has no author with an accent to check');
  await search(page, publication.title);
  return articles(page).filter({
    has: page.getByRole('heading', { level: 3, name: publication.title, exact: true }),
  });
}

/** A search that narrows the list: the first author of the first publication (not the owner). */
const narrowQuery = (profile: Profile) => profile.publications[0]!.authors[0]!;

/** Parses BibTeX as a reference manager would, titles kept as written. */
function parseBibtex(text: string) {
  const library = parse(text, { sentenceCase: false, caseProtection: false });
  expect(library.errors).toEqual([]);
  return library.entries;
}

async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error(`download ${download.suggestedFilename()} has no file`);
  return readFile(path, 'utf8');
}

async function exportAs(page: Page, format: string): Promise<Download> {
  await exportButton(page).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: format, exact: true }).click(),
  ]);
  return download;
}

// Enabled when wired: the Cite button goes in each card, the Export menu in the list's toolbar.
describe('citing and exporting', () => {
  test('Cite opens a dialog with the entry, focus inside; Esc closes it and focus returns to Cite', async () => {
    const page = await open();
    const card = articles(page).first();
    const title = await titleOf(card);

    await citeButton(card).click();
    await citeDialog(page).waitFor();
    expect(await citeDialog(page).evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    const [entry] = parseBibtex(await entryField(page).inputValue());
    expect(entry?.fields.title).toBe(title);
    expect(await entryField(page).getAttribute('readonly')).not.toBeNull();

    await page.keyboard.press('Escape');
    await citeDialog(page).waitFor({ state: 'hidden' });
    expect(await isFocused(citeButton(card))).toBe(true);
  });

  test('Copy puts the entry on the clipboard and says "Copied"', async () => {
    const page = await open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await citeButton(articles(page).first()).click();

    await citeDialog(page).getByRole('button', { name: 'Copy BibTeX' }).click();
    await citeDialog(page).getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await entryField(page).inputValue());

    await citeDialog(page).getByRole('button', { name: 'Close' }).click();
    await citeDialog(page).waitFor({ state: 'hidden' });
  });

  test('the ASCII choice gives LaTeX escapes for accented names, and nothing but ASCII', async () => {
    const page = await open();
    const card = await cardWithAccents(page);
    await citeButton(card).click();
    expect(await entryField(page).inputValue()).not.toMatch(ASCII_ONLY);

    await citeDialog(page).getByText('ASCII (LaTeX escapes)').click();
    const ascii = await entryField(page).inputValue();
    expect(ascii).toMatch(ASCII_ONLY);
    expect(ascii).toMatch(/\{\\/);
  });

  test('Export downloads the list shown as BibTeX: one entry per card, in order', async () => {
    const profile = loadServedProfile();
    const page = await open();
    await search(page, narrowQuery(profile));
    await expect.poll(() => shownTitles(page)).not.toHaveLength(profile.publications.length);
    const shown = await shownTitles(page);
    await expectShowing(page, shown.length, profile.publications.length);

    const download = await exportAs(page, 'BibTeX (.bib)');
    expect(download.suggestedFilename()).toBe(`${DEFAULT_SLUG}-publications.bib`);
    const entries = parseBibtex(await downloadText(download));
    expect(entries.map((entry) => entry.fields.title)).toEqual(shown);
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(entries.length);
    expect(await isFocused(exportButton(page))).toBe(true);
  });

  test('Export downloads the list shown as CSL-JSON', async () => {
    const page = await open();
    await search(page, narrowQuery(loadServedProfile()));
    await expect.poll(() => shownTitles(page)).not.toHaveLength(loadServedProfile().publications.length);
    const shown = await shownTitles(page);

    const download = await exportAs(page, 'CSL-JSON (.json)');
    expect(download.suggestedFilename()).toBe(`${DEFAULT_SLUG}-publications.json`);
    const items = JSON.parse(await downloadText(download)) as { title: string; type: string }[];
    expect(items.map((item) => item.title)).toEqual(shown);
  });

  test.each(['light', 'dark'] as ColorScheme[])(
    'axe finds nothing with the dialog open (%s)',
    async (colorScheme) => {
      for (const width of [375, 1280]) {
        const page = await open('', { colorScheme, width });
        await citeButton(articles(page).first()).click();
        await citeDialog(page).waitFor();
        await axeCheck(page, `the cite dialog (${colorScheme}, ${width} px)`);
      }
    },
  );

  test.each(['light', 'dark'] as ColorScheme[])(
    'axe finds nothing with the export menu open (%s)',
    async (colorScheme) => {
      const page = await open('', { colorScheme });
      await exportButton(page).click();
      await page.getByRole('button', { name: 'BibTeX (.bib)', exact: true }).waitFor();
      await axeCheck(page, `the export menu (${colorScheme})`);
    },
  );
});
