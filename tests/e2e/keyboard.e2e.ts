import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './support/browser';
import { topicSlug } from '../../src/lib/topic-slug';
import { articles, chips, loadServedProfile } from './support/profile-page';

const open = setupBrowser();

interface Focused {
  role: string;
  name: string;
  /** Position in document order. */
  order: number;
  inFirstArticle: boolean;
  focusRing: boolean;
  /** Outline colour against the background around the control (WCAG 1.4.11 asks for 3:1). */
  ringContrast: number | null;
  style: string;
}

/** What has focus, by role and name, and how its focus indicator looks right now. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const input = element as HTMLInputElement;
    const tag = element.tagName.toLowerCase();
    const implicitRoles: Record<string, string> = {
      select: 'combobox',
      a: 'link',
      button: 'button',
      textarea: 'textbox',
    };
    const inputRoles: Record<string, string> = { search: 'searchbox', radio: 'radio', checkbox: 'checkbox' };
    const implicitRole =
      tag === 'input' ? (inputRoles[input.type] ?? 'textbox') : (implicitRoles[tag] ?? tag);
    const labelledBy = element.getAttribute('aria-labelledby');
    const name =
      element.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
      input.labels?.[0]?.textContent ??
      element.textContent ??
      '';

    // Any CSS colour (Tailwind writes oklch) to sRGB, through a one-pixel canvas.
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = rgba(color).map((value) => {
        const channel = value / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const backgroundBehind = (node: Element | null) => {
      for (let current = node; current; current = current.parentElement) {
        const background = getComputedStyle(current).backgroundColor;
        if ((rgba(background)[3] ?? 0) > 0) return background;
      }
      return 'white';
    };

    // A visually hidden control (a styled radio) shows its focus on its label.
    const box = element.getBoundingClientRect();
    const shown = box.width <= 1 || box.height <= 1 ? (input.labels?.[0] ?? element) : element;
    const style = getComputedStyle(shown);
    const outline =
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) > 0 &&
      (rgba(style.outlineColor)[3] ?? 0) > 0;
    const ring =
      style.boxShadow !== 'none' && (rgba(style.boxShadow.split(/ (?=-?\d)/)[0] ?? '')[3] ?? 0) > 0;
    const [lighter, darker] = [
      luminance(style.outlineColor),
      luminance(backgroundBehind(shown.parentElement)),
    ].sort((a, b) => b - a);
    return {
      role: element.getAttribute('role') ?? implicitRole,
      name: name.replace(/\s+/g, ' ').trim(),
      order: Array.prototype.indexOf.call(document.querySelectorAll('*'), element),
      inFirstArticle:
        element.closest('article') !== null &&
        element.closest('article') === document.querySelector('article'),
      focusRing: outline || ring,
      // Chromium draws `outline-style: auto` in two tones, visible on any background.
      ringContrast:
        outline && style.outlineStyle !== 'auto' ? ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05) : null,
      style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
    };
  });
}

describe.each(['light', 'dark'] as const)('keyboard, %s scheme', (colorScheme) => {
  test('Tab reaches every control in document order, each with a visible focus ring', async () => {
    // Two topics selected, so the page shows every control it has (the match switch, Clear filters).
    const [first, second] = loadServedProfile().topics;
    const page = await open(`?topics=${topicSlug(first!)},${topicSlug(second!)}`, { colorScheme });
    // The chips and cards arrive a moment after the header; the match switch once the app has read
    // the topics from the URL (the prerendered page has none) and loaded it.
    await articles(page).first().waitFor();
    await page.getByRole('radio', { name: 'Any selected topic' }).waitFor();
    const enabledChips = await chips(page).evaluateAll(
      (buttons) => buttons.filter((button) => !(button as HTMLButtonElement).disabled).length,
    );

    const sequence: Focused[] = [];
    for (let presses = 0; presses < 200; presses++) {
      await page.keyboard.press('Tab');
      const current = await focused(page);
      if (!current) continue;
      sequence.push(current);
      // Stop once focus has left the first card.
      const previous = sequence.at(-2);
      if (previous?.inFirstArticle && !current.inFirstArticle) break;
    }
    const described = sequence.map((entry) => `${entry.role} "${entry.name}"`);

    const indexOf = (role: string, name: RegExp) =>
      sequence.findIndex((entry) => entry.role === role && name.test(entry.name));
    const searchAt = indexOf('searchbox', /^Search publications$/);
    const matchAt = indexOf('radio', /^Any selected topic$/);
    const sortAt = indexOf('combobox', /^Sort by/);
    const firstCardAt = sequence.findIndex((entry) => entry.inFirstArticle);
    expect(searchAt, `search box in ${described.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(matchAt, `Match radio in ${described.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(sortAt, `Sort by in ${described.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(firstCardAt, `first card in ${described.join(', ')}`).toBeGreaterThanOrEqual(0);
    const topics = loadServedProfile().topics;
    const chipsReached = sequence.filter(
      (entry) => entry.role === 'button' && topics.some((topic) => entry.name.startsWith(topic)),
    );
    expect(chipsReached.length, `chips in ${described.join(', ')}`).toBe(enabledChips);

    for (let index = 1; index < sequence.length; index++)
      expect(
        sequence[index]!.order,
        `Tab went backwards in the document: ${described[index - 1]} → ${described[index]}`,
      ).toBeGreaterThan(sequence[index - 1]!.order);

    const withoutRing = sequence
      .filter((entry) => !entry.focusRing)
      .map((entry) => `${entry.role} "${entry.name}" (${entry.style})`);
    expect(withoutRing, 'focused controls without a visible focus indicator').toEqual([]);
    const faint = sequence
      .filter((entry) => entry.ringContrast !== null && entry.ringContrast < 3)
      .map(
        (entry) =>
          `${entry.role} "${entry.name}" (contrast ${entry.ringContrast?.toFixed(2)}: ${entry.style})`,
      );
    expect(faint, 'focus rings below 3:1 against their background').toEqual([]);
  });
});
