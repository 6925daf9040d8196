import { queryOptions, useQuery } from '@tanstack/react-query';
import { readMembers, type MemberSummary } from '../utils/member-summary';
import { MEMBERS_FILE } from '../utils/institute-file';
import { fetchDirectoryJson, InvalidDirectoryDataError, retryDirectoryLoad } from './fetch-directory-json';

export async function fetchMembers(baseUrl: string, signal?: AbortSignal): Promise<MemberSummary[]> {
  const result = readMembers(await fetchDirectoryJson(baseUrl, MEMBERS_FILE, signal));
  if (!result.ok) throw new InvalidDirectoryDataError(MEMBERS_FILE, result.problems);
  return result.members;
}

/** `profiles/members.json` beside the profiles (`baseUrl` is the profiles' folder, as for a profile). */
export function membersQueryOptions(baseUrl: string) {
  return queryOptions({
    queryKey: ['directory', 'members', baseUrl],
    queryFn: ({ signal }) => fetchMembers(baseUrl, signal),
    staleTime: Infinity,
    retry: retryDirectoryLoad,
  });
}

/** `initialMembers`: the members a prerendered page was rendered with (no request then). */
export function useMembers(baseUrl: string, initialMembers?: MemberSummary[]) {
  return useQuery({ ...membersQueryOptions(baseUrl), initialData: initialMembers });
}
