import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { buildProfile, buildPublication } from '../builders';
import { renderApp } from '../render-app';

const data = buildProfile({
  topics: ['Continual Learning', 'Deep Learning'],
  topicLabels: {
    fr: { 'Continual Learning': 'Apprentissage continu', 'Deep Learning': 'Apprentissage profond' },
  },
  publications: [
    buildPublication({ id: 'plasticity', title: 'Plasticity loss', topics: ['Continual Learning'] }),
    buildPublication({
      id: 'replay',
      title: 'Replay buffers',
      topics: ['Deep Learning', 'Continual Learning'],
    }),
    buildPublication({ id: 'wide', title: 'Wide nets', topics: ['Deep Learning'] }),
  ],
});

async function setup(options: Parameters<typeof renderApp>[0] = {}) {
  const view = renderApp({ data, ...options });
  const searchbox = await screen.findByRole('searchbox', {}, { timeout: 5000 });
  const cards = () => screen.queryAllByRole('article');
  const titles = () => cards().map((card) => within(card).getByRole('heading', { level: 3 }).textContent);
  return { ...view, searchbox, cards, titles };
}

describe('searching topics by their labels', () => {
  it('the French page finds the publications tagged with a topic by its French label', async () => {
    const { user, searchbox, cards, titles } = await setup({ messages: fr });

    await user.type(searchbox, 'apprentisage continu');

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        '2 publications affichées sur 3 correspondant à « apprentisage continu »',
      ),
    );
    expect(titles()).toEqual(['Plasticity loss', 'Replay buffers']);
    // Every card says why it is there: the label it is tagged with, in French.
    for (const card of cards())
      expect(within(card).getByRole('list', { name: 'Thèmes' })).toHaveTextContent('Apprentissage continu');
  });

  it('a shared link finds the same publications on the English page, where the cards show the names', async () => {
    const { titles } = await setup({ url: '?q=apprentissage+continu' });

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Showing 2 of 3 publications matching “apprentissage continu”',
      ),
    );
    expect(titles()).toEqual(['Plasticity loss', 'Replay buffers']);
  });

  it('highlights the typed words in the label the French card prints', async () => {
    const { user, searchbox, cards } = await setup({ messages: fr });

    await user.type(searchbox, 'apprentissage continu');

    await waitFor(() => expect(cards()).toHaveLength(2));
    for (const card of cards()) {
      const topics = within(card).getByRole('list', { name: 'Thèmes' });
      const marks = within(topics).getAllByText((_, element) => element?.tagName === 'MARK');
      expect(marks.map((mark) => mark.textContent)).toEqual(
        expect.arrayContaining(['Apprentissage', 'continu']),
      );
    }
  });
});
