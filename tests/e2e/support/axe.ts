import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// @axe-core/playwright needs Node 22; injecting axe-core's own bundle does the same job.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page; throws with a readable list if any fail. */
export async function axeCheck(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol, not as a <script> element: the page's CSP allows no
  // inline script, and the tests keep that policy on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) =>
        [node.target.join(' '), node.failureSummary?.split('\n').slice(1).join(' ').trim()]
          .filter(Boolean)
          .join(' — '),
      ),
    }));
  }, WCAG_A_AA);

  if (violations.length === 0) return;
  const report = violations
    .map(
      (violation) =>
        `• ${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.targets.map((target) => `    ${target}`).join('\n'),
    )
    .join('\n');
  throw new Error(`axe found ${violations.length} WCAG A/AA violation(s) on ${label}:\n${report}`);
}
