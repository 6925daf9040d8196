import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { sampleProfile } from './sample-profile';

async function setup(title: RegExp) {
  // jsdom does not scroll; this records who asked to be kept in view.
  const scrollIntoView = vi.fn();
  Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', {
    value: scrollIntoView,
    configurable: true,
  });
  const view = renderApp({ data: sampleProfile() });
  const card = await screen.findByRole('article', { name: title });
  const authors = () => within(card).getByRole('toolbar', { name: 'Authors' });
  return { ...view, card, authors, scrollIntoView };
}

describe('a publication card', () => {
  it('shows year, kind, venue and authors, the profile owner emphasised and not a control', async () => {
    const { card, authors } = await setup(/^Overcoming catastrophic forgetting/);

    expect(card).toHaveTextContent('2017');
    expect(card).toHaveTextContent('Journal article');
    expect(card).toHaveTextContent('PNAS');
    expect(within(card).getByText('Ada Researcher').closest('strong')).not.toBeNull();
    expect(within(card).queryByRole('button', { name: 'Ada Researcher' })).not.toBeInTheDocument();
    expect(within(authors()).getByRole('button', { name: 'James Kirkpatrick' })).toBeInTheDocument();
  });

  it('makes the author list one Tab stop, with arrow keys, Home and End between the names', async () => {
    const { user, card, authors } = await setup(/^Overcoming catastrophic forgetting/);
    const author = (name: string) => within(authors()).getByRole('button', { name });
    const more = within(authors()).getByRole('button', { name: '+ 4 more authors' });

    within(card).getByRole('heading', { level: 3 }).focus();
    await user.tab();
    expect(author('James Kirkpatrick')).toHaveFocus();
    // The owner's name is skipped: it is not a control.
    await user.keyboard('{ArrowRight}');
    expect(author('Neil Rabinowitz')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowUp}{ArrowLeft}');
    expect(author('James Kirkpatrick')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(more).toHaveFocus();
    await user.keyboard('{Home}');
    expect(author('James Kirkpatrick')).toHaveFocus();
    await user.keyboard('{End}');
    expect(more).toHaveFocus();

    // Tab leaves the toolbar; Shift+Tab comes back to the button used last.
    await user.tab();
    expect(authors()).not.toContainElement(document.activeElement as HTMLElement);
    await user.tab({ shift: true });
    expect(more).toHaveFocus();
    expect(
      within(authors())
        .getAllByRole('button')
        .filter((button) => button.tabIndex === 0),
    ).toEqual([more]);
  });

  it('collapses a long author list behind "+ N more authors"', async () => {
    const { user, card, authors } = await setup(/^Overcoming catastrophic forgetting/);
    const names = () => within(authors()).getAllByRole('listitem');

    expect(names()).toHaveLength(8);
    expect(within(card).queryByRole('button', { name: 'Claudia Clopath' })).not.toBeInTheDocument();
    const more = within(authors()).getByRole('button', { name: '+ 4 more authors' });
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await user.click(more);

    expect(names()).toHaveLength(12);
    expect(within(card).getByRole('button', { name: 'Claudia Clopath' })).toBeInTheDocument();
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

  it('keeps the toggle in view when an abstract collapses above it', async () => {
    const { user, card, scrollIntoView } = await setup(/^On the difficulty/);
    const toggle = within(card).getByRole('button', { name: 'See more' });

    await user.click(toggle);
    expect(scrollIntoView).not.toHaveBeenCalled();
    await user.click(toggle);

    expect(scrollIntoView).toHaveBeenCalledExactlyOnceWith({ block: 'nearest' });
    expect(scrollIntoView.mock.contexts[0]).toBe(toggle);
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
    expect(
      within(card).getByRole('link', {
        name: 'Read the full abstract: Progressive neural networks (opens in a new tab)',
      }),
    ).toHaveAttribute('href', 'https://arxiv.org/abs/1606.04671');
  });

  it("names each link by its label and the paper's title, and says it opens a new tab", async () => {
    const { card } = await setup(/^Overcoming catastrophic forgetting/);
    const links = within(within(card).getByRole('list', { name: 'Links' })).getAllByRole('link');
    const title = 'Overcoming catastrophic forgetting in neural networks';

    expect(links.map((link) => link.textContent)).toEqual(['DOI', 'Code (GitHub)']);
    expect(links[0]).toHaveAccessibleName(`DOI: ${title} (opens in a new tab)`);
    expect(links[1]).toHaveAccessibleName(`Code (GitHub): ${title} (opens in a new tab)`);
    for (const link of links) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAttribute('target', '_blank');
    }
  });
});
