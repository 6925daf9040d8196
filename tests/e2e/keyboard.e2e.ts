import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './support/browser';
import { chips, loadServedProfile } from './support/profile-page';

const open = setupBrowser();

interface Focused {
  role: string;
  name: string;
  /** Position in document order. */
  order: number;
  inFirstArticle: boolean;
  focusRing: boolean;
  style: string;
}

/** What has focus, by role and name, and whether it shows a focus indicator right now. */
function focused(page: Page): Promise<Focused | null> {
  // One expression, no nested functions: the bundler's name-keeping helpers do not exist in the page.
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const input = element as HTMLInputElement;
    const tag = element.tagName.toLowerCase();
    const implicitRole =
      tag === 'input'
        ? (({ search: 'searchbox', radio: 'radio', checkbox: 'checkbox' } as Record<string, string>)[
            input.type
          ] ?? 'textbox')
        : ((
            { select: 'combobox', a: 'link', button: 'button', textarea: 'textbox' } as Record<string, string>
          )[tag] ?? tag);
    const labelledBy = element.getAttribute('aria-labelledby');
    const name =
      element.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
      input.labels?.[0]?.textContent ??
      element.textContent ??
      '';
    // A visually hidden control (a styled radio) shows its focus on its label.
    const box = element.getBoundingClientRect();
    const shown = box.width <= 1 || box.height <= 1 ? (input.labels?.[0] ?? element) : element;
    const style = getComputedStyle(shown);
    const outline =
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) > 0 &&
      !/^(transparent|rgba\(.*,\s*0\))$/.test(style.outlineColor);
    const ring =
      style.boxShadow !== 'none' && !/^(rgba\(0, 0, 0, 0\) 0px 0px 0px 0px(, )?)+$/.test(style.boxShadow);
    return {
      role: element.getAttribute('role') ?? implicitRole,
      name: name.replace(/\s+/g, ' ').trim(),
      order: Array.prototype.indexOf.call(document.querySelectorAll('*'), element),
      inFirstArticle:
        element.closest('article') !== null &&
        element.closest('article') === document.querySelector('article'),
      focusRing: outline || ring,
      style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
    };
  });
}

describe('keyboard', () => {
  test('Tab reaches every control in document order, each with a visible focus ring', async () => {
    const page = await open();
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
  });
});
