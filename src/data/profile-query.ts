import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import {
  InvalidProfileError,
  isPermanentProfileError,
  ProfileLoadError,
  ProfileNotFoundError,
} from './profile-errors';
import { startProfileReader } from './profile-reader-client';
import type { DroppedData } from './read-profile';
import type { Profile } from './profile-schema';
import { isProfileSlug, type ProfileSource } from './profile-source';

export interface LoadedProfile {
  profile: Profile;
  /** What the page left out; `npm run validate-data` names the same problems. */
  dropped: DroppedData;
}

const NOTHING_DROPPED: DroppedData = { entries: 0, values: 0, problems: [] };

export async function fetchProfile(source: ProfileSource, signal?: AbortSignal): Promise<LoadedProfile> {
  if (!isProfileSlug(source.slug)) throw new ProfileNotFoundError(source.slug);
  if (source.kind === 'inline') return readData(source.data, source.slug);
  // A worker parses and checks the body (docs/decisions/003); started now, it is ready when the
  // body is. Where none can run, or it cannot vouch for the data, the page reads the body itself.
  const reader = startProfileReader();
  try {
    const chunks = await fetchBody(source.baseUrl, source.slug, signal);
    const read = await reader.read(chunks, signal).catch((error: unknown) => {
      if (signal?.aborted) throw error;
      throw new ProfileLoadError(source.slug, 'the page could not read it. Try again.');
    });
    if (read !== null && typeof read !== 'string') return { profile: read, dropped: NOTHING_DROPPED };
    return await readData(parseBody(read ?? decode(chunks), source.slug), source.slug);
  } finally {
    reader.stop();
  }
}

/** The page's own reading: zod-free quick check, else the forgiving reader (both loaded on demand). */
async function readData(data: unknown, slug: string): Promise<LoadedProfile> {
  const { readProfile } = await import('./read-profile');
  const result = await readProfile(data, slug);
  if (!result.ok) throw new InvalidProfileError(slug, result.problems);
  return { profile: result.profile, dropped: result.dropped };
}

/** How long the page waits for the next byte of a profile before it tells the visitor. */
export const PROFILE_STALL_TIMEOUT_MS = 15_000;

/**
 * The server stopped answering: asking again would make the visitor wait as long once more, so the
 * page says so at once and leaves "Try again" to them.
 */
class ProfileStalledError extends ProfileLoadError {}

async function fetchBody(baseUrl: string, slug: string, signal?: AbortSignal): Promise<Uint8Array[]> {
  const url = `${baseUrl.replace(/\/+$/, '')}/${slug}.json`;
  const stall = stallTimer(PROFILE_STALL_TIMEOUT_MS, signal);
  let response: Response;
  let body: Uint8Array[];
  try {
    response = await fetch(url, { signal: stall.signal, headers: { Accept: 'application/json' } });
    body = await readChunks(response, stall.restart);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (stall.expired())
      throw new ProfileStalledError(
        slug,
        `the server sent nothing for ${PROFILE_STALL_TIMEOUT_MS / 1000} seconds. Check your connection.`,
      );
    throw new ProfileLoadError(slug, 'the network request failed. Check your connection.');
  } finally {
    stall.stop();
  }
  if (response.status === 404) throw new ProfileNotFoundError(slug);
  if (!response.ok)
    throw new ProfileLoadError(slug, `the server answered ${response.status} ${response.statusText}`.trim());
  return body;
}

function parseBody(body: string, slug: string): unknown {
  // A static host's "not found" fallback page is HTML served with 200.
  if (/^\s*</.test(body)) throw new ProfileNotFoundError(slug);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    // The file itself is broken (a typo, a cut-off upload): fetching it again would not help.
    throw new InvalidProfileError(slug, [
      { path: '$', message: `is not valid JSON (${(error as Error).message})` },
    ]);
  }
}

/**
 * Aborts when nothing arrives for `ms` (not after `ms` in all: a large profile on a slow line keeps
 * loading as long as bytes keep coming), or when `outer` aborts.
 */
function stallTimer(ms: number, outer?: AbortSignal) {
  const controller = new AbortController();
  let expired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      expired = true;
      controller.abort();
    }, ms);
  };
  const abort = () => controller.abort();
  outer?.addEventListener('abort', abort);
  restart();
  return {
    signal: controller.signal,
    restart,
    expired: () => expired,
    stop() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', abort);
    },
  };
}

/** The body's bytes as they arrive, calling `onProgress` at each chunk. */
async function readChunks(response: Response, onProgress: () => void): Promise<Uint8Array[]> {
  if (!response.body) return [new Uint8Array(await response.arrayBuffer())];
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    onProgress();
    chunks.push(value);
  }
}

/** The body as text, UTF-8, as `response.text()` reads it. */
function decode(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
}

export function profileQueryOptions(source: ProfileSource) {
  // Inline data is keyed by slug, not by content: hashing a 20,000-publication object on every
  // render would cost more than it saves.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['profile', source.kind, source.kind === 'url' ? source.baseUrl : 'inline', source.slug],
    queryFn: ({ signal }) => fetchProfile(source, signal),
    staleTime: Infinity,
    retry: (failureCount, error) =>
      !isPermanentProfileError(error) && !(error instanceof ProfileStalledError) && failureCount < 2,
  });
}

export function useProfile(source: ProfileSource): Profile {
  return useSuspenseQuery({ ...profileQueryOptions(source), select: selectProfile }).data;
}

export function useDroppedData(source: ProfileSource): DroppedData {
  return useSuspenseQuery({ ...profileQueryOptions(source), select: selectDropped }).data;
}

const selectProfile = (loaded: LoadedProfile) => loaded.profile;
const selectDropped = (loaded: LoadedProfile) => loaded.dropped;
