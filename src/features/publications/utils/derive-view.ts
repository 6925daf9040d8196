import type { Publication } from '../../../data/profile-schema';
import { matchesTopics } from './filter-by-topics';
import { unmatched } from '../search/publication-match';
import { queryTerms } from '../search/query-terms';
import type { PublicationMatch, PublicationSearch } from '../search/types';
import { sortPublications } from './sort-publications';
import { substringSearch } from '../search/substring-search';
import type { ViewState } from './view-state';

export interface PublicationView {
  /** What to show, in order: by relevance when searching, else by `state.sort`. */
  items: PublicationMatch[];
  /** For every profile topic: how many publications matching the search (not the topics) have it. */
  topicCounts: Map<string, number>;
  /** All publications of the profile. */
  total: number;
  /** Whether the query has at least one term. */
  searching: boolean;
}

/**
 * Everything the list shows, from the data and the view state. `search` is null while the search
 * index loads: a query then matches by plain substring, without typo tolerance.
 */
export function derivePublicationView(
  publications: readonly Publication[],
  profileTopics: readonly string[],
  search: PublicationSearch | null,
  state: ViewState,
): PublicationView {
  const terms = queryTerms(state.query);
  const searching = terms.length > 0;
  const found = !searching
    ? publications.map(unmatched)
    : search
      ? search.search(state.query)
      : substringSearch(publications, terms);

  const topicCounts = new Map(profileTopics.map((topic) => [topic, 0]));
  for (const { publication } of found)
    for (const topic of new Set(publication.topics)) {
      const count = topicCounts.get(topic);
      if (count !== undefined) topicCounts.set(topic, count + 1);
    }

  const shown = found.filter((match) => matchesTopics(match.publication, state.topics, state.mode));
  return {
    items: searching ? shown : sortPublications(shown, state.sort, (match) => match.publication),
    topicCounts,
    total: publications.length,
    searching,
  };
}
