import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LocationAdapter } from '../../../lib/location';
import { readViewState, writeViewState } from '../utils/url-state';
import { DEFAULT_VIEW_STATE, type SortOrder, type ViewState } from '../utils/view-state';

const TYPING_DELAY_MS = 400;

/** How the list is ordered: a sort order, or relevance while searching without a chosen order. */
export type ListOrder = SortOrder | 'relevance';

/** Whether the URL names a sort order itself: only then does it apply while searching. */
const namesSort = (params: URLSearchParams, state: ViewState) => params.get('sort') === state.sort;

function toParams(current: URLSearchParams, state: ViewState, sortNamed: boolean): URLSearchParams {
  const next = writeViewState(current, state);
  // writeViewState leaves the default order out; a visitor who chose it while searching keeps it.
  if (sortNamed) next.set('sort', state.sort);
  return next;
}

/**
 * The visitor's choices live in the URL. Choices that a visitor would undo with Back (topics, match
 * mode, sort, clearing) push an entry; typing shows at once and reaches the URL a moment later,
 * replacing the entry, so history is not flooded.
 */
export function useViewState(location: LocationAdapter, profileTopics: string[]) {
  const search = useSyncExternalStore(location.subscribe, () => location.read().toString());
  const { fromUrl, sortNamed } = useMemo(() => {
    const params = new URLSearchParams(search);
    const state = readViewState(params, profileTopics);
    return { fromUrl: state, sortNamed: namesSort(params, state) };
  }, [search, profileTopics]);
  // What was typed since the URL last changed; any URL change (ours or Back) supersedes it.
  const [typed, setTyped] = useState<{ query: string; search: string } | null>(null);
  const query = typed && typed.search === search ? typed.query : fromUrl.query;
  const state = useMemo<ViewState>(() => ({ ...fromUrl, query }), [fromUrl, query]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const pushIfChanged = useCallback(
    (next: URLSearchParams) => {
      if (next.toString() !== location.read().toString()) location.push(next);
    },
    [location],
  );

  const update = useCallback(
    (patch: Partial<ViewState>) => {
      clearTimeout(timer.current);
      pushIfChanged(toParams(location.read(), { ...state, ...patch }, sortNamed));
    },
    [location, pushIfChanged, state, sortNamed],
  );

  const setOrder = useCallback(
    (order: ListOrder) => {
      clearTimeout(timer.current);
      const sort = order === 'relevance' ? DEFAULT_VIEW_STATE.sort : order;
      pushIfChanged(toParams(location.read(), { ...state, sort }, order !== 'relevance'));
    },
    [location, pushIfChanged, state],
  );

  const setQuery = useCallback(
    (value: string, { immediate = false } = {}) => {
      setTyped({ query: value, search });
      clearTimeout(timer.current);
      const commit = () => {
        const current = location.read();
        // Back (or any other change) since the typing began wins over what was typed.
        if (current.toString() !== search) return;
        const latest = readViewState(current, profileTopics);
        const next = toParams(current, { ...latest, query: value }, namesSort(current, latest));
        if (next.toString() !== current.toString()) location.replace(next);
      };
      if (immediate) commit();
      else timer.current = setTimeout(commit, TYPING_DELAY_MS);
    },
    [location, profileTopics, search],
  );

  return { state, sortNamed, update, setOrder, setQuery };
}
