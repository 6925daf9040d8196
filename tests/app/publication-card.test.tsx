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

/**
 * A disclosure's toggle, found by its label: a native <summary> (no ARIA role in jsdom). Both its
 * labels are in the page; CSS shows the one for the current state (checked in the browser tests).
 */
function toggle(scope: HTMLElement, label: string) {
  const summary = within(scope).getByText(label).closest('summary');
  if (!summary) throw new Error(`"${label}" is not a disclosure's toggle`);
  return summary;
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
    const more = toggle(authors(), '+ 4 more authors');

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

    // Tab leaves the toolbar; Shift+Tab comes back to the control used last.
    await user.tab();
    expect(authors()).not.toContainElement(document.activeElement as HTMLElement);
    await user.tab({ shift: true });
    expect(more).toHaveFocus();
    expect(
      [...authors().querySelectorAll<HTMLElement>('button, summary, a')].filter(
        (control) => control.tabIndex === 0,
      ),
    ).toEqual([more]);
  });

  it('puts every author in the page, the ones past the eighth behind "+ 4 more authors"', async () => {
    const { user, card, authors } = await setup(/^Overcoming catastrophic forgetting/);
    const more = toggle(authors(), '+ 4 more authors');

    // All twelve are in the page, in paper order (the fold is CSS, so it reads without JavaScript).
    expect(within(authors()).getAllByRole('listitem')).toHaveLength(12);
    expect(within(card).getByRole('button', { name: 'Claudia Clopath' })).toBeInTheDocument();
    expect(more.parentElement).not.toHaveAttribute('open');
    expect(more).toHaveTextContent('Show fewer authors');

    await user.click(more);
    expect(more.parentElement).toHaveAttribute('open');
    await user.click(more);
    expect(more.parentElement).not.toHaveAttribute('open');
  });

  it('keeps an author the search matched out of the fold: the count says so', async () => {
    renderApp({ data: sampleProfile(), url: '?q=Clopath' });
    const card = await screen.findByRole('article', { name: /^Overcoming catastrophic forgetting/ });

    expect(await within(card).findByText('+ 3 more authors')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Claudia Clopath' })).toContainHTML('<mark');
  });

  it('opens and closes a long abstract, which is in the page whole', async () => {
    const { user, card } = await setup(/^On the difficulty/);
    const seeMore = toggle(card, 'See more');

    expect(seeMore).toHaveTextContent('See less');
    expect(card).toHaveTextContent('Finally, a softmax temperature trick stabilises the output layer.');
    expect(seeMore.parentElement).not.toHaveAttribute('open');

    await user.click(seeMore);
    expect(seeMore.parentElement).toHaveAttribute('open');
    await user.click(seeMore);
    expect(seeMore.parentElement).not.toHaveAttribute('open');
  });

  it('keeps the toggle in view when an abstract collapses above it', async () => {
    const { user, card, scrollIntoView } = await setup(/^On the difficulty/);
    const seeMore = toggle(card, 'See more');

    await user.click(seeMore);
    expect(scrollIntoView).not.toHaveBeenCalled();
    await user.click(seeMore);

    expect(seeMore.parentElement).not.toHaveAttribute('open');
    expect(scrollIntoView).toHaveBeenCalledExactlyOnceWith({ block: 'nearest' });
    expect(scrollIntoView.mock.contexts[0]).toBe(seeMore);
  });

  it('has no toggle for a short abstract or none', async () => {
    const { card } = await setup(/^Identifying and attacking/);
    const noAbstract = screen.getByRole('article', { name: 'Policy distillation' });

    expect(card).toHaveTextContent('Saddle points, not local minima');
    expect(within(card).queryByText('See more')).not.toBeInTheDocument();
    expect(within(noAbstract).queryByText('See more')).not.toBeInTheDocument();
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
