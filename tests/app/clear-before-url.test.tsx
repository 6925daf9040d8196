import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { sampleProfile } from './sample-profile';

describe('clearing a search before it reaches the URL', () => {
  // The URL gets a search 400 ms after the last keystroke; Clear used sooner found the URL already
  // clear, pushed nothing, and left the search on screen (found by view-sequences.property.test.tsx).
  it('clears the box and the list with "Clear filters" straight after typing', async () => {
    const { user, params } = renderApp({ data: sampleProfile() });
    const searchbox = await screen.findByRole('searchbox', { name: 'Search publications' });

    await user.click(searchbox);
    await user.paste('saddle');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 10 publications matching “saddle”');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(searchbox).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent(/^Showing 10 of 10 publications$/);
    expect(params().has('q')).toBe(false);
  });
});
