import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProfile } from '../../tests/builders';
import {
  InvalidProfileError,
  isPermanentProfileError,
  ProfileLoadError,
  ProfileNotFoundError,
} from './profile-errors';
import { fetchProfile, profileQueryOptions } from './profile-query';
import type { ProfileSource } from './profile-source';

const source: ProfileSource = { kind: 'url', baseUrl: './profiles/', slug: 'ada-researcher' };

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn(() =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchProfile', () => {
  it('fetches <baseUrl>/<slug>.json and returns the validated profile', async () => {
    const fetchMock = stubFetch(new Response(JSON.stringify(buildProfile())));
    const profile = await fetchProfile(source);
    expect(profile.name).toBe('Ada Researcher');
    expect(fetchMock).toHaveBeenCalledWith('./profiles/ada-researcher.json', expect.anything());
  });

  it('never fetches a slug that is not a slug', async () => {
    const fetchMock = stubFetch(new Response('{}'));
    await expect(fetchProfile({ ...source, slug: '../secrets' })).rejects.toBeInstanceOf(
      ProfileNotFoundError,
    );
    await expect(fetchProfile({ ...source, slug: 'https://evil.example/x' })).rejects.toBeInstanceOf(
      ProfileNotFoundError,
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('turns a 404 and a static host HTML fallback into "not found"', async () => {
    stubFetch(new Response('nope', { status: 404 }));
    await expect(fetchProfile(source)).rejects.toBeInstanceOf(ProfileNotFoundError);
    stubFetch(new Response('<!doctype html><title>app</title>', { status: 200 }));
    await expect(fetchProfile(source)).rejects.toBeInstanceOf(ProfileNotFoundError);
  });

  it('explains server errors, network failures and broken JSON', async () => {
    stubFetch(new Response('', { status: 503, statusText: 'Service Unavailable' }));
    await expect(fetchProfile(source)).rejects.toThrow(/503 Service Unavailable/);
    stubFetch(new TypeError('Failed to fetch'));
    await expect(fetchProfile(source)).rejects.toThrow(/network request failed/);
    stubFetch(new Response('{"schemaVersion": 1,'));
    const error = await fetchProfile(source).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProfileLoadError);
    expect((error as Error).message).toMatch(/not valid JSON/);
  });

  it('rejects data that fails validation with JSON paths', async () => {
    stubFetch(new Response(JSON.stringify({ ...buildProfile(), name: 42 })));
    const error = await fetchProfile(source).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidProfileError);
    expect((error as InvalidProfileError).problems).toContainEqual({
      path: '$.name',
      message: expect.stringMatching(/expected string/),
    });
  });

  it('validates inline data too', async () => {
    await expect(fetchProfile({ kind: 'inline', slug: 'x', data: { nope: true } })).rejects.toBeInstanceOf(
      InvalidProfileError,
    );
    await expect(fetchProfile({ kind: 'inline', slug: 'x', data: buildProfile() })).resolves.toMatchObject({
      id: 'ada-researcher',
    });
  });
});

describe('profileQueryOptions', () => {
  it('keeps data fresh forever and retries only what may succeed next time', () => {
    const options = profileQueryOptions(source);
    expect(options.staleTime).toBe(Infinity);
    const retry = options.retry as (count: number, error: Error) => boolean;
    expect(retry(0, new ProfileLoadError('x', 'boom'))).toBe(true);
    expect(retry(2, new ProfileLoadError('x', 'boom'))).toBe(false);
    expect(retry(0, new ProfileNotFoundError('x'))).toBe(false);
    expect(retry(0, new InvalidProfileError('x', []))).toBe(false);
    expect(isPermanentProfileError(new Error('x'))).toBe(false);
  });

  it('gives different profiles different keys', () => {
    expect(profileQueryOptions(source).queryKey).not.toEqual(
      profileQueryOptions({ ...source, slug: 'other' }).queryKey,
    );
  });
});
