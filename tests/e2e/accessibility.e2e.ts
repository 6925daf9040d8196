import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeCheck } from './support/axe';
import { setupBrowser, VIEWPORT_WIDTHS, type ColorScheme } from './support/browser';
import { disclosure, isOpen } from './support/disclosure';
import { articles, chip, expectShowing, loadServedProfile, search } from './support/profile-page';

const open = setupBrowser();

const SCHEMES: ColorScheme[] = ['light', 'dark'];
const CASES = SCHEMES.flatMap((colorScheme) => VIEWPORT_WIDTHS.map((width) => ({ colorScheme, width })));

describe.each(CASES)('axe, WCAG 2.1 A and AA: $colorScheme, $width px', ({ colorScheme, width }) => {
  const visit = (path = ''): Promise<Page> => open(path, { colorScheme, width });
  const label = (state: string) => `${state} (${colorScheme}, ${width} px)`;

  test('the initial page', async () => {
    const page = await visit();
    await axeCheck(page, label('the initial page'));
  });

  test('a filtered page', async () => {
    const profile = loadServedProfile();
    const page = await visit();
    await chip(page, profile.topics[0]!).click();
    await search(page, 'learning');
    await expect.poll(() => page.url(), { timeout: 5_000 }).toMatch(/[?&]q=learning\b/);
    await axeCheck(page, label('a filtered page'));
  });

  test('a year chosen in the chart, and "all" mode with a disabled chip', async () => {
    const page = await visit('?topics=continual-learning,reinforcement-learning&mode=all');
    const chart = page.getByRole('toolbar', { name: 'Publications per year' });
    await chart.getByRole('button', { pressed: false }).last().click();
    await expect.poll(() => page.url()).toMatch(/[?&]year=\d{4}\b/);
    await axeCheck(page, label('a year chosen, "all" mode'));
  });

  test('the empty state', async () => {
    const page = await visit();
    await search(page, 'qwxzvqj');
    await expectShowing(page, 0, loadServedProfile().publications.length);
    await axeCheck(page, label('the empty state'));
  });

  test('an expanded abstract', async () => {
    const page = await visit();
    const toggle = disclosure(articles(page), /^See (more|less)$/).first();
    await toggle.click();
    expect(await isOpen(toggle)).toBe(true);
    await axeCheck(page, label('an expanded abstract'));
  });
});
