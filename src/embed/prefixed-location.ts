import type { LocationAdapter } from '../lib/location';

/** Keys the embed never takes from the host's URL: the element's `src` decides the profile. */
const IGNORED_KEYS = new Set(['profile']);

/**
 * The widget's view of a URL it shares with its host page and other widgets: it reads and writes only
 * the keys starting with `<prefix>_`, and leaves every other key (and the hash) as it found them.
 */
export function createPrefixedLocation(inner: LocationAdapter, prefix: string): LocationAdapter {
  const mark = `${prefix}_`;
  const own = (key: string) => key.startsWith(mark);
  const merged = (params: URLSearchParams) => {
    const next = new URLSearchParams();
    for (const [key, value] of inner.read()) if (!own(key)) next.append(key, value);
    for (const [key, value] of params) if (!IGNORED_KEYS.has(key)) next.append(mark + key, value);
    return next;
  };
  return {
    read() {
      const params = new URLSearchParams();
      for (const [key, value] of inner.read()) {
        const local = key.slice(mark.length);
        if (own(key) && !IGNORED_KEYS.has(local)) params.append(local, value);
      }
      return params;
    },
    push: (params) => inner.push(merged(params)),
    replace: (params) => inner.replace(merged(params)),
    subscribe: (listener) => inner.subscribe(listener),
  };
}
