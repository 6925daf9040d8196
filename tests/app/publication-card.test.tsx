import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { sampleProfile } from './sample-profile';

async function setup(title: RegExp) {
  const view = renderApp({ data: sampleProfile() });
  const card = await screen.findByRole('article', { name: title });
  return { ...view, card };
}

describe('a publication card', () => {
  it('shows year, kind, venue and authors, the profile owner emphasised', async () => {
    const { card } = await setup(/^Overcoming catastrophic forgetting/);

    expect(card).toHaveTextContent('2017');
    expect(card).toHaveTextContent('Journal article');
    expect(card).toHaveTextContent('PNAS');
    expect(
      within(card).getByRole('button', { name: 'Ada Researcher' }).querySelector('strong'),
    ).not.toBeNull();
    expect(
      within(card).getByRole('button', { name: 'James Kirkpatrick' }).querySelector('strong'),
    ).toBeNull();
  });

  it('collapses a long author list behind "+ N more authors"', async () => {
    const { user, card } = await setup(/^Overcoming catastrophic forgetting/);
    const authors = () => within(within(card).getByRole('list', { name: 'Authors' })).getAllByRole('button');

    expect(authors()).toHaveLength(8);
    expect(within(card).queryByRole('button', { name: 'Claudia Clopath' })).not.toBeInTheDocument();
    const more = within(card).getByRole('button', { name: '+ 4 more authors' });
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await user.click(more);

    expect(authors()).toHaveLength(12);
    expect(within(card).getByRole('button', { name: 'Show fewer authors' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('opens and closes a long abstract', async () => {
    const { user, card } = await setup(/^On the difficulty/);
    const toggle = within(card).getByRole('button', { name: 'See more' });
    const abstract = document.getElementById(toggle.getAttribute('aria-controls') ?? '');

    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(abstract).not.toHaveTextContent('softmax temperature');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('See less');
    expect(abstract).toHaveTextContent('Finally, a softmax temperature trick stabilises the output layer.');

    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('See more');
    expect(abstract).not.toHaveTextContent('softmax temperature');
  });

  it('has no toggle for a short abstract or none', async () => {
    const { card } = await setup(/^Identifying and attacking/);
    const noAbstract = screen.getByRole('article', { name: 'Policy distillation' });

    expect(card).toHaveTextContent('Saddle points, not local minima');
    expect(within(card).queryByRole('button', { name: /See (more|less)/ })).not.toBeInTheDocument();
    expect(within(noAbstract).queryByRole('button', { name: /See (more|less)/ })).not.toBeInTheDocument();
  });

  it('ends an abstract the source cut short with a note and a link to the paper', async () => {
    const { card } = await setup(/^Progressive neural networks/);

    expect(card).toHaveTextContent('The source cut this abstract short.');
    expect(within(card).getByRole('link', { name: 'Read the full abstract' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/1606.04671',
    );
  });

  it('links to the paper in a new tab, without giving it access to the page', async () => {
    const { card } = await setup(/^Overcoming catastrophic forgetting/);
    const links = within(within(card).getByRole('list', { name: 'Links' })).getAllByRole('link');

    expect(links.map((link) => link.textContent)).toEqual(['DOI', 'Code (GitHub)']);
    for (const link of links) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAttribute('target', '_blank');
    }
  });
});
