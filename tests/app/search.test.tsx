import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { sampleProfile } from './sample-profile';

async function setup(url = '') {
  const view = renderApp({ data: sampleProfile(), url });
  const searchbox = await screen.findByRole('searchbox', { name: 'Search publications' });
  const titles = () =>
    within(screen.getByRole('region', { name: 'Publications' }))
      .queryAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
  return { ...view, searchbox, titles };
}

describe('searching publications', () => {
  it('finds a title whatever its accents and case, and highlights the words', async () => {
    const { user, searchbox, titles } = await setup();

    await user.type(searchbox, 'RESEAUX memoire');

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Showing 1 of 10 publications matching “RESEAUX memoire”',
    );
    expect(titles()).toEqual(['Réseaux de neurones et mémoire']);
    const marks = within(screen.getByRole('heading', { level: 3 })).getAllByText(
      (_, element) => element?.tagName === 'MARK',
    );
    expect(marks.map((mark) => mark.textContent)).toEqual(['Réseaux', 'mémoire']);
  });

  it('finds an accented author typed without accents', async () => {
    const { user, searchbox, titles } = await setup();

    await user.type(searchbox, 'gulcehre');

    expect(await screen.findByRole('status')).toHaveTextContent('Showing 1 of 10');
    expect(titles()).toEqual(['Identifying and attacking the saddle point problem']);
    expect(screen.getByRole('button', { name: 'Çağlar Gülçehre' })).toContainHTML('<mark');
  });

  it('forgives a small typo', async () => {
    const { user, searchbox, titles } = await setup();

    await user.type(searchbox, 'distilation');

    expect(await screen.findByRole('heading', { level: 3, name: 'Policy distillation' })).toBeInTheDocument();
    expect(titles()).toEqual(['Policy distillation']);
  });

  it('narrows the result with each word', async () => {
    const { user, searchbox, titles } = await setup();

    await user.type(searchbox, 'networks');
    const broad = titles().length;
    await user.type(searchbox, ' graph');

    expect(broad).toBeGreaterThan(2);
    // A title hit first, then a publication tagged "Graphs" (topic labels are searched).
    expect(titles()).toEqual([
      'Relational inductive biases, deep learning, and graph networks',
      'Interaction networks for learning about objects, relations and physics',
    ]);
  });

  it('ranks by relevance while searching, unless the visitor picks an order', async () => {
    const { user, searchbox, titles, params } = await setup();
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    expect(sort).toHaveDisplayValue('Newest first');
    expect(within(sort).queryByRole('option', { name: 'Relevance' })).not.toBeInTheDocument();

    await user.type(searchbox, 'networks');
    expect(sort).toHaveDisplayValue('Relevance');
    const byRelevance = titles();

    await user.selectOptions(sort, 'Title A–Z');
    expect(titles()).toEqual([...titles()].sort((a, b) => (a ?? '').localeCompare(b ?? '')));
    expect(params().get('sort')).toBe('title');

    await user.selectOptions(sort, 'Newest first');
    expect(titles()[0]).toBe('On the number of response regions of deep feed forward networks');
    expect(params().get('sort')).toBe('newest');

    await user.selectOptions(sort, 'Relevance');
    expect(params().has('sort')).toBe(false);
    expect(titles()).toEqual(byRelevance);
    await user.clear(searchbox);
    expect(sort).toHaveDisplayValue('Newest first');
  });

  it('combines with topic chips', async () => {
    const { user, searchbox, titles } = await setup();

    await user.type(searchbox, 'networks');
    await user.click(screen.getByRole('button', { name: /^Graphs\b/ }));

    expect(titles()).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 2 of 10 publications matching “networks” in Graphs',
    );
  });

  it('says when the match is in the hidden part of an abstract', async () => {
    const { user, searchbox } = await setup();

    await user.type(searchbox, 'softmax');

    const card = await screen.findByRole('article', { name: /^On the difficulty/ });
    expect(within(card).getByText('Match in abstract:').parentElement).toHaveTextContent(/temperature/);
  });

  it('searches for an author when their name is clicked', async () => {
    const { user, searchbox, titles, params } = await setup();

    await user.click(screen.getByRole('button', { name: 'Yoshua Bengio' }));

    expect(searchbox).toHaveValue('Yoshua Bengio');
    expect(params().get('q')).toBe('Yoshua Bengio');
    expect(titles()).toEqual(['On the difficulty of training recurrent neural networks']);
  });

  it('offers one button that clears search and filters when nothing matches', async () => {
    const { user, searchbox, titles } = await setup('?topics=graphs');

    await user.type(searchbox, 'zebrafish');

    expect(await screen.findByText('No publications match')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 10 publications');
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));

    expect(searchbox).toHaveValue('');
    expect(searchbox).toHaveFocus();
    expect(screen.getByRole('button', { name: /^Graphs\b/ })).toHaveAttribute('aria-pressed', 'false');
    expect(titles()).toHaveLength(10);
  });

  it('renders data as text, never as HTML', async () => {
    const profile = sampleProfile();
    profile.publications[0]!.title = '<img src=x onerror=alert(1)> Injected';
    renderApp({ data: profile });

    expect(
      await screen.findByRole('heading', { level: 3, name: '<img src=x onerror=alert(1)> Injected' }),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
