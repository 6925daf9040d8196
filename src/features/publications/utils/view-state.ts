/** What a visitor chose; everything else on the page is derived from this and the data. */
export type SortOrder = 'newest' | 'oldest' | 'title';
export type TopicMatchMode = 'any' | 'all';
/** How the list is ordered: a sort order, or relevance while searching without a chosen order. */
export type ListOrder = SortOrder | 'relevance';

export interface ViewState {
  /** The search text as typed (trimmed only when searching). */
  query: string;
  /** Selected topics, by their names as in the profile, in the profile's order. */
  topics: string[];
  mode: TopicMatchMode;
  sort: SortOrder;
  /** Publication years shown, inclusive (one year when `from === to`); null for every year. */
  years: YearRange | null;
}

export interface YearRange {
  from: number;
  to: number;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  query: '',
  topics: [],
  mode: 'any',
  sort: 'newest',
  years: null,
};
