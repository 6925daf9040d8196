import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { sampleProfile } from './sample-profile';

async function setup() {
  const view = renderApp({ data: sampleProfile() });
  const searchbox = await screen.findByRole('searchbox', { name: 'Search publications' });
  const count = () => screen.queryAllByRole('article').length;
  return { ...view, searchbox, count };
}

/** Presses Tab until `element` has focus, as a keyboard user would. */
async function tabTo(user: UserEvent, element: HTMLElement, limit = 60) {
  for (let presses = 0; presses < limit && element.ownerDocument.activeElement !== element; presses += 1)
    await user.tab();
  expect(element).toHaveFocus();
}

describe('using the page with the keyboard only', () => {
  it('skips past the header and topics to the publications with the first Tab stop', async () => {
    const { user, searchbox } = await setup();
    const urlBefore = window.location.href;

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to publications' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { level: 2, name: 'Publications' })).toHaveFocus();
    expect(window.location.href).toBe(urlBefore);
    await user.tab();
    expect(searchbox).toHaveFocus();
  });

  it('focuses the search with "/" and clears it with Esc', async () => {
    const { user, searchbox, count } = await setup();

    await user.keyboard('/');
    expect(searchbox).toHaveFocus();
    expect(searchbox).toHaveValue('');

    await user.keyboard('catastrophic/');
    expect(searchbox).toHaveValue('catastrophic/');
    await user.keyboard('{Backspace}');
    expect(await screen.findByRole('status')).toHaveTextContent('Showing 1 of 10');

    await user.keyboard('{Escape}');
    expect(searchbox).toHaveValue('');
    expect(count()).toBe(10);
  });

  it('filters with chips and the match switch, and opens an abstract', async () => {
    const { user, count } = await setup();

    await tabTo(user, screen.getByRole('button', { name: /^Deep Learning\b/ }));
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: /^Optimization\b/ })).toHaveAttribute('aria-pressed', 'true');
    expect(count()).toBe(6);

    await tabTo(user, await screen.findByRole('radio', { name: 'Any selected topic' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'All selected topics' })).toBeChecked();
    expect(count()).toBe(2);

    // "See more" is a native <summary> (no role in jsdom, and user-event does not press it with Enter):
    // reached with Tab here; Enter and Space open it in tests/e2e/abstract.e2e.ts.
    await tabTo(user, screen.getByText('See more').closest('summary') as HTMLElement);

    await user.keyboard('/');
    await user.keyboard('{Escape}');
    await tabTo(user, screen.getByRole('button', { name: 'Clear filters' }));
    await user.keyboard('{Enter}');
    expect(count()).toBe(10);
    // The button is gone with the filters; focus lands on the search box, not on the body.
    expect(screen.getByRole('searchbox', { name: 'Search publications' })).toHaveFocus();
  });
});
