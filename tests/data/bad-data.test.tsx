import { screen } from '@testing-library/react';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateProfileText } from '../../scripts/lib/validate-profile-text';
import { InvalidProfileError } from '../../src/data/profile-errors';
import { fetchProfile, type LoadedProfile } from '../../src/data/profile-query';
import { parseProfile } from '../../src/data/profile-schema';
import { renderApp } from '../render-app';
import { BAD_DATA_CASES, type BadDataCase } from './bad-data-cases';

const SLUG = 'razvan-pascanu';
const source = { kind: 'url', baseUrl: '/profiles', slug: SLUG } as const;

function serve(text: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(text, { headers: { 'Content-Type': 'application/json' } })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (window as { __pwned?: unknown }).__pwned;
});

const jsonOrUndefined = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateWithAjv = ajv.compile(JSON.parse(readFileSync('data/profile.schema.json', 'utf8')) as object);

it('ajv accepts every curated profile, as zod does', () => {
  for (const file of readdirSync('data/profiles').filter((name) => name.endsWith('.json'))) {
    const data: unknown = JSON.parse(readFileSync(`data/profiles/${file}`, 'utf8'));
    expect(parseProfile(data).ok, file).toBe(true);
    expect(validateWithAjv(data), `${file}: ${JSON.stringify(validateWithAjv.errors)}`).toBe(true);
  }
});

it('holds at least 30 bad datasets', () => {
  expect(BAD_DATA_CASES.length).toBeGreaterThanOrEqual(30);
  expect(new Set(BAD_DATA_CASES.map((entry) => entry.name)).size).toBe(BAD_DATA_CASES.length);
});

describe.each(BAD_DATA_CASES)('$name', (entry: BadDataCase) => {
  it(
    entry.rejectedAt ? `validate-data rejects it at ${entry.rejectedAt}` : 'validate-data accepts it',
    () => {
      const paths = validateProfileText(entry.text(), `${SLUG}.json`).map((problem) => problem.path);
      if (entry.rejectedAt) expect(paths).toContain(entry.rejectedAt);
      else expect(paths).toEqual([]);
    },
  );

  it(`the page: ${entry.page}`, async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    serve(entry.text());
    const path = entry.pagePath ?? entry.rejectedAt;
    let loaded: LoadedProfile;
    try {
      loaded = await fetchProfile(source);
    } catch (error) {
      if (entry.page !== 'rejected') throw error;
      expect(error).toBeInstanceOf(InvalidProfileError);
      expect((error as InvalidProfileError).problems.map((problem) => problem.path)).toContain(path);
      return;
    }
    expect(entry.page).not.toBe('rejected');
    const { dropped } = loaded;
    if (entry.page === 'shown') {
      expect(dropped.problems).toEqual([]);
      return;
    }
    expect(dropped.problems.map((problem) => problem.path)).toContain(path);
    if (entry.page === 'drops-entry') expect(dropped.entries).toBeGreaterThan(0);
    else expect(dropped.entries).toBe(0);
  });

  const data = jsonOrUndefined(entry.text());
  if (data !== undefined)
    it(
      entry.ajvAccepts
        ? 'ajv accepts it: a rule across fields JSON Schema cannot state'
        : 'ajv with data/profile.schema.json gives the same verdict',
      () => {
        const zodVerdict = parseProfile(data).ok;
        const ajvVerdict = validateWithAjv(data);
        if (entry.ajvAccepts) {
          expect(zodVerdict).toBe(false);
          expect(ajvVerdict).toBe(true);
        } else expect(ajvVerdict, JSON.stringify(validateWithAjv.errors?.slice(0, 3))).toBe(zodVerdict);
      },
    );

  it('renders safely: no script runs, no unsafe link, and it says what happened', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    serve(entry.text());
    const { container } = renderApp({ source });

    // A card of 10,000 authors (every one in the HTML, for readers without JavaScript) takes jsdom
    // a few seconds to render on a loaded machine.
    const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 12_000 });
    if (entry.page === 'rejected') expect(heading).toHaveTextContent("This profile's data is invalid");
    else expect(heading).toHaveTextContent('Ada Researcher');
    if (entry.page.startsWith('drops')) expect(screen.getByText(/could not be shown$/)).toBeInTheDocument();
    else expect(screen.queryByText(/could not be shown$/)).not.toBeInTheDocument();
    if (entry.shows) expect((await screen.findAllByText(entry.shows)).length).toBeGreaterThan(0);

    expect(container.querySelector('script, iframe, object, embed')).toBeNull();
    for (const element of container.querySelectorAll('[href], [src]')) {
      const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      expect(url).toMatch(/^(https?:\/\/|mailto:|#|\/?[\w.-]+(\/[\w.-]+)*$)/i);
    }
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  }, 20_000);
});
