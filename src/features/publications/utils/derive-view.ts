import type { Publication } from '../../../data/profile-schema';
import { matchesTopics } from './filter-by-topics';
import { unmatched } from '../search/publication-match';
import { queryTerms } from '../search/query-terms';
import type { PublicationMatch, PublicationSearch } from '../search/types';
import { sortPublications } from './sort-publications';
import { substringSearch } from '../search/substring-search';
import type { ListOrder, ViewState } from './view-state';
import { findWaysOut, type WayOut } from './way-out';

export interface PublicationView {
  /** What to show, in `order`. */
  items: PublicationMatch[];
  /** Relevance while searching, unless the visitor chose a sort order; else `state.sort`. */
  order: ListOrder;
  /**
   * For every profile topic, what selecting it would show: in "any" mode, the publications matching
   * the search that have it; in "all" mode, those shown now that also have it.
   */
  topicCounts: Map<string, number>;
  /** Profile topics that no publication has (whatever the search). */
  unusedTopics: string[];
  /** When nothing is shown: small changes to the filters that show something, best first. */
  waysOut: WayOut[];
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
  /** Whether the visitor chose `state.sort` (it then applies while searching too). */
  sortChosen = false,
): PublicationView {
  const terms = queryTerms(state.query);
  const searching = terms.length > 0;
  const found = !searching
    ? publications.map(unmatched)
    : search
      ? search.search(state.query)
      : substringSearch(publications, terms);

  const shown = found.filter((match) => matchesTopics(match.publication, state.topics, state.mode));
  // In "all" mode a chip narrows what is shown; in "any" mode it adds what has that topic.
  const topicCounts = countTopics(profileTopics, state.mode === 'all' ? shown : found);
  const used = countTopics(profileTopics, publications.map(unmatched));
  const order: ListOrder = searching && !sortChosen ? 'relevance' : state.sort;
  return {
    items: order === 'relevance' ? shown : sortPublications(shown, order, (match) => match.publication),
    order,
    topicCounts,
    unusedTopics: profileTopics.filter((topic) => used.get(topic) === 0),
    waysOut:
      shown.length > 0
        ? []
        : findWaysOut(
            found.map((match) => match.publication),
            publications,
            state,
            searching,
          ),
    total: publications.length,
    searching,
  };
}

function countTopics(profileTopics: readonly string[], matches: readonly PublicationMatch[]) {
  const counts = new Map(profileTopics.map((topic) => [topic, 0]));
  for (const { publication } of matches)
    for (const topic of new Set(publication.topics)) {
      const count = counts.get(topic);
      if (count !== undefined) counts.set(topic, count + 1);
    }
  return counts;
}
