import type { FrameLocator, Locator, Page } from 'playwright-core';

const exactly = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/**
 * A disclosure's toggle ("See more", "+ 3 more authors"): a native <summary>. Playwright gives a
 * summary no role, and it holds the label of each state (CSS shows one), so it is found by the label
 * it shows. A regular expression can match either state's label.
 */
export const disclosure = (scope: Page | Locator | FrameLocator, label: string | RegExp) =>
  scope
    .locator('summary > span')
    .filter({ hasText: typeof label === 'string' ? exactly(label) : label, visible: true })
    .locator('xpath=..');

/** Whether a disclosure's toggle stands open. */
export const isOpen = (toggle: Locator) =>
  toggle.evaluate((summary) => summary.parentElement?.hasAttribute('open') ?? false);

/**
 * What Chromium tells assistive technology about an element (its accessibility tree, over CDP):
 * role, name and, for a disclosure, whether it is expanded.
 */
export async function accessibleState(page: Page, locator: Locator) {
  await locator.evaluate((element) => {
    (window as unknown as { __axProbe: Element }).__axProbe = element;
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__axProbe' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      objectId: result.objectId,
      fetchRelatives: false,
    });
    const node = nodes[0];
    return {
      role: node?.role?.value as string | undefined,
      name: node?.name?.value as string | undefined,
      expanded: node?.properties?.find((property) => property.name === 'expanded')?.value.value as
        boolean | undefined,
    };
  } finally {
    await cdp.detach();
  }
}
