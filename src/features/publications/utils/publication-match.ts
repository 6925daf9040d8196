import type { Publication } from '../../../data/profile-schema';
import type { FoldedPublication } from './folded-publication';
import type { PublicationMatch, TextRange } from './search-publications';
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
 * publications, the page renders a few dozen. They are getters: read them, do not spread the object.
 */
class LazyMatch implements PublicationMatch {
  #title?: TextRange[];
  #alternateTitles?: TextRange[][];
  #authors?: TextRange[][];
  #venue?: TextRange[];
  #abstract?: TextRange[];
  readonly #folded: FoldedPublication;
  readonly #matchers: readonly TermMatcher[];

  constructor(
    readonly publication: Publication,
    readonly score: number,
    folded: FoldedPublication,
    matchers: readonly TermMatcher[],
  ) {
    this.#folded = folded;
    this.#matchers = matchers;
  }

  get title() {
    return (this.#title ??= matchRanges(this.#folded.title, this.#matchers));
  }
  get alternateTitles() {
    return (this.#alternateTitles ??= this.#folded.alternateTitles.map((text) =>
      matchRanges(text, this.#matchers),
    ));
  }
  get authors() {
    return (this.#authors ??= this.#folded.authors.map((text) => matchRanges(text, this.#matchers)));
  }
  get venue() {
    return (this.#venue ??= matchRanges(this.#folded.venue, this.#matchers));
  }
  get abstract() {
    return (this.#abstract ??= matchRanges(this.#folded.abstract, this.#matchers));
  }
}

export function lazyMatch(
  publication: Publication,
  folded: FoldedPublication,
  matchers: readonly TermMatcher[],
  score: number,
): PublicationMatch {
  return new LazyMatch(publication, score, folded, matchers);
}
