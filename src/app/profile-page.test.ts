import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { buildProfile, buildPublication } from '../../tests/builders';

const BROWSER = '../features/publications/components/publications-browser';

afterEach(() => {
  vi.doUnmock(BROWSER);
  vi.resetModules();
});

/** The page, with the publications chunk failing to load while `offline.value` is true. */
async function renderWithChunk(offline: { value: boolean }) {
  vi.doMock(BROWSER, async (importOriginal) => {
    if (offline.value) throw new TypeError('Failed to fetch dynamically imported module');
    return importOriginal();
  });
  vi.resetModules();
  const { renderApp } = await import('../../tests/render-app');
  const view = renderApp({
    data: buildProfile({ publications: [buildPublication({ title: 'Kept paper' })] }),
  });
  return view;
}

it('explains a publications chunk that failed to load, and shows the list after Try again', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const offline = { value: true };
  const { user } = await renderWithChunk(offline);

  const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 5_000 });
  expect(screen.queryByRole('heading', { level: 2, name: 'Publications' })).not.toBeInTheDocument();

  offline.value = false;
  await user.click(retry);

  // The first real load of the chunk transforms it, which is slow under a busy test runner.
  expect(
    await screen.findByRole('heading', { level: 3, name: 'Kept paper' }, { timeout: 5_000 }),
  ).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: 'Ada Researcher' })).toBeInTheDocument();
});
