import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LocationAdapter } from '../../../lib/location';
import { readViewState, unknownTopicSlugs, writeViewState } from '../utils/url-state';
import { DEFAULT_VIEW_STATE, type ListOrder, type ViewState } from '../utils/view-state';

const TYPING_DELAY_MS = 400;
const noSearch = () => '';
const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

/** Whether the URL names a sort order itself: only then does it apply while searching. */
const namesSort = (params: URLSearchParams, state: ViewState) => params.get('sort') === state.sort;

function toParams(current: URLSearchParams, state: ViewState, sortNamed: boolean): URLSearchParams {
  const next = writeViewState(current, state);
  // writeViewState leaves the default order out; a visitor who chose it while searching keeps it.
  if (sortNamed) next.set('sort', state.sort);
  return next;
}

function withoutUnknownTopics(params: URLSearchParams, profileTopics: string[]): URLSearchParams {
  const state = readViewState(params, profileTopics);
  return toParams(params, state, namesSort(params, state));
}

/**
 * Counts the location's changes (ours, Back, Forward). A URL string can come back (Clear, Back), so
 * "has the URL changed since?" is asked of this count, never of the string.
 */
function useLocationVersion(location: LocationAdapter) {
  const version = useRef(0);
  const subscribe = useCallback(
    (listener: () => void) =>
      location.subscribe(() => {
        version.current += 1;
        listener();
      }),
    [location],
  );
  const current = useSyncExternalStore(
    subscribe,
    () => version.current,
    () => 0,
  );
  return { current, ref: version };
}

/**
 * The visitor's choices live in the URL. Choices that a visitor would undo with Back (topics, match
 * mode, sort, clearing) push an entry. Typing shows at once and reaches the URL a moment later: the
 * first settled keystroke of a search pushes an entry, later ones replace it, so Back returns to
 * the page as it was before the search, and history is not flooded.
 */
export function useViewState(location: LocationAdapter, profileTopics: string[]) {
  // A prerendered page shows the unfiltered list: hydration starts from no URL state, then applies it.
  const search = useSyncExternalStore(location.subscribe, () => location.read().toString(), noSearch);
  const version = useLocationVersion(location);
  const { fromUrl, sortNamed, unknownTopics } = useMemo(() => {
    const params = new URLSearchParams(search);
    const state = readViewState(params, profileTopics);
    return {
      fromUrl: state,
      sortNamed: namesSort(params, state),
      unknownTopics: unknownTopicSlugs(params, profileTopics),
    };
  }, [search, profileTopics]);

  // What was typed since the URL last changed; any URL change (ours or Back) supersedes it.
  const [typed, setTyped] = useState<{ query: string; version: number } | null>(null);
  const query = typed && typed.version === version.current ? typed.query : fromUrl.query;
  // The same choices keep the same object, so writing the typed query to the URL (which changes the
  // URL, not the choices) renders nothing again downstream.
  const stateKey = JSON.stringify({ ...fromUrl, query });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value on purpose
  const state = useMemo<ViewState>(() => ({ ...fromUrl, query }), [stateKey]);
  // The history entry our own typing created: typing on it replaces it instead of pushing another.
  const typingEntry = useRef<number | null>(null);

  // Topics a shared link names but the profile lacks: dropped from the URL, and said until the
  // visitor changes the view.
  const [ignored] = useState(() => {
    const original = location.read();
    return {
      topics: unknownTopicSlugs(original, profileTopics),
      urls: [original.toString(), withoutUnknownTopics(original, profileTopics).toString()],
    };
  });
  // Said from the first render after hydration: the prerendered HTML had no URL to speak of.
  const hydrated = useSyncExternalStore(noSubscription, isClient, isServer);
  const ignoredTopics = hydrated && ignored.urls.includes(search) ? ignored.topics : [];
  useEffect(() => {
    if (unknownTopics.length > 0) location.replace(withoutUnknownTopics(location.read(), profileTopics));
  }, [unknownTopics, location, profileTopics]);

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
      // What was typed goes into the push; when nothing is pushed (a search cleared before it
      // reached the URL), the URL already holds the wanted state and the typed text must not outlive it.
      setTyped(null);
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
      const startedAt = version.ref.current;
      setTyped({ query: value, version: startedAt });
      clearTimeout(timer.current);
      const commit = () => {
        // Back (or any other change) since the keystroke wins over what was typed.
        if (version.ref.current !== startedAt) return;
        const current = location.read();
        const latest = readViewState(current, profileTopics);
        const next = toParams(current, { ...latest, query: value }, namesSort(current, latest));
        if (next.toString() === current.toString()) return;
        if (typingEntry.current === startedAt) location.replace(next);
        else location.push(next);
        typingEntry.current = version.ref.current;
        // Keep the box as typed (spaces included) until the URL changes again.
        setTyped({ query: value, version: version.ref.current });
      };
      if (immediate) commit();
      else timer.current = setTimeout(commit, TYPING_DELAY_MS);
    },
    [location, profileTopics, version.ref],
  );

  return { state, sortNamed, ignoredTopics, update, setOrder, setQuery };
}
