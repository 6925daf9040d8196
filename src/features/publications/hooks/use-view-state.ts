import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LocationAdapter } from '../../../lib/location';
import { readViewState, writeViewState } from '../utils/url-state';
import type { ViewState } from '../utils/view-state';

const TYPING_DELAY_MS = 400;

/**
 * The visitor's choices live in the URL. Choices that a visitor would undo with Back (topics, match
 * mode, sort, clearing) push an entry; typing shows at once and reaches the URL a moment later,
 * replacing the entry, so history is not flooded.
 */
export function useViewState(location: LocationAdapter, profileTopics: string[]) {
  const search = useSyncExternalStore(location.subscribe, () => location.read().toString());
  const fromUrl = useMemo(
    () => readViewState(new URLSearchParams(search), profileTopics),
    [search, profileTopics],
  );
  // What was typed since the URL last changed; any URL change (ours or Back) supersedes it.
  const [typed, setTyped] = useState<{ query: string; search: string } | null>(null);
  const query = typed && typed.search === search ? typed.query : fromUrl.query;
  const state = useMemo<ViewState>(() => ({ ...fromUrl, query }), [fromUrl, query]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const update = useCallback(
    (patch: Partial<ViewState>) => {
      clearTimeout(timer.current);
      const params = writeViewState(location.read(), { ...state, ...patch });
      if (params.toString() !== location.read().toString()) location.push(params);
    },
    [location, state],
  );

  const setQuery = useCallback(
    (value: string, { immediate = false } = {}) => {
      setTyped({ query: value, search });
      clearTimeout(timer.current);
      const commit = () => {
        const current = location.read();
        const params = writeViewState(current, { ...readViewState(current, profileTopics), query: value });
        if (params.toString() !== current.toString()) location.replace(params);
      };
      if (immediate) commit();
      else timer.current = setTimeout(commit, TYPING_DELAY_MS);
    },
    [location, profileTopics, search],
  );

  return { state, update, setQuery };
}
