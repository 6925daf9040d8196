import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { MembersPage } from '../../src/features/directory/components/members-page';
import { fr } from '../../src/i18n/fr';
import { MessagesProvider } from '../../src/i18n/messages-context';
import { createMemoryLocation } from '../../src/lib/location';
import { buildMember } from './build-member';

const BASE = 'https://host.example/site/profiles';
const PAGE = 'https://host.example/site/people/';

const MEMBERS = [
  buildMember({
    slug: 'razvan-pascanu',
    name: 'Răzvan Pașcanu',
    topics: ['Deep Learning', 'Optimization'],
    topicLabels: { fr: { 'Deep Learning': 'Apprentissage profond', Optimization: 'Optimisation' } },
  }),
  buildMember({ slug: 'yoshua-bengio', name: 'Yoshua Bengio', topics: ['Deep Learning', 'Causality'] }),
  buildMember({
    slug: 'doina-precup',
    name: 'Doina Precup',
    topics: ['Reinforcement Learning'],
    position: null,
  }),
];

function stubFetch(body: unknown, status = 200) {
  const fetch = vi.fn(
    async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function setup({
  url = '',
  members = MEMBERS as unknown,
  messages = undefined as typeof fr | undefined,
} = {}) {
  const fetch = stubFetch({ members });
  const location = createMemoryLocation(url);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 0 } } });
  const user = userEvent.setup();
  const page = (
    <QueryClientProvider client={queryClient}>
      <MembersPage location={location} pagePath={messages ? 'fr/people/' : 'people/'} baseUrl={BASE} />
    </QueryClientProvider>
  );
  const view = render(messages ? <MessagesProvider value={messages}>{page}</MessagesProvider> : page);
  // The members have arrived when the search box is there (the loading message is a status too).
  const searchbox = await screen.findByRole('searchbox');
  return { ...view, user, location, fetch, searchbox };
}

const shownNames = () => screen.queryAllByRole('link').map((link) => link.textContent);

describe('members page', () => {
  it('shows one card per member, by name, each linking to their profile', async () => {
    const { fetch } = await setup();

    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 3 members');
    expect(fetch).toHaveBeenCalledWith(`${BASE}/members.json`, expect.anything());
    expect(shownNames()).toEqual(['Doina Precup', 'Răzvan Pașcanu', 'Yoshua Bengio']);
    const link = screen.getByRole('link', { name: 'Răzvan Pașcanu' });
    expect(new URL(link.getAttribute('href')!, PAGE).href).toBe('https://host.example/site/razvan-pascanu/');
    expect(screen.getByRole('heading', { level: 1, name: 'Members' })).toBeInTheDocument();
  });

  it('searches names and topics as typed, case and accents ignored, and keeps the search in the URL', async () => {
    const { user, location } = await setup();
    const searchbox = screen.getByRole('searchbox', { name: 'Search members' });

    await user.type(searchbox, 'PASCANU');

    expect(shownNames()).toEqual(['Răzvan Pașcanu']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 3 members matching “PASCANU”');
    await waitFor(() => expect(location.read().get('q')).toBe('PASCANU'), { timeout: 1500 });

    await user.clear(searchbox);
    await user.type(searchbox, 'causal');
    expect(shownNames()).toEqual(['Yoshua Bengio']);
  });

  it('filters by topic chips with live counts, in the URL, and Back undoes it', async () => {
    const { user, location } = await setup();
    const deep = await screen.findByRole('button', { name: 'Deep Learning 2' });
    expect(deep).toHaveAttribute('aria-pressed', 'false');

    await user.click(deep);

    expect(screen.getByRole('button', { name: 'Deep Learning 2' })).toHaveAttribute('aria-pressed', 'true');
    expect(shownNames()).toEqual(['Răzvan Pașcanu', 'Yoshua Bengio']);
    expect(location.read().get('topics')).toBe('deep-learning');
    // With Deep Learning chosen, Reinforcement Learning would show nobody: it is disabled and says why.
    const rl = screen.getByRole('button', { name: 'Reinforcement Learning 0' });
    expect(rl).toBeDisabled();
    expect(rl).toHaveAccessibleDescription('Greyed-out topics have no member among those shown.');

    await user.click(screen.getByRole('button', { name: 'Optimization 1' }));
    expect(shownNames()).toEqual(['Răzvan Pașcanu']);

    location.back();
    await waitFor(() => expect(shownNames()).toEqual(['Răzvan Pașcanu', 'Yoshua Bengio']));
  });

  it('opens with the state a shared link names, and clears it with one button', async () => {
    const { user, location } = await setup({ url: 'q=bengio&topics=causality,unknown' });

    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 1 of 3 members matching “bengio” working on Causality',
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(shownNames()).toHaveLength(3);
    expect(location.read().toString()).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search members' })).toHaveFocus();
  });

  it('says when no member matches', async () => {
    const { user } = await setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search members' }), 'zzzz');
    expect(screen.getByText('No member matches. Try another spelling or fewer topics.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 3 members');
  });

  it('speaks French on a French page, and links to the French profiles', async () => {
    await setup({ messages: fr });
    expect(screen.getByRole('status')).toHaveTextContent('3 membres affichés sur 3');
    // Topics in the members' French labels, on chips and cards.
    expect(screen.getByRole('button', { name: 'Apprentissage profond 2' })).toBeInTheDocument();
    const cardTopics = screen
      .getAllByRole('list', { name: 'Thèmes de recherche' })
      .map((list) => list.textContent);
    expect(cardTopics).toContain('Apprentissage profondOptimisation');
    const link = screen.getByRole('link', { name: 'Yoshua Bengio' });
    expect(new URL(link.getAttribute('href')!, 'https://host.example/site/fr/people/').href).toBe(
      'https://host.example/site/fr/yoshua-bengio/',
    );
  });

  it('explains data it cannot read instead of showing an empty page', async () => {
    stubFetch({ members: [{ slug: 'Bad Slug', name: '' }] });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MembersPage location={createMemoryLocation()} pagePath="people/" baseUrl={BASE} />
      </QueryClientProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The directory could not be loaded');
    expect(alert).toHaveTextContent('$.members[0].slug');
  });

  it('offers to try again when the network fails', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    render(
      <QueryClientProvider
        client={new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 0 } } })}
      >
        <MembersPage location={createMemoryLocation()} pagePath="people/" baseUrl={BASE} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('network request failed');
    stubFetch({ members: MEMBERS });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Doina Precup' })).toBeInTheDocument();
  });

  it('shows the members it was prerendered with at once, without a request', () => {
    const fetch = stubFetch({ members: [] });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MembersPage
          location={createMemoryLocation()}
          pagePath="people/"
          baseUrl={BASE}
          initialMembers={MEMBERS}
        />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 3 members');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('has no axe violations, filtered or not', async () => {
    const { container, user } = await setup();
    const check = async () => {
      // jsdom cannot compute colours: contrast is checked in the browser tests.
      const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(result.violations.map((violation) => violation.id)).toEqual([]);
    };
    await check();
    await user.click(screen.getByRole('button', { name: 'Deep Learning 2' }));
    await check();
  });
});
