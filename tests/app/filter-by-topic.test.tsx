import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { buildProfile, buildPublication } from '../builders';
import { sampleProfile } from './sample-profile';

async function setup(url = '') {
  const view = renderApp({ data: sampleProfile(), url });
  const topics = await screen.findByRole('group', { name: 'Research topics' });
  const chip = (name: string) => within(topics).getByRole('button', { name: new RegExp(`^${name}\\b`) });
  const titles = () =>
    within(screen.getByRole('region', { name: 'Publications' }))
      .queryAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
  return { ...view, chip, titles };
}

describe('filtering by topic', () => {
  it('shows each topic as a chip with its number of publications', async () => {
    const { chip } = await setup();

    expect(chip('Deep Learning')).toHaveAccessibleName('Deep Learning 5');
    expect(chip('Graphs')).toHaveAccessibleName('Graphs 2');
    expect(chip('Graphs')).toHaveAttribute('aria-pressed', 'false');
  });

  it('filters by one topic, and each card shows its topics', async () => {
    const { user, chip, titles } = await setup();

    await user.click(chip('Graphs'));

    expect(chip('Graphs')).toHaveAttribute('aria-pressed', 'true');
    expect(titles()).toEqual([
      'Relational inductive biases, deep learning, and graph networks',
      'Interaction networks for learning about objects, relations and physics',
    ]);
    const card = screen.getByRole('article', { name: /^Relational inductive/ });
    expect(within(within(card).getByRole('list', { name: 'Topics' })).getAllByRole('listitem')).toHaveLength(
      2,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 10 publications in Graphs');
  });

  it('with two topics shows publications with any of them, or with all of them', async () => {
    const { user, chip, titles } = await setup();

    await user.click(chip('Optimization'));
    await user.click(chip('Deep Learning'));
    expect(titles()).toHaveLength(6);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 6 of 10 publications in Deep Learning or Optimization',
    );

    await user.click(await screen.findByRole('radio', { name: 'All selected topics' }));
    expect(titles()).toEqual([
      'Revisiting natural gradient for deep networks',
      'On the difficulty of training recurrent neural networks',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('in Deep Learning and Optimization');

    await user.click(screen.getByRole('radio', { name: 'Any selected topic' }));
    expect(titles()).toHaveLength(6);
  });

  it('disables topics that would show nothing, given the search', async () => {
    const { user, chip } = await setup();

    await user.type(screen.getByRole('searchbox', { name: 'Search publications' }), 'saddle');

    expect(await screen.findByRole('button', { name: /^Graphs 0/ })).toBeDisabled();
    expect(chip('Optimization')).toHaveAccessibleName('Optimization 1');
    expect(chip('Optimization')).toBeEnabled();
  });

  it('clears topics, match mode and search with "Clear filters"', async () => {
    const { user, chip, titles, params } = await setup('?topics=graphs,optimization&mode=all&q=network');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(chip('Graphs')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('radio', { name: 'All selected topics' })).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search publications' })).toHaveValue('');
    expect(titles()).toHaveLength(10);
    expect(params().toString()).toBe('');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('clears a typed search once it has reached the URL, with either clear button', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      for (const button of ['Clear filters', 'Clear search and filters']) {
        const { user, titles, params, unmount } = await setup();
        const searchbox = screen.getByRole('searchbox', { name: 'Search publications' });
        await user.type(searchbox, 'quantum');
        await act(() => vi.advanceTimersByTimeAsync(1_000)); // the typing has settled in the URL
        expect(params().get('q')).toBe('quantum');
        expect(titles()).toEqual([]);

        await user.click(screen.getByRole('button', { name: button }));

        expect(searchbox).toHaveValue('');
        expect(titles()).toHaveLength(10);
        expect(params().toString()).toBe('');
        await act(() => vi.advanceTimersByTimeAsync(1_000));
        expect(searchbox).toHaveValue('');
        unmount();
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('in "all" mode counts what each chip would show, and disables, with a reason, those showing nothing', async () => {
    const { user, chip, titles } = await setup('?topics=deep-learning&mode=all');
    expect(titles()).toHaveLength(5);

    expect(chip('Reinforcement Learning')).toHaveAccessibleName(/^Reinforcement Learning 0/);
    expect(chip('Reinforcement Learning')).toBeDisabled();
    expect(chip('Reinforcement Learning')).toHaveAccessibleDescription(
      'Greyed-out topics have no publication together with Deep Learning.',
    );
    let tried = 0;
    for (const topic of ['Optimization', 'Continual Learning', 'Graphs']) {
      const promised = Number(chip(topic).textContent?.match(/(\d+)$/)?.[1]);
      expect(promised).toBeGreaterThan(0);
      await user.click(chip(topic));
      expect(titles()).toHaveLength(promised);
      await user.click(chip(topic));
      tried += 1;
    }
    expect(tried).toBe(3);
  });

  it('offers the ways out that keep the most when nothing matches', async () => {
    const { user, chip, titles, params } = await setup('?topics=graphs,optimization,deep-learning&mode=all');
    expect(titles()).toEqual([]);
    expect(
      screen.getByRole('button', { name: 'Match any selected topic (7 publications)' }),
    ).toBeInTheDocument();

    // Without Graphs, 2 publications have the other two topics; without Optimization, 1; else none.
    await user.click(screen.getByRole('button', { name: 'Remove “Graphs” (2 publications)' }));
    expect(titles()).toHaveLength(2);
    expect(params().get('topics')).toBe('deep-learning,optimization');
    expect(params().get('mode')).toBe('all');
    expect(chip('Graphs')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('searchbox', { name: 'Search publications' })).toHaveFocus();
  });

  it('offers to search all topics, or to keep the topics without the search', async () => {
    const { user, titles, params } = await setup('?topics=graphs&q=saddle');
    expect(titles()).toEqual([]);
    expect(
      screen.getByRole('button', { name: 'Clear the search, keep the topics (2 publications)' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Search all topics (1 publication)' }));
    expect(titles()).toEqual(['Identifying and attacking the saddle point problem']);
    expect(params().get('topics')).toBeNull();
    expect(params().get('q')).toBe('saddle');
  });

  it('lists topics no publication has apart, as text, after the chips', async () => {
    const data = sampleProfile();
    renderApp({ data: { ...data, topics: [...data.topics, 'Quantum Computing'] } });
    const topics = await screen.findByRole('group', { name: 'Research topics' });

    expect(within(topics).queryByRole('button', { name: /^Quantum Computing/ })).not.toBeInTheDocument();
    expect(within(topics).getByText('Also works on: Quantum Computing')).toBeInTheDocument();
  });

  it('shows the match switch only when two or more topics are selected', async () => {
    const { user, chip } = await setup();
    expect(screen.queryByRole('radio', { name: 'All selected topics' })).not.toBeInTheDocument();

    await user.click(chip('Graphs'));
    expect(screen.queryByRole('radio', { name: 'All selected topics' })).not.toBeInTheDocument();
    await user.click(chip('Optimization'));
    expect(await screen.findByRole('radio', { name: 'All selected topics' })).not.toBeChecked();
  });

  it('offers no topic controls for a profile without topics', async () => {
    renderApp({ data: buildProfile({ topics: [], publications: [buildPublication()] }) });

    expect(await screen.findByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Research topics' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'All selected topics' })).not.toBeInTheDocument();
  });
});
