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

  it('takes the name of a directory file (?profile=members) for no profile, without fetching it', async () => {
    quietErrors();
    const fetch = mockFetch(json(buildProfile()));
    renderApp({ source: urlSource, url: '?profile=members' });

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

  it('explains a file without a profile shape, by JSON path, and offers no retry', async () => {
    quietErrors();
    renderApp({ data: { ...buildProfile(), schemaVersion: 7, publications: 'none' } });

    expect(
      await screen.findByRole('heading', { level: 1, name: "This profile's data is invalid" }),
    ).toBeInTheDocument();
    const problems = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(problems.map((problem) => problem.textContent)).toEqual([
      '$.schemaVersion must be 1',
      '$.publications expected array, received string',
    ]);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('shows the rest when entries are bad, with a notice listing what was left out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const profile = buildProfile({
      topics: ['Optimization'],
      publications: [
        buildPublication({ title: 'Kept paper', topics: ['Optimization'] }),
        buildPublication({ title: 'Paper with a bad link' }),
      ],
    });
    const [kept, linked] = profile.publications;
    const data = {
      ...profile,
      publications: [
        kept,
        { ...buildPublication(), title: 'Year from the future', year: 20245 },
        { ...linked, links: [{ kind: 'code', url: 'javascript:alert(1)' }] },
        { title: 'No id, no authors' },
      ],
    };
    const { user } = renderApp({ data });

    expect(await screen.findByRole('heading', { level: 3, name: 'Kept paper' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Paper with a bad link' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Year from the future' })).not.toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();

    const summary = screen.getByText('2 entries and 1 value could not be shown');
    await user.click(summary);
    const listed = within(summary.closest('details')!).getAllByRole('listitem');
    expect(listed.map((item) => item.querySelector('code')?.textContent)).toEqual(
      expect.arrayContaining([
        '$.publications[1].year',
        '$.publications[2].links[0].url',
        '$.publications[3].id',
      ]),
    );
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('shows no notice when nothing was left out', async () => {
    const warn = vi.spyOn(console, 'warn');
    renderApp({ data: buildProfile() });

    await screen.findByRole('heading', { level: 1, name: 'Ada Researcher' });
    expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
  });
});
