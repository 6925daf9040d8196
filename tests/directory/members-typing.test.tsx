import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MembersPage } from '../../src/features/directory/components/members-page';
import { createMemoryLocation } from '../../src/lib/location';
import { buildMember } from './build-member';

// The search reaches the URL 400 ms after the last keystroke: these tests wait for it, as a visitor
// who pauses would, before they go Back or clear.
const SETTLED = { timeout: 2_000 };

async function setup(url = '') {
  const members = [
    buildMember({ name: 'Yoshua Bengio', topics: ['Causality'] }),
    buildMember({ name: 'Doina Precup', topics: ['Reinforcement Learning'] }),
  ];
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ members })));
  const location = createMemoryLocation(url);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MembersPage location={location} pagePath="people/" baseUrl="https://host.example/profiles" />
    </QueryClientProvider>,
  );
  const searchbox = await screen.findByRole('searchbox', { name: 'Search members' });
  const shownNames = () => screen.queryAllByRole('link').map((link) => link.textContent);
  return { user: userEvent.setup(), location, searchbox, shownNames };
}

describe('the members search and the history', () => {
  it('empties the box with Clear after the search reached the URL, and keeps it empty', async () => {
    const { user, location, searchbox, shownNames } = await setup();
    await user.type(searchbox, 'bengio');
    await waitFor(() => expect(location.read().get('q')).toBe('bengio'), SETTLED);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(searchbox).toHaveValue('');
    expect(location.read().toString()).toBe('');
    expect(shownNames()).toHaveLength(2);
    act(() => location.back());
    expect(searchbox).toHaveValue('bengio');
  });

  it('goes Back from a settled search to the page without it', async () => {
    const { user, location, searchbox, shownNames } = await setup();
    await user.type(searchbox, 'bengio');
    await waitFor(() => expect(location.read().get('q')).toBe('bengio'), SETTLED);

    act(() => location.back());

    // The URL is back to the string the typing started from; what was typed then must not return.
    expect(location.read().toString()).toBe('');
    expect(searchbox).toHaveValue('');
    expect(shownNames()).toEqual(['Doina Precup', 'Yoshua Bengio']);
  });

  it("keeps a shared link's search one Back away when typing over it", async () => {
    const { user, location, searchbox } = await setup('q=precup');
    await user.clear(searchbox);
    await user.type(searchbox, 'bengio');
    await waitFor(() => expect(location.read().get('q')).toBe('bengio'), SETTLED);

    expect(location.length).toBe(2);
    act(() => location.back());
    expect(searchbox).toHaveValue('precup');
  });
});
