import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProfile, buildPublication } from '../../tests/builders';
import { InvalidProfileError, ProfileLoadError, ProfileNotFoundError } from './profile-errors';
import { fetchProfile, PROFILE_STALL_TIMEOUT_MS, profileQueryOptions, useProfile } from './profile-query';
import { BATCH_SIZE, readProfileBody, type ReaderMessage } from './profile-reader';
import type { ProfileSource } from './profile-source';

const source: ProfileSource = { kind: 'url', baseUrl: './profiles/', slug: 'ada-researcher' };

/** Answers each fetch with the next response; the last one repeats. */
function stubFetch(...responses: (() => Response | Promise<Response>)[]) {
  const fetchMock = vi.fn((_url: string, _init?: RequestInit) => {
    const next = responses.length > 1 ? responses.shift() : responses[0];
    return Promise.resolve().then(() => next!());
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (body: unknown) => () => new Response(JSON.stringify(body));
const status =
  (code: number, text = '') =>
  () =>
    new Response('', { status: code, statusText: text });
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

const aborted = () => new DOMException('The operation was aborted.', 'AbortError');

/**
 * Answers like a server on a bad line: the headers and then `body` in `pieces` chunks, one every
 * `everyMs`, stopping for good after `stopAfter` chunks. Like the browser's fetch, aborting the
 * request's signal fails the request or the body being read.
 */
function stubSlowServer(body: string, { pieces = 1, everyMs = 0, stopAfter = Infinity } = {}) {
  const bytes = new TextEncoder().encode(body);
  const size = Math.ceil(bytes.length / pieces);
  const fetchMock = vi.fn((_url: string, init?: RequestInit) => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        init?.signal?.addEventListener('abort', () => controller.error(aborted()));
      },
      async pull(controller) {
        if (sent / size >= stopAfter) return new Promise<void>(() => {});
        await new Promise((resolve) => setTimeout(resolve, everyMs));
        if (sent >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(sent, (sent += size)));
      },
    });
    return Promise.resolve(new Response(stream));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** A request that never answers, until its signal aborts it. */
function stubSilentServer() {
  const fetchMock = vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(aborted())),
      ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/**
 * A Worker that runs the profile reader in this thread, delivering its messages (cloned, as a real
 * worker's are) one task each; `fails` makes it fail to start, as a host's policy can.
 */
function stubReaderWorker({ fails = false } = {}) {
  const posted: ReaderMessage['kind'][] = [];
  class ReaderWorker {
    onmessage: ((event: { data: ReaderMessage }) => void) | null = null;
    onerror: (() => void) | null = null;
    constructor() {
      if (fails) setTimeout(() => this.onerror?.());
      else this.deliver({ kind: 'ready' });
    }
    deliver(message: ReaderMessage) {
      posted.push(message.kind);
      setTimeout(() => this.onmessage?.({ data: structuredClone(message) }));
    }
    postMessage(chunks: Uint8Array[]) {
      readProfileBody(chunks, (message) => this.deliver(message));
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', ReaderWorker);
  return posted;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchProfile', () => {
  it('fetches <baseUrl>/<slug>.json and returns the profile, with nothing dropped', async () => {
    const fetchMock = stubFetch(json(buildProfile()));
    const { profile, dropped } = await fetchProfile(source);
    expect(profile.name).toBe('Ada Researcher');
    expect(dropped.problems).toEqual([]);
    expect(fetchMock).toHaveBeenCalledWith('./profiles/ada-researcher.json', expect.anything());
  });

  it('never fetches a slug that is not a slug', async () => {
    const fetchMock = stubFetch(json({}));
    await expect(fetchProfile({ ...source, slug: '../secrets' })).rejects.toBeInstanceOf(
      ProfileNotFoundError,
    );
    await expect(fetchProfile({ ...source, slug: 'https://evil.example/x' })).rejects.toBeInstanceOf(
      ProfileNotFoundError,
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('turns a 404 and a static host HTML fallback into "not found"', async () => {
    stubFetch(status(404));
    await expect(fetchProfile(source)).rejects.toBeInstanceOf(ProfileNotFoundError);
    stubFetch(() => new Response('<!doctype html><title>app</title>'));
    await expect(fetchProfile(source)).rejects.toBeInstanceOf(ProfileNotFoundError);
  });

  it('explains server errors and network failures', async () => {
    stubFetch(status(503, 'Service Unavailable'));
    await expect(fetchProfile(source)).rejects.toThrow(/503 Service Unavailable/);
    stubFetch(offline);
    await expect(fetchProfile(source)).rejects.toThrow(/network request failed/);
  });

  it('rejects a file that is not JSON, or is cut off, naming the root', async () => {
    for (const text of ['{"schemaVersion": 1,', '{"schemaVersion": 1, "name": "Ada" "id": "x"}']) {
      stubFetch(() => new Response(text));
      const error = await fetchProfile(source).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidProfileError);
      expect((error as InvalidProfileError).problems).toEqual([
        { path: '$', message: expect.stringMatching(/^is not valid JSON/) },
      ]);
    }
  });

  it('rejects a file without a profile shape, naming the JSON path', async () => {
    stubFetch(json({ ...buildProfile(), name: 42 }));
    const error = await fetchProfile(source).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidProfileError);
    expect((error as InvalidProfileError).problems).toEqual([
      { path: '$.name', message: 'expected string, received number' },
    ]);
  });

  it('shows the rest of a profile with a bad entry, and warns once with its JSON path', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = buildPublication();
    stubFetch(json(buildProfile({ publications: [{ ...buildPublication(), year: 20245 }, good] })));
    const { profile, dropped } = await fetchProfile(source);
    expect(profile.publications).toEqual([good]);
    expect(dropped).toMatchObject({ entries: 1, values: 0 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('$.publications[0].year');
  });

  it('reads the body in a worker, which hands the publications over in batches', async () => {
    const data = buildProfile({
      publications: Array.from({ length: 2 * BATCH_SIZE + 1 }, (_, index) =>
        buildPublication({ id: `paper-${index}`, year: 2000 + (index % 20) }),
      ),
    });
    stubFetch(json(data));
    const onPage = await fetchProfile(source);
    const posted = stubReaderWorker();
    const inWorker = await fetchProfile(source);
    expect(posted).toEqual(['ready', 'head', 'publications', 'publications', 'publications', 'done']);
    expect(inWorker).toEqual(onPage);
  });

  it('reads the body itself when the worker cannot vouch for it, or cannot start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = buildPublication();
    stubFetch(json(buildProfile({ publications: [{ ...buildPublication(), year: 20245 }, good] })));
    const posted = stubReaderWorker();
    const salvaged = await fetchProfile(source);
    expect(posted).toEqual(['ready', 'unsure']);
    expect(salvaged.profile.publications).toEqual([good]);
    expect(salvaged.dropped).toMatchObject({ entries: 1 });
    expect(warn).toHaveBeenCalledTimes(1);

    stubFetch(() => new Response('<!doctype html><title>app</title>'));
    await expect(fetchProfile(source)).rejects.toBeInstanceOf(ProfileNotFoundError);

    stubReaderWorker({ fails: true });
    stubFetch(json(buildProfile()));
    expect((await fetchProfile(source)).profile.name).toBe('Ada Researcher');
  });

  it('gives up on a body that stops halfway, after the same wait without a byte', async () => {
    vi.useFakeTimers();
    stubSlowServer(JSON.stringify(buildProfile()), { pieces: 4, everyMs: 1_000, stopAfter: 2 });
    const settled = vi.fn();
    const result = fetchProfile(source).catch((error: unknown) => error);
    void result.then(settled);

    await vi.advanceTimersByTimeAsync(2_000 + PROFILE_STALL_TIMEOUT_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBeInstanceOf(ProfileLoadError);
    expect(String(await result)).toMatch(/sent nothing for 15 seconds/);
  });

  it('keeps loading a large profile on a slow line as long as bytes keep coming', async () => {
    vi.useFakeTimers();
    // 80 seconds in all, never 15 without a byte.
    stubSlowServer(JSON.stringify(buildProfile()), { pieces: 8, everyMs: 10_000 });
    const result = fetchProfile(source);
    await vi.advanceTimersByTimeAsync(90_000);
    await expect(result).resolves.toMatchObject({ profile: { name: 'Ada Researcher' } });
  });

  it('reads inline data the same way', async () => {
    await expect(fetchProfile({ kind: 'inline', slug: 'x', data: [] })).rejects.toBeInstanceOf(
      InvalidProfileError,
    );
    await expect(fetchProfile({ kind: 'inline', slug: 'x', data: buildProfile() })).resolves.toMatchObject({
      profile: { id: 'ada-researcher' },
    });
  });
});

describe('profileQueryOptions', () => {
  // The policy under test is the options' own; only the wait between attempts is cut short.
  const fetchOnce = (client = new QueryClient()) =>
    client.fetchQuery({ ...profileQueryOptions(source), retryDelay: 0 });

  it('retries a 503 and shows the profile when the server recovers', async () => {
    const fetchMock = stubFetch(status(503), json(buildProfile()));
    await expect(fetchOnce()).resolves.toMatchObject({ profile: { name: 'Ada Researcher' } });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('gives up after three attempts when the network stays down', async () => {
    const fetchMock = stubFetch(offline);
    await expect(fetchOnce()).rejects.toBeInstanceOf(ProfileLoadError);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('tells the visitor after 15 seconds of silence, without making them wait that long again', async () => {
    vi.useFakeTimers();
    const fetchMock = stubSilentServer();
    const settled = vi.fn();
    const result = fetchOnce().catch((error: unknown) => error);
    void result.then(settled);

    await vi.advanceTimersByTimeAsync(PROFILE_STALL_TIMEOUT_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    const error = await result;
    expect(error).toBeInstanceOf(ProfileLoadError);
    expect((error as ProfileLoadError).detail).toBe(
      'the server sent nothing for 15 seconds. Check your connection.',
    );
    // "Try again" is the visitor's call, not an automatic second 15 seconds.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('does not retry what would fail the same way: a 404, data without a profile shape', async () => {
    const notFound = stubFetch(status(404));
    await expect(fetchOnce()).rejects.toBeInstanceOf(ProfileNotFoundError);
    expect(notFound).toHaveBeenCalledTimes(1);

    const invalid = stubFetch(json({ schemaVersion: 99 }));
    await expect(fetchOnce()).rejects.toBeInstanceOf(InvalidProfileError);
    expect(invalid).toHaveBeenCalledTimes(1);
  });

  it('does not fetch again when the page mounts the profile again, however much later', async () => {
    const fetchMock = stubFetch(json(buildProfile()));
    const client = new QueryClient();
    const Name = () => <p>{useProfile(source).name}</p>;
    const mount = () =>
      render(
        <QueryClientProvider client={client}>
          <Suspense fallback="loading">
            <Name />
          </Suspense>
        </QueryClientProvider>,
      );

    const first = mount();
    expect(await screen.findByText('Ada Researcher')).toBeInTheDocument();
    first.unmount();
    // An hour later, in the same page.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 3_600_000);
    mount();
    expect(screen.getByText('Ada Researcher')).toBeInTheDocument();
    // A refetch on mount would start within a few ticks: give it the chance to.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('keeps profiles apart: another slug is another fetch', async () => {
    const fetchMock = stubFetch(json(buildProfile()), json(buildProfile({ id: 'other' })));
    const client = new QueryClient();
    await client.fetchQuery(profileQueryOptions(source));
    await client.fetchQuery(profileQueryOptions({ ...source, slug: 'other' }));
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      './profiles/ada-researcher.json',
      './profiles/other.json',
    ]);
  });
});
