import type { Browser, BrowserContextOptions, FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, onTestFinished, test } from 'vitest';
import { axeCheck } from './support/axe';
import { launchChromium } from './support/chromium';
import { disclosure } from './support/disclosure';

// The hostile host page (examples/institute-page.html) is served with a strict CSP; see global-setup.
const EXAMPLE = 'examples/institute-page.html';
const NAME = 'Razvan Pascanu';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium(inject('chromePath'));
});
afterAll(async () => {
  await browser?.close();
});

interface Recorded {
  events: { type: string; target: string; detail: Record<string, unknown> }[];
  violations: string[];
}

/**
 * Opens a page in a fresh context. On the example page, a script installed before any of the page's
 * own records the widget's events and every CSP violation; when the test ends, the page must have
 * logged no console error, thrown nothing, and broken no policy.
 */
async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
    ...options,
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.stack ?? String(error)));
  await page.addInitScript(() => {
    const recorded: Recorded = { events: [], violations: [] };
    Object.assign(window, { recorded });
    for (const type of ['ready', 'change', 'error'])
      document.addEventListener(`researcher-profile:${type}`, (event) => {
        const target = event.target as Element;
        recorded.events.push({ type, target: target.id, detail: (event as CustomEvent).detail });
      });
    document.addEventListener('securitypolicyviolation', (event) =>
      recorded.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  onTestFinished(async () => {
    const violations = await page
      .evaluate(() => (window as unknown as { recorded?: Recorded }).recorded?.violations ?? [])
      .catch(() => []);
    await context.close();
    expect(errors, 'console and page errors').toEqual([]);
    expect(violations, 'CSP violations').toEqual([]);
  });
  await page.goto(new URL(path, inject('baseUrl')).href);
  return page;
}

const widget = (page: Page, id: 'light' | 'dark') => page.locator(`researcher-profile#${id}`);
const nameHeading = (scope: Locator | Page | FrameLocator, level: number) =>
  scope.getByRole('heading', { level, name: NAME });
// #light speaks English; #dark French, from the lang="fr" around it.
const firstChip = (scope: Locator | Page) =>
  scope
    .getByRole('group', { name: /^(Research topics|Thèmes de recherche)$/ })
    .getByRole('button')
    .first();
const statusOf = (scope: Locator) =>
  scope
    .getByRole('status')
    .filter({ hasText: /Showing \d+ of \d+ publications?|publications? affichées? sur/ });
const searchBox = (scope: Locator) =>
  scope.getByRole('searchbox', { name: /^(Search publications|Rechercher dans les publications)$/ });
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { recorded: Recorded }).recorded);

async function openExample(path = EXAMPLE): Promise<Page> {
  const page = await open(path);
  await nameHeading(widget(page, 'light'), 2).waitFor();
  await nameHeading(widget(page, 'dark'), 3).waitFor();
  return page;
}

const STYLE_KEYS = [
  'fontSize',
  'fontWeight',
  'lineHeight',
  'textTransform',
  'boxSizing',
  'paddingTop',
  'paddingLeft',
  'borderTopWidth',
  'borderTopStyle',
  'borderTopColor',
  'borderTopLeftRadius',
  'backgroundColor',
  'color',
] as const;

function stylesOf(locator: Locator, keys: readonly string[] = STYLE_KEYS): Promise<Record<string, string>> {
  return locator.evaluate(
    (element, keys) => {
      const style = getComputedStyle(element);
      return Object.fromEntries(keys.map((key) => [key, style[key as keyof CSSStyleDeclaration] as string]));
    },
    [...keys],
  );
}

/** The outline a control shows when it gets keyboard focus. */
async function focusRing(control: Locator): Promise<Record<string, string | boolean>> {
  await control.focus();
  return control.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      focusVisible: element.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      outlineColor: style.outlineColor,
      outlineOffset: style.outlineOffset,
    };
  });
}

describe('<researcher-profile> on a hostile host page with a strict CSP', () => {
  test('looks as on the standalone page: heading, chips, buttons, focus ring', async () => {
    const standalone = await open('');
    const standaloneName = await stylesOf(nameHeading(standalone, 1));
    const standaloneChip = await stylesOf(firstChip(standalone));
    const standaloneSort = await stylesOf(standalone.getByRole('combobox', { name: 'Sort by' }));
    const standaloneCard = await stylesOf(standalone.getByRole('article').first());
    const standaloneRing = await focusRing(firstChip(standalone));

    const page = await openExample();
    const light = widget(page, 'light');
    expect(await stylesOf(nameHeading(light, 2))).toEqual(standaloneName);
    expect(await stylesOf(firstChip(light))).toEqual(standaloneChip);
    expect(await stylesOf(light.getByRole('combobox', { name: 'Sort by' }))).toEqual(standaloneSort);
    // Card borders and shadows come from Tailwind's @property variables, which a shadow root ignores.
    expect(await stylesOf(light.getByRole('article').first())).toEqual(standaloneCard);
    expect(standaloneCard.borderTopStyle).toBe('solid');
    expect(await focusRing(firstChip(light))).toEqual(standaloneRing);
    expect(standaloneRing.outlineStyle).toBe('solid');
  });

  test('takes the narrow layout in a narrow column, whatever the window’s width', async () => {
    const phone = await open('', { viewport: { width: 375, height: 800 } });
    const phoneName = await stylesOf(nameHeading(phone, 1), ['fontSize', 'lineHeight']);

    const page = await openExample();
    const light = widget(page, 'light');
    const wideName = await stylesOf(nameHeading(light, 2), ['fontSize', 'lineHeight']);
    expect(wideName).not.toEqual(phoneName);
    await light.evaluate((element: HTMLElement) => (element.style.width = '375px'));
    await expect.poll(() => stylesOf(nameHeading(light, 2), ['fontSize', 'lineHeight'])).toEqual(phoneName);
  });

  test('inherits the host’s font family, and takes its theme from the documented properties', async () => {
    const page = await openExample();
    const hostFont = await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily);
    const light = await stylesOf(nameHeading(widget(page, 'light'), 2), ['fontFamily', 'fontSize']);
    expect(light.fontFamily).toBe(hostFont);

    // #dark sets --rp-font-family, --rp-font-size: 18px, --rp-radius: 4px, --rp-accent-dark.
    const dark = widget(page, 'dark');
    const name = await stylesOf(nameHeading(dark, 3), ['fontFamily', 'fontSize']);
    expect(name.fontFamily).toMatch(/^Verdana/);
    expect(parseFloat(name.fontSize!)).toBeCloseTo((parseFloat(light.fontSize!) * 18) / 16, 1);
    expect((await stylesOf(dark.getByRole('article').first())).borderTopLeftRadius).toBe('4px');
    const chip = firstChip(dark);
    await chip.click();
    await page.mouse.move(0, 0); // off the chip: its hover colour is a tint of the accent
    await expect
      .poll(async () => (await stylesOf(chip, ['backgroundColor'])).backgroundColor)
      .toBe('rgb(251, 191, 36)');
  });

  test('speaks the language of the host around it', async () => {
    const page = await openExample();
    await widget(page, 'dark').getByRole('group', { name: 'Thèmes de recherche' }).waitFor();
    await widget(page, 'light').getByRole('group', { name: 'Research topics' }).waitFor();
    expect(await statusOf(widget(page, 'dark')).textContent()).toMatch(/publications affichées sur/);
  });

  test('changes nothing on the host page: probe styles, head and stylesheets as without it', async () => {
    const probe = async (page: Page) => ({
      styles: await Promise.all(
        [
          '#probe-text',
          '#probe-heading',
          '#probe-button',
          '#probe-input',
          '#probe-list li',
          'body',
          'html',
        ].map((selector) => stylesOf(page.locator(selector).first())),
      ),
      head: await page.evaluate(() => document.head.innerHTML),
      title: await page.title(),
      documentSheets: await page.evaluate(() => document.adoptedStyleSheets.length),
    });

    const bare = await open(EXAMPLE);
    // The same page with the element never defined: what the host looks like on its own.
    await bare.route('**/embed/researcher-profile.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    await bare.reload();
    const without = await probe(bare);

    const page = await openExample();
    expect(await probe(page)).toEqual(without);
    expect(without.styles[1]?.textTransform).toBe('uppercase');
    // The host really runs Bootstrap's stylesheet, from its npm package.
    const bootstrapRules = await page.evaluate(
      () =>
        [...document.styleSheets].find((sheet) => sheet.href?.endsWith('/vendor/bootstrap.min.css'))?.cssRules
          .length ?? 0,
    );
    expect(bootstrapRules).toBeGreaterThan(1_000);
  });

  test('each element is on its own: searching one leaves the other and the URL alone', async () => {
    const page = await openExample();
    const url = page.url();
    const light = widget(page, 'light');
    const dark = widget(page, 'dark');
    const darkStatus = await statusOf(dark).textContent();

    await searchBox(light).fill('softmax');
    await expect.poll(() => statusOf(light).textContent()).toMatch(/matching “softmax”/);
    await page.waitForTimeout(600); // past the typing delay, when a URL would be written
    expect(await statusOf(dark).textContent()).toBe(darkStatus);
    expect(await searchBox(dark).inputValue()).toBe('');
    expect(page.url()).toBe(url);
  });

  test('with sync-url, its keys carry its id and Back undoes a choice', async () => {
    const page = await openExample();
    const dark = widget(page, 'dark');
    const chip = firstChip(dark);
    await chip.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('dark_topics')).toMatch(/^[a-z0-9-]+$/);
    expect([...new URL(page.url()).searchParams.keys()]).toEqual(['dark_topics']);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');

    await page.goBack();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('false');
    expect(new URL(page.url()).search).toBe('');
    expect(await firstChip(widget(page, 'light')).getAttribute('aria-pressed')).toBe('false');
  });

  test('fires ready and change with the view in their detail', async () => {
    const page = await openExample();
    await expect
      .poll(async () => (await recorded(page)).events.filter((event) => event.type === 'ready').length)
      .toBe(2);
    const ready = (await recorded(page)).events.find((event) => event.target === 'light');
    expect(ready?.detail).toMatchObject({ query: '', topics: [], mode: 'any', sort: 'newest' });
    const total = ready?.detail.total as number;
    expect(ready?.detail.shown).toBe(total);

    const light = widget(page, 'light');
    const chip = firstChip(light);
    const topic = (await chip.textContent())?.replace(/\s*\d+\s*$/, '').trim();
    await chip.click();
    await expect.poll(async () => (await recorded(page)).events.at(-1)?.type).toBe('change');
    const change = (await recorded(page)).events.at(-1);
    expect(change?.target).toBe('light');
    expect(change?.detail).toMatchObject({ topics: [topic], total });
    expect(change?.detail.shown).toBeLessThan(total);
    expect(await statusOf(light).textContent()).toMatch(new RegExp(`^Showing ${change?.detail.shown} of`));
  });

  test('"/" focuses the search only while focus is inside that element', async () => {
    const page = await openExample();
    const activeId = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        const inner = active?.shadowRoot?.activeElement;
        return `${active?.id ?? ''}${inner ? ` > ${inner.getAttribute('type') ?? inner.tagName}` : ''}`;
      });

    await page.locator('#probe-button').focus();
    await page.keyboard.press('/');
    expect(await activeId()).toBe('probe-button');
    await page.locator('#probe-input').focus();
    await page.keyboard.type('a/b');
    expect(await page.locator('#probe-input').inputValue()).toBe('a/b');

    await firstChip(widget(page, 'dark')).focus();
    await page.keyboard.press('/');
    expect(await activeId()).toBe('dark > search');
    const lightHasFocus = widget(page, 'light').evaluate((element) => !!element.shadowRoot?.activeElement);
    expect(await lightHasFocus).toBe(false);
  });

  test('can be removed and added back, with no error', async () => {
    const page = await openExample();
    await page.evaluate(async () => {
      const element = document.querySelector('researcher-profile#light')!;
      const parent = element.parentElement!;
      element.remove();
      await new Promise((done) => setTimeout(done, 50));
      if (element.shadowRoot?.childElementCount !== 0) throw new Error('still rendered after removal');
      parent.append(element);
    });
    await nameHeading(widget(page, 'light'), 2).waitFor();
    await searchBox(widget(page, 'light')).fill('neural');
    await expect.poll(() => statusOf(widget(page, 'light')).textContent()).toMatch(/matching “neural”/);
  });

  test('the iframe grows when an abstract opens and shrinks when it closes', async () => {
    const page = await openExample();
    const frameElement = page.locator('iframe.embed-frame');
    const frame = page.frameLocator('iframe.embed-frame');
    await nameHeading(frame, 2).waitFor();
    const height = async () => (await frameElement.boundingBox())?.height ?? 0;
    await expect.poll(height).toBeGreaterThan(1000);
    const closed = await height();
    // The frame shows all of its content: nothing to scroll inside it.
    expect(
      await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight),
    ).toBeLessThanOrEqual(1);

    const seeMore = disclosure(frame, 'See more').first();
    await seeMore.click();
    await expect.poll(height).toBeGreaterThan(closed + 20);
    await disclosure(frame, 'See less').first().click();
    await expect.poll(height).toBe(closed);
  });

  test('axe finds no WCAG 2.0/2.1 A or AA violation inside either shadow root', async () => {
    // axe is injected as a script, which the strict policy rightly forbids: this context bypasses it.
    const page = await open(EXAMPLE, { bypassCSP: true });
    await nameHeading(widget(page, 'dark'), 3).waitFor();
    await nameHeading(widget(page, 'light'), 2).waitFor();
    await axeCheck(page, 'the example host page with two embeds');
  });
});
