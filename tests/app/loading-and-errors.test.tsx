import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildProfile, buildPublication } from '../builders';
import { renderApp } from '../render-app';

const urlSource = { kind: 'url', baseUrl: '/profiles', slug: 'ada-researcher' } as const;

function mockFetch(...responses: (() => Response | Promise<Response>)[]) {
  const fetch = vi.fn(async () => {
    const next = responses.length > 1 ? responses.shift() : responses[0];
    if (!next) throw new Error('no response configured');
    return next();
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** React reports errors its boundaries catch; here they are expected. */
const quietErrors = () => vi.spyOn(console, 'error').mockImplementation(() => {});

const json = (body: unknown) => () => new Response(JSON.stringify(body), { status: 200 });
const failing = () => Promise.reject(new TypeError('Failed to fetch'));

describe('loading the profile', () => {
  it('shows a skeleton of the page while the profile loads, then the profile', async () => {
    mockFetch(json(buildProfile()));
    renderApp({ source: urlSource });

    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading profile…');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Researcher' })).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveAttribute('aria-busy');
  });

  it('fetches the profile named by ?profile= from the same place', async () => {
    const fetch = mockFetch(
      json(
        buildProfile({
          id: 'other-person',
          name: 'Other Person',
          publications: [buildPublication({ authors: ['Other Person'] })],
        }),
      ),
    );
    renderApp({ source: urlSource, url: '?profile=other-person' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Other Person' })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/profiles/other-person.json', expect.anything());
  });

  it('says which profile does not exist, and offers the default one', async () => {
    quietErrors();
    mockFetch(() => new Response('Not found', { status: 404 }), json(buildProfile()));
    const { user, params } = renderApp({ source: urlSource, url: '?profile=nobody' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Profile not found' })).toBeInTheDocument();
    expect(screen.getByText('No profile named “nobody” exists here.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show the default profile' }));
    expect(params().has('profile')).toBe(false);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Researcher' })).toBeInTheDocument();
  });

  it('never fetches a malformed ?profile= slug', async () => {
    quietErrors();
    const fetch = mockFetch(json(buildProfile()));
    renderApp({ source: urlSource, url: '?profile=../../secrets' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Profile not found' })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('retries a failed fetch, then explains and offers to try again', async () => {
    quietErrors();
    const fetch = mockFetch(failing, failing, failing, json(buildProfile()));
    const { user } = renderApp({ source: urlSource });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('the network request failed');
    expect(fetch).toHaveBeenCalledTimes(3);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Researcher' })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('lists what is wrong with invalid data, by JSON path', async () => {
    quietErrors();
    const profile = buildProfile();
    const data = {
      ...profile,
      publications: [{ ...profile.publications[0], year: 'last year' }],
      topics: 42,
    };
    renderApp({ data });

    expect(
      await screen.findByRole('heading', { level: 1, name: "This profile's data is invalid" }),
    ).toBeInTheDocument();
    const problems = within(screen.getByRole('list')).getAllByRole('listitem');
    const text = problems.map((problem) => problem.textContent);
    expect(text).toEqual(
      expect.arrayContaining([
        expect.stringContaining('$.topics'),
        expect.stringContaining('$.publications[0].year'),
      ]),
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
