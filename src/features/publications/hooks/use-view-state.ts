import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { LocationAdapter } from '../../../lib/location';
import { useTypedQuery } from '../../../lib/use-typed-query';
import { readViewState, unknownTopicSlugs, writeViewState } from '../utils/url-state';
import { DEFAULT_VIEW_STATE, type ListOrder, type ViewState } from '../utils/view-state';

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
 * The visitor's choices live in the URL. Choices that a visitor would undo with Back (topics, match
 * mode, sort, clearing) push an entry; typing reaches it as useTypedQuery says.
 */
export function useViewState(location: LocationAdapter, profileTopics: string[]) {
  // A prerendered page shows the unfiltered list: hydration starts from no URL state, then applies it.
  const search = useSyncExternalStore(location.subscribe, () => location.read().toString(), noSearch);
  const { fromUrl, sortNamed, unknownTopics } = useMemo(() => {
    const params = new URLSearchParams(search);
    const state = readViewState(params, profileTopics);
    return {
      fromUrl: state,
      sortNamed: namesSort(params, state),
      unknownTopics: unknownTopicSlugs(params, profileTopics),
    };
  }, [search, profileTopics]);

  const withQuery = useCallback(
    (current: URLSearchParams, query: string) => {
      const latest = readViewState(current, profileTopics);
      return toParams(current, { ...latest, query }, namesSort(current, latest));
    },
    [profileTopics],
  );
  const { query, setQuery, cancelWrite, settle } = useTypedQuery(location, fromUrl.query, withQuery);
  // The same choices keep the same object, so writing the typed query to the URL (which changes the
  // URL, not the choices) renders nothing again downstream.
  const stateKey = JSON.stringify({ ...fromUrl, query });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value on purpose
  const state = useMemo<ViewState>(() => ({ ...fromUrl, query }), [stateKey]);

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

  const pushIfChanged = useCallback(
    (next: URLSearchParams) => {
      if (next.toString() !== location.read().toString()) location.push(next);
    },
    [location],
  );

  const update = useCallback(
    (patch: Partial<ViewState>) => {
      // What was typed goes into the push.
      settle();
      pushIfChanged(toParams(location.read(), { ...state, ...patch }, sortNamed));
    },
    [location, pushIfChanged, state, sortNamed, settle],
  );

  const setOrder = useCallback(
    (order: ListOrder) => {
      cancelWrite();
      const sort = order === 'relevance' ? DEFAULT_VIEW_STATE.sort : order;
      pushIfChanged(toParams(location.read(), { ...state, sort }, order !== 'relevance'));
    },
    [location, pushIfChanged, state, cancelWrite],
  );

  return { state, sortNamed, ignoredTopics, update, setOrder, setQuery };
}
