import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LocationAdapter } from './location';

const TYPING_DELAY_MS = 400;

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
 * A search box whose text lives in the URL: what is typed shows at once and reaches the URL
 * TYPING_DELAY_MS later. The first settled keystroke of a search pushes a history entry, later ones
 * replace it, so Back returns to the page as it was before the search and history is not flooded.
 * Any URL change since a keystroke (Back, a chip, Clear) wins over what was typed.
 *
 * `urlQuery` is the query the URL holds now; `withQuery` gives the URL to write for a query.
 * `settle()` drops what was typed and its pending write, for a choice that writes the URL itself.
 */
export function useTypedQuery(
  location: LocationAdapter,
  urlQuery: string,
  withQuery: (current: URLSearchParams, query: string) => URLSearchParams,
) {
  const version = useLocationVersion(location);
  // What was typed since the URL last changed.
  const [typed, setTyped] = useState<{ query: string; version: number } | null>(null);
  const query = typed && typed.version === version.current ? typed.query : urlQuery;
  // The history entry our own typing created: typing on it replaces it instead of pushing another.
  const typingEntry = useRef<number | null>(null);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setQuery = useCallback(
    (value: string, { immediate = false } = {}) => {
      const startedAt = version.ref.current;
      setTyped({ query: value, version: startedAt });
      clearTimeout(timer.current);
      const commit = () => {
        // Back (or any other change) since the keystroke wins over what was typed.
        if (version.ref.current !== startedAt) return;
        const current = location.read();
        const next = withQuery(current, value);
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
    [location, withQuery, version.ref],
  );

  /** Drops the pending write: the caller writes the URL with `query` itself. */
  const cancelWrite = useCallback(() => clearTimeout(timer.current), []);
  const settle = useCallback(() => {
    clearTimeout(timer.current);
    // When the caller then pushes nothing (a search cleared before it reached the URL), the URL
    // already holds the wanted state and the typed text must not outlive it.
    setTyped(null);
  }, []);

  return { query, setQuery, cancelWrite, settle };
}
