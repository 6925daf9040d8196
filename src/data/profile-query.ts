import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import {
  InvalidProfileError,
  isPermanentProfileError,
  ProfileLoadError,
  ProfileNotFoundError,
} from './profile-errors';
import { decodeBody, failureDetail, fetchBody, parseJson, STALL_TIMEOUT_MS } from './fetch-json-file';
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
    const chunks = await fetchProfileBody(source.baseUrl, source.slug, signal);
    const read = await reader.read(chunks, signal).catch((error: unknown) => {
      if (signal?.aborted) throw error;
      throw new ProfileLoadError(source.slug, 'the page could not read it. Try again.');
    });
    if (read !== null && typeof read !== 'string') return { profile: read, dropped: NOTHING_DROPPED };
    return await readData(parseBody(read ?? decodeBody(chunks), source.slug), source.slug);
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
export const PROFILE_STALL_TIMEOUT_MS = STALL_TIMEOUT_MS;

/**
 * The server stopped answering: asking again would make the visitor wait as long once more, so the
 * page says so at once and leaves "Try again" to them.
 */
class ProfileStalledError extends ProfileLoadError {}

async function fetchProfileBody(baseUrl: string, slug: string, signal?: AbortSignal): Promise<Uint8Array[]> {
  const body = await fetchBody(`${baseUrl.replace(/\/+$/, '')}/${slug}.json`, signal);
  if (body.ok) return body.chunks;
  const { failure } = body;
  if (failure.kind === 'status' && failure.status === 404) throw new ProfileNotFoundError(slug);
  throw new (failure.kind === 'stalled' ? ProfileStalledError : ProfileLoadError)(
    slug,
    failureDetail(failure),
  );
}

function parseBody(text: string, slug: string): unknown {
  const parsed = parseJson(text);
  if (parsed.ok) return parsed.data;
  if (parsed.html) throw new ProfileNotFoundError(slug);
  // The file itself is broken (a typo, a cut-off upload): fetching it again would not help.
  throw new InvalidProfileError(slug, [{ path: '$', message: parsed.message }]);
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
