import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildPublication } from '../builders';
import { renderApp } from '../render-app';

async function setup(count: number) {
  const publications = Array.from({ length: count }, (_, index) =>
    buildPublication({ id: `paper-${index}`, title: `Paper number ${index}`, year: 2000 + (index % 25) }),
  );
  const view = renderApp({ data: buildProfile({ publications }) });
  const cards = () => screen.getAllByRole('article');
  return { ...view, cards };
}

describe('a long list of publications', () => {
  it('renders the first 50 cards, then more on request', async () => {
    const { user, cards } = await setup(120);
    // Role queries over 50 cards are slow in jsdom: give the first render time.
    await screen.findAllByRole('article', {}, { timeout: 15_000 });

    expect(cards()).toHaveLength(50);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 120 of 120 publications');

    await user.click(screen.getByRole('button', { name: 'Show more publications (70 more)' }));
    expect(cards()).toHaveLength(100);
    expect(cards()[50]?.querySelector('h3')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Show more publications (20 more)' }));
    expect(cards()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /Show more publications/ })).not.toBeInTheDocument();
  });

  it('starts over at 50 when the search changes', async () => {
    const { user, cards } = await setup(120);
    await user.click(
      await screen.findByRole('button', { name: /Show more publications/ }, { timeout: 15_000 }),
    );
    expect(cards()).toHaveLength(100);

    await user.type(screen.getByRole('searchbox', { name: 'Search publications' }), 'paper');

    // The first screenful comes with the keystroke, the rest of the page (and this button) a frame later.
    expect(
      await screen.findByRole('button', { name: 'Show more publications (70 more)' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Publications' })).getAllByRole('article')).toHaveLength(
      50,
    );
  });
});
