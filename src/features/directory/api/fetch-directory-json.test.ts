import { afterEach, describe, expect, it, vi } from 'vitest';
import { DirectoryLoadError, fetchDirectoryJson, InvalidDirectoryDataError } from './fetch-directory-json';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const answer = (response: () => Response) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(response())),
  );
const load = () => fetchDirectoryJson('./profiles/', 'members.json').catch((error: unknown) => error);

describe('fetchDirectoryJson', () => {
  it('reads <baseUrl>/<file> as JSON', async () => {
    const fetchMock = vi.fn((_url: string) => Promise.resolve(new Response('{"members":[]}')));
    vi.stubGlobal('fetch', fetchMock);
    expect(await fetchDirectoryJson('./profiles/', 'members.json')).toEqual({ members: [] });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('./profiles/members.json');
  });

  it('tells a failed load, which may pass, from data that is not what the build writes', async () => {
    answer(() => new Response('', { status: 503, statusText: 'Service Unavailable' }));
    expect(await load()).toMatchObject({ detail: 'the server answered 503 Service Unavailable' });
    answer(() => new Response('<!doctype html><title>Not found</title>'));
    expect(await load()).toMatchObject({ detail: 'the server sent a web page instead of data' });
    answer(() => new Response('{"members": ['));
    const invalid = await load();
    expect(invalid).toBeInstanceOf(InvalidDirectoryDataError);
    expect((invalid as InvalidDirectoryDataError).problems).toEqual([
      { path: '$', message: expect.stringMatching(/^is not valid JSON/) },
    ]);
  });

  it('gives up on a server that sends nothing for 15 seconds, as a profile does', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      ),
    );
    const result = load();
    await vi.advanceTimersByTimeAsync(15_000);
    const error = await result;
    expect(error).toBeInstanceOf(DirectoryLoadError);
    expect((error as DirectoryLoadError).detail).toBe(
      'the server sent nothing for 15 seconds. Check your connection.',
    );
  });
});
