import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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

    await user.click(screen.getByRole('radio', { name: 'All selected topics' }));
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
    expect(screen.getByRole('radio', { name: 'Any selected topic' })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Search publications' })).toHaveValue('');
    expect(titles()).toHaveLength(10);
    expect(params().toString()).toBe('');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('offers no topic controls for a profile without topics', async () => {
    renderApp({ data: buildProfile({ topics: [], publications: [buildPublication()] }) });

    expect(await screen.findByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Research topics' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'All selected topics' })).not.toBeInTheDocument();
  });
});
