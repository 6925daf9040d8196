import { topicSlug } from '../../../lib/topic-slug';
import {
  DEFAULT_VIEW_STATE,
  type SortOrder,
  type TopicMatchMode,
  type ViewState,
  type YearRange,
} from './view-state';

export const MAX_QUERY_LENGTH = 200;
const SORT_ORDERS: readonly SortOrder[] = ['newest', 'oldest', 'title'];
const MODES: readonly TopicMatchMode[] = ['any', 'all'];

/** The view state a URL asks for; anything missing or invalid falls back to the default. */
export function readViewState(params: URLSearchParams, profileTopics: readonly string[]): ViewState {
  const slugs = new Set((params.get('topics') ?? '').split(',').map((slug) => slug.trim().toLowerCase()));
  const mode = params.get('mode');
  const sort = params.get('sort');
  return {
    query: capQuery(params.get('q') ?? ''),
    topics: profileTopics.filter((topic) => slugs.has(topicSlug(topic)) && topicSlug(topic) !== ''),
    mode: MODES.find((known) => known === mode) ?? DEFAULT_VIEW_STATE.mode,
    sort: SORT_ORDERS.find((known) => known === sort) ?? DEFAULT_VIEW_STATE.sort,
    years: readYears(params.get('year')),
  };
}

/** `?year=2024` or `?year=2019-2024` (either order); anything else means every year. */
function readYears(value: string | null): YearRange | null {
  // No leading zero: `writeYears` would write year 0 back as "0", which reads as every year.
  const match = /^\s*([1-9]\d{3})(?:\s*-\s*([1-9]\d{3}))?\s*$/.exec(value ?? '');
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[2] ?? match[1]);
  return { from: Math.min(first, second), to: Math.max(first, second) };
}

function writeYears(years: YearRange | null): string | null {
  if (!years) return null;
  return years.from === years.to ? String(years.from) : `${years.from}-${years.to}`;
}

/** Slugs in `?topics=` that name none of the profile's topics, as written in the URL. */
export function unknownTopicSlugs(params: URLSearchParams, profileTopics: readonly string[]): string[] {
  const known = new Set(profileTopics.map(topicSlug));
  const requested = (params.get('topics') ?? '').split(',').map((slug) => slug.trim());
  return [...new Set(requested.filter((slug) => slug !== '' && !known.has(slug.toLowerCase())))];
}

/** A copy of `params` describing `state`; defaults are left out and other parameters kept. */
export function writeViewState(params: URLSearchParams, state: ViewState): URLSearchParams {
  const next = new URLSearchParams(params);
  const query = capQuery(state.query);
  const slugs = [...new Set(state.topics.map(topicSlug).filter((slug) => slug !== ''))];
  setOrDelete(next, 'q', query.trim() === '' ? null : query);
  setOrDelete(next, 'topics', slugs.length === 0 ? null : slugs.join(','));
  setOrDelete(next, 'mode', state.mode === DEFAULT_VIEW_STATE.mode ? null : state.mode);
  setOrDelete(next, 'sort', state.sort === DEFAULT_VIEW_STATE.sort ? null : state.sort);
  setOrDelete(next, 'year', writeYears(state.years));
  return next;
}

function setOrDelete(params: URLSearchParams, name: string, value: string | null): void {
  if (value === null) params.delete(name);
  else params.set(name, value);
}

function capQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
