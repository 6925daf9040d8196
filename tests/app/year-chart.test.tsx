import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { sampleProfile } from './sample-profile';

async function setup(url = '') {
  const data = sampleProfile();
  const view = renderApp({ data, url });
  // The chart loads on demand: the first import of its module can take a while in jsdom.
  const chart = await screen.findByRole('toolbar', { name: 'Publications per year' }, { timeout: 5_000 });
  const bar = (year: number) => within(chart).getByRole('button', { name: new RegExp(`^${year}: `) });
  const cards = () => within(screen.getByRole('region', { name: 'Publications' })).queryAllByRole('article');
  const cardYears = () => cards().map((card) => Number(/\b(19|20)\d\d\b/.exec(card.textContent ?? '')?.[0]));
  return { ...view, data, chart, bar, cards, cardYears };
}

describe('publications per year', () => {
  it('has a bar for every year from the first to the last, empty years included', async () => {
    const { chart, data } = await setup();
    const years = data.publications.map((publication) => publication.year);
    const [first, last] = [Math.min(...years), Math.max(...years)];

    const bars = within(chart).getAllByRole('button');
    expect(bars).toHaveLength(last - first + 1);
    for (const [index, bar] of bars.entries()) {
      const year = first + index;
      const count = years.filter((candidate) => candidate === year).length;
      expect(bar).toHaveAccessibleName(`${year}: ${count} ${count === 1 ? 'publication' : 'publications'}`);
    }
    // Some years have no publication, and still have a bar.
    expect(bars.length).toBeGreaterThan(new Set(years).size);
  });

  it('filters to a year, shows it in the status and the URL, and Clear filters undoes it', async () => {
    const { user, bar, cardYears, params } = await setup();

    await user.click(bar(2016));
    expect(cardYears()).toEqual([2016, 2016, 2016]);
    expect(bar(2016)).toHaveAttribute('aria-pressed', 'true');
    expect(params().get('year')).toBe('2016');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 10 publications from 2016');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(cardYears()).toHaveLength(10);
    expect(params().has('year')).toBe(false);
  });

  it('extends to a range with Shift, and Back undoes each step', async () => {
    const { user, bar, cardYears, params, memory } = await setup();

    await user.click(bar(2014));
    await user.keyboard('{Shift>}');
    await user.click(bar(2016));
    await user.keyboard('{/Shift}');
    expect(params().get('year')).toBe('2014-2016');
    expect(new Set(cardYears())).toEqual(new Set([2014, 2016]));
    expect(bar(2015)).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('from 2014 to 2016');

    act(() => memory?.back());
    expect(params().get('year')).toBe('2014');
    act(() => memory?.back());
    expect(params().has('year')).toBe(false);
  });

  it('counts under the search and topics, and is one Tab stop with arrow keys', async () => {
    const { user, bar, chart } = await setup('?topics=graphs');
    expect(bar(2016)).toHaveAccessibleName('2016: 1 publication');
    expect(bar(2014)).toHaveAccessibleName('2014: 0 publications');

    const tabbable = within(chart)
      .getAllByRole('button')
      .filter((button) => button.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    tabbable[0]!.focus();
    await user.keyboard('{Home}');
    expect(within(chart).getAllByRole('button')[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(within(chart).getAllByRole('button')[1]).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers every year back when the chosen year has nothing', async () => {
    const { user, cards } = await setup('?year=2015');
    expect(cards()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Show every year (10 publications)' }));
    expect(cards()).toHaveLength(10);
  });
});
