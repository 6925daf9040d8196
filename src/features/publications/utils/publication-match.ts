import type { Publication } from '../../../data/profile-schema';
import type { FoldedPublication } from './folded-publication';
import type { PublicationMatch } from './search-publications';
import { matchRanges, type TermMatcher } from './term-matcher';

/** A publication shown without a search: nothing to highlight. */
export function unmatched(publication: Publication): PublicationMatch {
  return {
    publication,
    score: 0,
    title: [],
    alternateTitles: publication.alternateTitles.map(() => []),
    authors: publication.authors.map(() => []),
    venue: [],
    abstract: [],
  };
}

/**
 * A search hit whose highlight ranges are computed on first read: a query can match thousands of
 * publications, the page renders a few dozen. The getters are enumerable, so spreading and
 * equality checks see plain values.
 */
export function lazyMatch(
  publication: Publication,
  folded: FoldedPublication,
  matchers: readonly TermMatcher[],
  score: number,
): PublicationMatch {
  const match = { publication, score } as PublicationMatch;
  const define = <K extends keyof PublicationMatch>(key: K, compute: () => PublicationMatch[K]) => {
    let value: PublicationMatch[K] | undefined;
    Object.defineProperty(match, key, { enumerable: true, get: () => (value ??= compute()) });
  };
  define('title', () => matchRanges(folded.title, matchers));
  define('alternateTitles', () => folded.alternateTitles.map((title) => matchRanges(title, matchers)));
  define('authors', () => folded.authors.map((author) => matchRanges(author, matchers)));
  define('venue', () => matchRanges(folded.venue, matchers));
  define('abstract', () => matchRanges(folded.abstract, matchers));
  return match;
}
