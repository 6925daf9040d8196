import { queryOptions, useQuery } from '@tanstack/react-query';
import { readProfile } from '../../../data/read-profile';
import { SLUG_PATTERN } from '../../../data/patterns';
import { INSTITUTE_FILE, INSTITUTE_PROFILE_ID, type InstituteFile } from '../utils/institute-file';
import { fetchDirectoryJson, InvalidDirectoryDataError, retryDirectoryLoad } from './fetch-directory-json';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The institute's list as the page reads a profile (what it cannot show is left out, as on a
 * profile page), and which members each publication is of.
 */
export async function readInstitute(data: unknown): Promise<InstituteFile> {
  if (!isRecord(data) || !isRecord(data.publicationMembers))
    throw new InvalidDirectoryDataError(INSTITUTE_FILE, [
      { path: '$', message: 'must be an object with "profile" and "publicationMembers"' },
    ]);
  const result = await readProfile(data.profile, INSTITUTE_PROFILE_ID);
  if (!result.ok)
    throw new InvalidDirectoryDataError(
      INSTITUTE_FILE,
      result.problems.map((problem) => ({ ...problem, path: problem.path.replace(/^\$/, '$.profile') })),
    );
  const publicationMembers: Record<string, string[]> = {};
  for (const [id, slugs] of Object.entries(data.publicationMembers))
    if (Array.isArray(slugs))
      publicationMembers[id] = slugs.filter(
        (slug): slug is string => typeof slug === 'string' && SLUG_PATTERN.test(slug),
      );
  return { profile: result.profile, publicationMembers };
}

/** `profiles/institute.json` beside the profiles (`baseUrl` is the profiles' folder). */
export function instituteQueryOptions(baseUrl: string) {
  return queryOptions({
    queryKey: ['directory', 'institute', baseUrl],
    queryFn: async ({ signal }) => readInstitute(await fetchDirectoryJson(baseUrl, INSTITUTE_FILE, signal)),
    staleTime: Infinity,
    retry: retryDirectoryLoad,
  });
}

/**
 * `preview`: what a prerendered page was rendered with (say, its first publications), shown until
 * the whole file has loaded.
 */
export function useInstitute(baseUrl: string, preview?: InstituteFile) {
  return useQuery({ ...instituteQueryOptions(baseUrl), placeholderData: preview });
}
