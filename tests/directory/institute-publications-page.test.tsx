import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildDirectory } from '../../scripts/lib/directory/build-directory';
import { InstitutePublicationsPage } from '../../src/features/directory/components/institute-publications-page';
import { createMemoryLocation } from '../../src/lib/location';
import { buildProfile, buildPublication } from '../builders';

const BASE = 'https://host.example/site/profiles';
const PAGE = 'https://host.example/site/publications/';

function directory() {
  const shared = { title: 'A paper two members wrote', identifiers: { doi: '10.1000/SHARED' } };
  const ada = buildProfile({
    id: 'ada-lovelace',
    name: 'Ada Lovelace',
    publications: [
      buildPublication({ ...shared, authors: ['Ada Lovelace', 'Charles Babbage'] }),
      buildPublication({ title: 'Notes on the engine', authors: ['Ada Lovelace'], year: 2001 }),
    ],
  });
  const charles = buildProfile({
    id: 'charles-babbage',
    name: 'Charles Babbage',
    publications: [
      buildPublication({
        ...shared,
        identifiers: { doi: '10.1000/shared' },
        authors: ['Ada Lovelace', 'Charles Babbage'],
      }),
    ],
  });
  return buildDirectory([ada, charles], {
    institute: { name: 'Institut Exemple', url: 'https://institute.example/' },
  });
}

function setup({ preview = false } = {}) {
  const { members, institute } = directory();
  const files: Record<string, unknown> = { 'members.json': members, 'institute.json': institute };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body = files[url.slice(BASE.length + 1)];
      return body ? new Response(JSON.stringify(body)) : new Response('Not found', { status: 404 });
    }),
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <InstitutePublicationsPage
        location={createMemoryLocation()}
        pagePath="publications/"
        baseUrl={BASE}
        preview={
          preview
            ? {
                ...institute,
                profile: { ...institute.profile, publications: institute.profile.publications.slice(0, 1) },
              }
            : undefined
        }
      />
    </QueryClientProvider>,
  );
}

describe('institute publications page', () => {
  it("lists every member's publications once, with the institute's name", async () => {
    setup();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Publications of Institut Exemple' }),
    ).toBeInTheDocument();
    const titles = within(await screen.findByRole('region', { name: 'Publications' }))
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual(['A paper two members wrote', 'Notes on the engine']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 2 publications');
  });

  it('links each author who is a member to their profile, relative to the page', async () => {
    setup();
    const link = await screen.findByRole('link', { name: 'Charles Babbage’s profile' });
    expect(new URL(link.getAttribute('href')!, PAGE).href).toBe('https://host.example/site/charles-babbage/');
    const ada = screen.getAllByRole('link', { name: 'Ada Lovelace’s profile' });
    expect(ada).toHaveLength(2);
    for (const each of ada)
      expect(new URL(each.getAttribute('href')!, PAGE).href).toBe('https://host.example/site/ada-lovelace/');
  });

  it('shows the preview it was prerendered with, then the whole list', async () => {
    setup({ preview: true });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Publications of Institut Exemple' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 1 publication');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 2 publications'));
  });
});
