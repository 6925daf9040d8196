import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { sampleProfile } from './sample-profile';

async function setup(options: { url?: string; realHistory?: boolean } = {}) {
  const view = renderApp({ data: sampleProfile(), ...options });
  const topics = await screen.findByRole('group', { name: 'Research topics' });
  const chip = (name: string) => within(topics).getByRole('button', { name: new RegExp(`^${name}\\b`) });
  const searchbox = screen.getByRole('searchbox', { name: 'Search publications' });
  return { ...view, chip, searchbox };
}

describe('the page state in the URL', () => {
  it('restores search, topics, match mode and sort from the URL', async () => {
    const { user, chip, searchbox } = await setup({
      url: '?q=networks&topics=deep-learning,optimization&mode=all&sort=title',
    });

    expect(searchbox).toHaveValue('networks');
    expect(chip('Deep Learning')).toHaveAttribute('aria-pressed', 'true');
    expect(chip('Optimization')).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('radio', { name: 'All selected topics' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Showing 2 of 10 publications matching “networks” in Deep Learning and Optimization$/,
    );

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('Title A–Z');
  });

  it('ignores what it does not understand', async () => {
    const { chip, searchbox } = await setup({ url: '?topics=no-such-topic,graphs&mode=some&sort=random' });

    expect(searchbox).toHaveValue('');
    expect(chip('Graphs')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('radio', { name: 'All selected topics' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveDisplayValue('Newest first');
  });

  it('writes chip toggles, match mode and sort to the URL, keeping ?profile=', async () => {
    const { user, chip, params } = await setup({ url: '?profile=ada-researcher' });

    await user.click(chip('Graphs'));
    await user.click(chip('Deep Learning'));
    await user.click(await screen.findByRole('radio', { name: 'All selected topics' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Title A–Z');

    expect(params().toString()).toBe(
      'profile=ada-researcher&topics=deep-learning%2Cgraphs&mode=all&sort=title',
    );
  });

  it('lets Back undo a chip toggle (real browser history)', async () => {
    const { user, chip } = await setup({ realHistory: true, url: '?topics=graphs' });
    const entries = window.history.length;

    await user.click(chip('Optimization'));
    expect(window.location.search).toBe('?topics=optimization%2Cgraphs');
    expect(window.history.length).toBe(entries + 1);

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });

    expect(chip('Optimization')).toHaveAttribute('aria-pressed', 'false');
    expect(chip('Graphs')).toHaveAttribute('aria-pressed', 'true');
  });

  it('adds one history entry for a search, not one per keystroke', async () => {
    const { user, searchbox, memory, params } = await setup();

    await user.type(searchbox, 'gradient');
    await waitFor(() => expect(params().get('q')).toBe('gradient'));
    await user.type(searchbox, ' descent');
    await waitFor(() => expect(params().get('q')).toBe('gradient descent'));

    expect(memory?.length).toBe(2);
  });

  it('goes Back from a settled search to the page as it was before it, topics included', async () => {
    const { user, searchbox, memory, chip, params } = await setup();
    await user.click(chip('Graphs'));
    await user.click(chip('Deep Learning'));

    await user.type(searchbox, 'relational');
    await waitFor(() => expect(params().get('q')).toBe('relational'));
    await user.type(searchbox, ' inductive');
    await waitFor(() => expect(params().get('q')).toBe('relational inductive'));

    act(() => memory?.back());
    expect(searchbox).toHaveValue('');
    expect(params().get('topics')).toBe('deep-learning,graphs');
    expect(chip('Deep Learning')).toHaveAttribute('aria-pressed', 'true');
    act(() => memory?.back());
    expect(params().get('topics')).toBe('graphs');
    act(() => memory?.back());
    expect(params().toString()).toBe('');
  });

  it('drops topics the profile lacks from the URL and says so once', async () => {
    const { user, chip, params } = await setup({ url: '?topics=nonexistent,graphs' });

    await waitFor(() => expect(params().get('topics')).toBe('graphs'));
    expect(chip('Graphs')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(
      "Showing 2 of 10 publications in Graphs. The link's topic “nonexistent” is not on this profile and was ignored",
    );

    await user.click(chip('Optimization'));
    expect(screen.getByRole('status')).not.toHaveTextContent('nonexistent');
  });

  it('restores the search when going Back to it', async () => {
    const { user, searchbox, memory, chip } = await setup({ url: '?q=policy' });

    await user.click(chip('Reinforcement Learning'));
    await user.clear(searchbox);
    await user.type(searchbox, 'saddle');
    await waitFor(() => expect(memory?.read().get('q')).toBe('saddle'));

    act(() => memory?.back());
    expect(searchbox).toHaveValue('policy');
    expect(chip('Reinforcement Learning')).toHaveAttribute('aria-pressed', 'true');

    act(() => memory?.back());
    expect(searchbox).toHaveValue('policy');
    expect(chip('Reinforcement Learning')).toHaveAttribute('aria-pressed', 'false');
  });

  it('does not let a pending keystroke overwrite the entry Back returned to', async () => {
    const { user, searchbox, memory, chip } = await setup({ url: '?q=policy' });
    await user.click(chip('Reinforcement Learning'));

    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await user.type(searchbox, 'x');
      act(() => memory?.back()); // before the typing reaches the URL
      await act(() => vi.advanceTimersByTimeAsync(1_000));
    } finally {
      vi.useRealTimers();
    }

    expect(memory?.read().toString()).toBe('q=policy');
    expect(searchbox).toHaveValue('policy');
  });
});
