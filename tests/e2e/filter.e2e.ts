import type { Profile } from '../../src/data/profile-schema';
import { describe, expect, test } from 'vitest';
import { setupBrowser } from './support/browser';
import {
  chip,
  countWithTopics,
  expectShowing,
  loadServedProfile,
  chooseMatch,
  matchRadio,
  search,
  searchBox,
} from './support/profile-page';

const open = setupBrowser();

/** Two topics that share some but not all of their publications, so Any and All differ. */
function overlappingTopics(profile: Profile): [string, string] {
  let best: [string, string] | undefined;
  let bestUnion = 0;
  for (const first of profile.topics)
    for (const second of profile.topics) {
      if (first >= second) continue;
      const union = countWithTopics(profile, [first, second], 'any');
      const both = countWithTopics(profile, [first, second], 'all');
      if (both > 0 && both < union && union > bestUnion) [best, bestUnion] = [[first, second], union];
    }
  if (!best) throw new Error('the dataset has no two overlapping topics to filter by');
  return best;
}

describe('filtering by topics', () => {
  test('Any shows publications with either topic; All only those with both', async () => {
    const profile = loadServedProfile();
    const total = profile.publications.length;
    const [first, second] = overlappingTopics(profile);
    const page = await open();

    expect(await matchRadio(page, 'any').isChecked()).toBe(true);
    await chip(page, first).click();
    expect(await chip(page, first).getAttribute('aria-pressed')).toBe('true');
    await expectShowing(page, countWithTopics(profile, [first], 'any'), total);

    await chip(page, second).click();
    await expectShowing(page, countWithTopics(profile, [first, second], 'any'), total);

    await chooseMatch(page, 'all');
    await expectShowing(page, countWithTopics(profile, [first, second], 'all'), total);
    expect(page.url()).toMatch(/[?&]mode=all\b/);
    expect(page.url()).toMatch(/[?&]topics=[^&]*%2C|[?&]topics=[^&]*,/);

    await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
    await expectShowing(page, total, total);
    expect(await chip(page, first).getAttribute('aria-pressed')).toBe('false');
    expect(await matchRadio(page, 'any').isChecked()).toBe(true);
  });

  test('Back undoes the last chip', async () => {
    const profile = loadServedProfile();
    const total = profile.publications.length;
    const [first, second] = overlappingTopics(profile);
    const page = await open();

    await chip(page, first).click();
    await expectShowing(page, countWithTopics(profile, [first], 'any'), total);
    await chip(page, second).click();
    await expectShowing(page, countWithTopics(profile, [first, second], 'any'), total);

    await page.goBack();
    await expectShowing(page, countWithTopics(profile, [first], 'any'), total);
    expect(await chip(page, first).getAttribute('aria-pressed')).toBe('true');
    expect(await chip(page, second).getAttribute('aria-pressed')).toBe('false');

    await page.goBack();
    await expectShowing(page, total, total);
    expect(await chip(page, first).getAttribute('aria-pressed')).toBe('false');
  });

  test("the empty state's one button clears the search and the topics", async () => {
    const profile = loadServedProfile();
    const total = profile.publications.length;
    const [topic] = overlappingTopics(profile);
    const page = await open();

    await chip(page, topic).click();
    await search(page, 'qwxzvqj');
    await expectShowing(page, 0, total);
    expect(await page.getByText('No publications match').isVisible()).toBe(true);
    const clear = page.getByRole('button', { name: 'Clear search and filters', exact: true });
    expect(await clear.count()).toBe(1);

    await clear.click();
    await expectShowing(page, total, total);
    expect(await searchBox(page).inputValue()).toBe('');
    expect(await chip(page, topic).getAttribute('aria-pressed')).toBe('false');
  });
});
