import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Publication } from '../../../data/profile-schema';

/**
 * The search index (and fuse.js) is loaded on demand, after the profile is on screen, to keep it
 * out of the initial bundle, and built in slices that leave the page responsive. Until it is
 * ready the page filters with plain substring matching.
 */
export function searchIndexQueryOptions(profileId: string, publications: Publication[]) {
  // Keyed by profile, not by content: one profile's publications never change after loading.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['publication-search-index', profileId, publications.length],
    queryFn: async () => {
      const { createPublicationSearchInSlices } = await import('../search/search-publications');
      return createPublicationSearchInSlices(publications);
    },
    staleTime: Infinity,
  });
}

export function useSearchIndex(profileId: string, publications: Publication[]) {
  return useQuery(searchIndexQueryOptions(profileId, publications)).data ?? null;
}
