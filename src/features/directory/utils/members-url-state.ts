import { topicSlug } from '../../../lib/topic-slug';
import { MAX_QUERY_LENGTH } from '../../publications/utils/url-state';
import type { MembersState } from './members-view';

/** The state a URL asks for (`?q=…&topics=slug,slug`); unknown topics and a too-long query are cut. */
export function readMembersState(params: URLSearchParams, topics: readonly string[]): MembersState {
  const slugs = new Set((params.get('topics') ?? '').split(',').map((slug) => slug.trim().toLowerCase()));
  const query = params.get('q') ?? '';
  return {
    query:
      query.length > MAX_QUERY_LENGTH
        ? query.slice(0, MAX_QUERY_LENGTH).replace(/[\ud800-\udbff]$/, '')
        : query,
    topics: topics.filter((topic) => topicSlug(topic) !== '' && slugs.has(topicSlug(topic))),
  };
}

/** A copy of `params` describing `state`: empty values are left out, other parameters kept. */
export function writeMembersState(params: URLSearchParams, state: MembersState): URLSearchParams {
  const next = new URLSearchParams(params);
  const slugs = [...new Set(state.topics.map(topicSlug).filter((slug) => slug !== ''))];
  if (state.query.trim() === '') next.delete('q');
  else next.set('q', state.query);
  if (slugs.length === 0) next.delete('topics');
  else next.set('topics', slugs.join(','));
  return next;
}
