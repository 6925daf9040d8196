import type { Publication } from '../../../data/profile-schema';

/** UTF-16 offsets into the original string, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** How one query term matched the corpus: plain data, safe to spread, copy or post to a worker. */
export interface TermMatch {
  /** Folded. */
  term: string;
  /** Corpus words the term matched only as another spelling or with typos (highlighted whole). */
  fuzzyWords: readonly string[];
}

/** One search hit. Highlight ranges are not part of it: `highlightMatch` computes them for a card on screen. */
export interface PublicationMatch {
  publication: Publication;
  /** Lower is better, 0 = perfect (Fuse's convention); 0 when not searching. */
  score: number;
  /** The query's terms as matched; shared by every hit of one query, empty when not searching. */
  terms: readonly TermMatch[];
}

/** Where a publication's shown fields match the query, as ranges of the original (accented) text. */
export interface Highlights {
  title: TextRange[];
  /** Per alternate title. */
  alternateTitles: TextRange[][];
  /** Per author, by index. */
  authors: TextRange[][];
  venue: TextRange[];
  abstract: TextRange[];
  /** Per topic, by index: ranges of the label the card shows for it (see `highlightMatch`). */
  topics: TextRange[][];
}

/**
 * A profile's topic labels, per language: a topic's name → its label (the data's `topicLabels`).
 * Search looks in every language's labels besides the names.
 */
export type TopicLabels = Readonly<Partial<Record<string, Readonly<Record<string, string>>>>>;

/** The one interface the page (or a worker) calls: pure, the same query always gives the same hits. */
export interface PublicationSearch {
  /** Publications matching every word of the query, best first; all of them, unranked, without words. */
  search(query: string): PublicationMatch[];
}
