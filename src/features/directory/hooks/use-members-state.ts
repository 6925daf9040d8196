import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LocationAdapter } from '../../../lib/location';
import { readMembersState, writeMembersState } from '../utils/members-url-state';
import type { MembersState } from '../utils/members-view';

const TYPING_DELAY_MS = 400;
// A prerendered page shows every member: hydration starts from no URL state, then applies it.
const noParams = () => '';

/**
 * The members page's choices live in the URL (`q`, `topics`). A topic pushes a history entry;
 * typing shows at once and reaches the URL a moment later, replacing the entry its first
 * keystroke pushed, so Back leaves the search in one step.
 */
export function useMembersState(location: LocationAdapter, topics: readonly string[]) {
  const search = useSyncExternalStore(location.subscribe, () => location.read().toString(), noParams);
  const fromUrl = useMemo(() => readMembersState(new URLSearchParams(search), topics), [search, topics]);
  // What was typed on the URL as it was then; any later URL change supersedes it.
  const [typed, setTyped] = useState<{ query: string; search: string } | null>(null);
  const query = typed && typed.search === search ? typed.query : fromUrl.query;
  const state = useMemo<MembersState>(() => ({ query, topics: fromUrl.topics }), [query, fromUrl.topics]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setQuery = useCallback(
    (value: string) => {
      setTyped({ query: value, search });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const current = location.read();
        const next = writeMembersState(current, { ...readMembersState(current, topics), query: value });
        if (next.toString() === current.toString()) return;
        if (current.has('q')) location.replace(next);
        else location.push(next);
      }, TYPING_DELAY_MS);
    },
    [location, search, topics],
  );

  const update = useCallback(
    (patch: Partial<MembersState>) => {
      clearTimeout(timer.current);
      setTyped(null);
      const next = writeMembersState(location.read(), { ...state, ...patch });
      if (next.toString() !== location.read().toString()) location.push(next);
    },
    [location, state],
  );

  return { state, setQuery, update };
}
