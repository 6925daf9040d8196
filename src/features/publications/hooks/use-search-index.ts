import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Publication } from '../../../data/profile-schema';
import { useEveryTopicLabel } from '../../../lib/topic-labels';
import type { TopicLabels } from '../search/types';

/**
 * The search index (and fuse.js) is loaded on demand, after the profile is on screen, to keep it
 * out of the initial bundle, and built in slices that leave the page responsive. Until it is
 * ready the page filters with plain substring matching.
 */
export function searchIndexQueryOptions(
  profileId: string,
  publications: Publication[],
  topicLabels: TopicLabels | undefined,
) {
  // Keyed by profile and size, not by every publication: one profile's publications never change
  // after loading (the institute list's preview grows into the whole file). The labels (a small
  // table) are in the key: the preview's and the whole file's may differ. The labels of every
  // language are searched, so the page's language is not in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: [
      'publication-search-index',
      profileId,
      publications.length,
      JSON.stringify(topicLabels ?? null),
    ],
    queryFn: async () => {
      const { createPublicationSearchInSlices } = await import('../search/search-publications');
      return createPublicationSearchInSlices(publications, topicLabels);
    },
    staleTime: Infinity,
  });
}

/** The profile's search index, with its topics' labels from the page (`TopicLabelsProvider`); null until built. */
export function useSearchIndex(profileId: string, publications: Publication[]) {
  const topicLabels = useEveryTopicLabel();
  return useQuery(searchIndexQueryOptions(profileId, publications, topicLabels)).data ?? null;
}
