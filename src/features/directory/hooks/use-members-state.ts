import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { LocationAdapter } from '../../../lib/location';
import { useTypedQuery } from '../../../lib/use-typed-query';
import { readMembersState, writeMembersState } from '../utils/members-url-state';
import type { MembersState } from '../utils/members-view';

// A prerendered page shows every member: hydration starts from no URL state, then applies it.
const noParams = () => '';

/**
 * The members page's choices live in the URL (`q`, `topics`). A topic or Clear pushes a history
 * entry; typing reaches the URL as useTypedQuery says (the profile page's rule).
 */
export function useMembersState(location: LocationAdapter, topics: readonly string[]) {
  const search = useSyncExternalStore(location.subscribe, () => location.read().toString(), noParams);
  const fromUrl = useMemo(() => readMembersState(new URLSearchParams(search), topics), [search, topics]);
  const withQuery = useCallback(
    (current: URLSearchParams, query: string) =>
      writeMembersState(current, { ...readMembersState(current, topics), query }),
    [topics],
  );
  const { query, setQuery, settle } = useTypedQuery(location, fromUrl.query, withQuery);
  const state = useMemo<MembersState>(() => ({ query, topics: fromUrl.topics }), [query, fromUrl.topics]);

  const update = useCallback(
    (patch: Partial<MembersState>) => {
      settle();
      const next = writeMembersState(location.read(), { ...state, ...patch });
      if (next.toString() !== location.read().toString()) location.push(next);
    },
    [location, state, settle],
  );

  return { state, setQuery, update };
}
