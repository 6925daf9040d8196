import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import razvanPascanu from '../../data/profiles/razvan-pascanu.json';
import { renderApp } from '../render-app';

describe('the real dataset', () => {
  it('shows all 10 publications and all 15 topics of razvan-pascanu.json', async () => {
    renderApp({ data: razvanPascanu });

    expect(await screen.findByRole('heading', { level: 1, name: 'Razvan Pascanu' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Research topics' });
    // Topics with publications are chips; the others are listed after them as text.
    const chips = within(group).getAllByRole('button');
    for (const chip of chips) expect(chip).toBeEnabled();
    const unused = razvanPascanu.topics.filter(
      (topic) => !razvanPascanu.publications.some((publication) => publication.topics.includes(topic)),
    );
    expect(chips).toHaveLength(razvanPascanu.topics.length - unused.length);
    expect(unused.length).toBeGreaterThan(0);
    expect(within(group).getByText(`Also works on: ${unused.join(', ')}`)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(10);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 10 of 10 publications');
    expect(screen.queryByRole('img', { name: 'Portrait of Razvan Pascanu' })).not.toBeInTheDocument();
  });

  it('finds "Softmax is not Enough" by a word of its title', async () => {
    const { user } = renderApp({ data: razvanPascanu });

    await user.type(await screen.findByRole('searchbox', { name: 'Search publications' }), 'softmax');

    expect(
      await screen.findByRole('heading', {
        level: 3,
        name: 'Softmax is not Enough (for Sharp Size Generalisation)',
      }),
    ).toBeInTheDocument();
  });
});
