import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import {
  InvalidProfileError,
  isPermanentProfileError,
  ProfileLoadError,
  ProfileNotFoundError,
} from './profile-errors';
import { readProfile, type DroppedData } from './read-profile';
import type { Profile } from './profile-schema';
import { isProfileSlug, type ProfileSource } from './profile-source';

export interface LoadedProfile {
  profile: Profile;
  /** What the page left out; `npm run validate-data` names the same problems. */
  dropped: DroppedData;
}

export async function fetchProfile(source: ProfileSource, signal?: AbortSignal): Promise<LoadedProfile> {
  if (!isProfileSlug(source.slug)) throw new ProfileNotFoundError(source.slug);
  const data = source.kind === 'inline' ? source.data : await fetchJson(source.baseUrl, source.slug, signal);
  const result = await readProfile(data, source.slug);
  if (!result.ok) throw new InvalidProfileError(source.slug, result.problems);
  return { profile: result.profile, dropped: result.dropped };
}

/** How long the page waits for the next byte of a profile before it tells the visitor. */
export const PROFILE_STALL_TIMEOUT_MS = 15_000;

/**
 * The server stopped answering: asking again would make the visitor wait as long once more, so the
 * page says so at once and leaves "Try again" to them.
 */
class ProfileStalledError extends ProfileLoadError {}

async function fetchJson(baseUrl: string, slug: string, signal?: AbortSignal): Promise<unknown> {
  const url = `${baseUrl.replace(/\/+$/, '')}/${slug}.json`;
  const stall = stallTimer(PROFILE_STALL_TIMEOUT_MS, signal);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { signal: stall.signal, headers: { Accept: 'application/json' } });
    body = await readText(response, stall.restart);
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

/** The body as text (UTF-8, as `response.text()` reads it), calling `onProgress` at each chunk. */
async function readText(response: Response, onProgress: () => void): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    onProgress();
    text += decoder.decode(value, { stream: true });
  }
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
