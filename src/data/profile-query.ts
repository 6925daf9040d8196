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

async function fetchJson(baseUrl: string, slug: string, signal?: AbortSignal): Promise<unknown> {
  const url = `${baseUrl.replace(/\/+$/, '')}/${slug}.json`;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ProfileLoadError(slug, 'the network request failed. Check your connection.');
  }
  if (response.status === 404) throw new ProfileNotFoundError(slug);
  if (!response.ok)
    throw new ProfileLoadError(slug, `the server answered ${response.status} ${response.statusText}`.trim());
  const body = await response.text();
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

export function profileQueryOptions(source: ProfileSource) {
  // Inline data is keyed by slug, not by content: hashing a 20,000-publication object on every
  // render would cost more than it saves.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['profile', source.kind, source.kind === 'url' ? source.baseUrl : 'inline', source.slug],
    queryFn: ({ signal }) => fetchProfile(source, signal),
    staleTime: Infinity,
    retry: (failureCount, error) => !isPermanentProfileError(error) && failureCount < 2,
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
