import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { parseProfile, type Profile } from '../../../src/data/profile-schema';

// Roles and names come from docs/ui-contract.md; nothing here knows about classes or markup details.

export const DEFAULT_SLUG = 'razvan-pascanu';

/** The profile exactly as the served build has it. */
export function loadServedProfile(slug = DEFAULT_SLUG): Profile {
  const file = join(inject('distDir'), 'profiles', `${slug}.json`);
  const result = parseProfile(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(`${file} is invalid: ${JSON.stringify(result.problems)}`);
  return result.profile;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search publications' });
export const sortSelect = (page: Page) => page.getByRole('combobox', { name: 'Sort by' });
export const topicGroup = (page: Page) => page.getByRole('group', { name: 'Research topics' });
export const chips = (page: Page) => topicGroup(page).getByRole('button');
/** A chip's name is its topic followed by its count, e.g. "Deep Learning 4". */
export const chip = (page: Page, topic: string) =>
  topicGroup(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(topic)}\\s*\\(?\\d`) });
const MATCH_LABELS = { any: 'Any selected topic', all: 'All selected topics' } as const;
export const matchRadio = (page: Page, mode: 'any' | 'all') =>
  page.getByRole('radio', { name: MATCH_LABELS[mode] });
/** Clicks the label, as a visitor does: the radio itself may be visually hidden behind a styled label. */
export const chooseMatch = (page: Page, mode: 'any' | 'all') =>
  page.getByText(MATCH_LABELS[mode], { exact: true }).click();
export const statusText = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ publications?/ });
export const publicationList = (page: Page) =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Publications' }) });
export const articles = (page: Page) => publicationList(page).getByRole('article');

export async function shownTitles(page: Page): Promise<string[]> {
  const titles = await articles(page).getByRole('heading', { level: 3 }).allTextContents();
  return titles.map((title) => title.replace(/\s+/g, ' ').trim());
}

/** Waits until the live region says "Showing {shown} of {total} …" and the list has that many cards. */
export async function expectShowing(page: Page, shown: number, total: number): Promise<void> {
  await expect
    .poll(() => statusText(page).textContent(), { timeout: 5_000 })
    .toMatch(new RegExp(`^\\s*Showing ${shown} of ${total} publications?`));
  await expect.poll(() => articles(page).count(), { timeout: 5_000 }).toBe(Math.min(shown, 50));
}

export async function search(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
}
