import { afterEach, expect, it, vi } from 'vitest';

const BROWSER = '../features/publications/components/publications-browser';

afterEach(() => {
  vi.doUnmock(BROWSER);
  vi.resetModules();
});

it('forgets a failed load of the publications chunk, so a retry loads it afresh', async () => {
  vi.doMock(BROWSER, () => {
    throw new Error('Failed to fetch dynamically imported module');
  });
  const { loadPublicationsBrowser } = await import('./profile-page');
  await expect(loadPublicationsBrowser()).rejects.toThrow();

  vi.doUnmock(BROWSER);
  await expect(loadPublicationsBrowser()).resolves.toHaveProperty('PublicationsBrowser');
});

it('loads the chunk once for all who ask', async () => {
  const { loadPublicationsBrowser } = await import('./profile-page');
  expect(loadPublicationsBrowser()).toBe(loadPublicationsBrowser());
});
