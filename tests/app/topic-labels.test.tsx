import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { buildProfile, buildPublication } from '../builders';
import { renderApp } from '../render-app';

const data = buildProfile({
  topics: ['Deep Learning', 'Graphs', 'Optimization'],
  topicLabels: { fr: { 'Deep Learning': 'Apprentissage profond', Graphs: 'Graphes' } },
  publications: [
    buildPublication({ id: 'one', title: 'Deep nets', topics: ['Deep Learning', 'Graphs'] }),
    buildPublication({ id: 'two', title: 'Other nets', topics: ['Graphs'] }),
  ],
});

describe('topic labels in the page’s language', () => {
  it('shows the French labels on chips and cards; the URL keeps the language-neutral slug', async () => {
    const { user, params } = renderApp({ data, messages: fr });
    const chips = await screen.findByRole('group', { name: 'Thèmes de recherche' }, { timeout: 5000 });
    await user.click(within(chips).getByRole('button', { name: /^Apprentissage profond/ }));
    expect(params().get('topics')).toBe('deep-learning');
    // A topic without a French label keeps its name (and, with no publication, is listed apart).
    expect(screen.getByText(/Optimization/)).toBeInTheDocument();
    const card = screen.getByRole('article', { name: /Deep nets/ });
    expect(within(card).getByText('Graphes')).toBeInTheDocument();
    expect(within(card).queryByText('Graphs')).toBeNull();
  });

  it('shows the topics’ own names in English', async () => {
    renderApp({ data });
    const chips = await screen.findByRole('group', { name: 'Research topics' }, { timeout: 5000 });
    expect(within(chips).getByRole('button', { name: /^Graphs/ })).toBeInTheDocument();
    expect(screen.queryByText(/Apprentissage/)).toBeNull();
  });
});
