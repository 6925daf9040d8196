import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appTakesOver, setupBrowser } from './support/browser';
import { articles, chips, DEFAULT_SLUG, search } from './support/profile-page';
import { disclosure } from './support/disclosure';

const open = setupBrowser();

/** The policy the build writes for hosts, as dist/_headers states it. */
function builtPolicy(): string {
  const headers = readFileSync(join(inject('distDir'), '_headers'), 'utf8');
  const policy = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1];
  if (!policy) throw new Error('dist/_headers states no Content-Security-Policy');
  return policy.trim();
}

describe('the standalone page under the strict policy', () => {
  test('is served with the policy the build writes, which enforces Trusted Types', async () => {
    const policy = builtPolicy();
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("require-trusted-types-for 'script'");
    // Inline, only what the build hashed: the stylesheet and the start script, one each.
    expect(policy).not.toContain('unsafe-');
    for (const directive of ['script-src', 'style-src'])
      expect(new RegExp(`${directive} 'self' 'sha256-[\\w+/]+=*';`).test(policy), directive).toBe(true);
    // Chromium logs the refusal this test provokes on purpose.
    const page = await open('', { allowConsoleErrors: [/TrustedHTML/] });

    const response = await page.request.get(page.url());
    expect(response.headers()['content-security-policy']).toBe(policy);
    // Proof the policy is in force: a string assigned to an HTML sink is refused.
    const refused = await page.evaluate(() => {
      try {
        // eslint-disable-next-line no-restricted-syntax -- the refusal of this sink is what is tested
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    expect(refused).toBe(true);
  });

  test('a visit (search, topics, abstracts) causes no violation', async () => {
    const page = await open();
    await listenForViolations(page);
    await page.reload();
    await articles(page).first().waitFor();

    await chips(page).first().click();
    await search(page, 'learning');
    const seeMore = disclosure(articles(page), 'See more');
    if (await seeMore.count()) await seeMore.first().click();
    await page.evaluate(() => new Promise((settled) => setTimeout(settled, 500)));

    expect(await violations(page)).toEqual([]);
  });

  // Every prerendered page starts the app from the same inline script, allowed by its hash.
  test.each(['fr/', `${DEFAULT_SLUG}/`, 'people/', 'fr/publications/'])(
    '%s starts the app with no violation',
    async (path) => {
      const page = await open(path);
      await listenForViolations(page);
      await page.reload();
      await appTakesOver(page);
      // The app ran: it fetched the data the page was rendered from.
      await expect
        .poll(() =>
          page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .some(({ name }) => /\/profiles\/[\w-]+\.json$/.test(name)),
          ),
        )
        .toBe(true);
      expect(await violations(page)).toEqual([]);
    },
  );

  // The worker falls back silently where it cannot run (that is its design): this is where a
  // policy, MIME or format problem with it would show.
  test('a profile page reads its data in the reader worker, under the policy', async () => {
    const page = await open(`${DEFAULT_SLUG}/`);
    await listenForViolations(page);
    const worker = page.waitForEvent('worker', { timeout: 10_000 });
    await page.reload();
    expect((await worker).url()).toMatch(/\/assets\/profile-reader\.worker-[\w-]+\.js$/);
    await appTakesOver(page);
    // The page's own reader (what it loads when the worker cannot vouch for the data) never came.
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map(({ name }) => new URL(name).pathname),
    );
    expect(scripts.filter((path) => /\/read-profile-[\w-]+\.js$/.test(path))).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });
});

/** Records every policy violation from the page's next load on (its first script included). */
async function listenForViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { violations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);
