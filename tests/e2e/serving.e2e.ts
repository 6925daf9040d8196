import type { Response } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { setupBrowser } from './support/browser';

// The tests serve the build as a host does (issue 9): compressed, with the headers of dist/_headers,
// at the root of one host and in a sub-folder of another.

const open = setupBrowser();

/** The headers a host decides, as one response has them. */
const HOST_HEADERS = [
  'content-type',
  'content-encoding',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
] as const;
const hostHeaders = (response: globalThis.Response) =>
  Object.fromEntries(HOST_HEADERS.map((name) => [name, response.headers.get(name)]));
const get = (path: string, base: string) =>
  fetch(new URL(path, base), { headers: { 'Accept-Encoding': 'gzip' }, redirect: 'manual' });

describe('served as a host serves the build', () => {
  // The stylesheet is in the page (prerendered pages inline it): no request of its own.
  test('the page, its scripts and its profile arrive compressed', async () => {
    const page = await open();
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.reload({ waitUntil: 'networkidle' });

    const byType = (type: RegExp) =>
      responses.filter((response) => type.test(response.headers()['content-type'] ?? ''));
    const text = [/^text\/html/, /^text\/javascript/, /^application\/json/].map(byType);
    for (const responsesOfType of text) expect(responsesOfType.length).toBeGreaterThan(0);
    const encodings = text
      .flat()
      .map((response) => [new URL(response.url()).pathname, response.headers()['content-encoding']]);
    expect(encodings).toEqual(encodings.map(([path]) => [path, 'gzip']));
  });

  test('in a sub-folder, index.html comes with the same headers as at the root', async () => {
    const root = await get('index.html', inject('baseUrl'));
    const inFolder = await get('index.html', inject('subfolderUrl'));
    const folder = await get('', inject('subfolderUrl'));

    expect(root.status).toBe(200);
    expect(hostHeaders(root)['content-security-policy']).toContain("script-src 'self'");
    expect(hostHeaders(root)['content-encoding']).toBe('gzip');
    for (const response of [inFolder, folder]) {
      expect(response.status).toBe(200);
      expect(hostHeaders(response)).toEqual(hostHeaders(root));
    }
    expect(await inFolder.text()).toBe(await root.text());
  });

  test('the sub-folder host has nothing outside the folder, and redirects the folder to its slash', async () => {
    const { pathname } = new URL(inject('subfolderUrl'));
    for (const path of ['/', '/index.html', '/_headers'])
      expect((await get(path, inject('subfolderUrl'))).status, path).toBe(404);

    const withoutSlash = await get(pathname.slice(0, -1), inject('subfolderUrl'));
    expect(withoutSlash.status).toBe(301);
    expect(withoutSlash.headers.get('location')).toBe(pathname);
  });

  test('the page opens in the sub-folder with nothing missing', async () => {
    const failed: string[] = [];
    const page = await open(inject('subfolderUrl'));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.reload({ waitUntil: 'networkidle' });

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
    expect(failed).toEqual([]);
    expect(page.url().startsWith(inject('subfolderUrl'))).toBe(true);
  });
});
