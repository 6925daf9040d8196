/**
 * The page's only window onto the URL. Components never read `window.location`: the standalone page
 * passes `createHistoryLocation(window)`, tests and embeds an in-memory one.
 */
export interface LocationAdapter {
  read(): URLSearchParams;
  /** A new history entry: Back undoes it. */
  push(params: URLSearchParams): void;
  /** Rewrites the current entry (typing, so history is not flooded). */
  replace(params: URLSearchParams): void;
  /** Called after every change, whether made here or by Back/Forward; returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function createHistoryLocation(win: Window): LocationAdapter {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const urlWith = (params: URLSearchParams) => {
    const search = params.toString();
    return `${win.location.pathname}${search ? `?${search}` : ''}${win.location.hash}`;
  };
  return {
    read: () => new URLSearchParams(win.location.search),
    push(params) {
      win.history.pushState(win.history.state, '', urlWith(params));
      notify();
    },
    replace(params) {
      win.history.replaceState(win.history.state, '', urlWith(params));
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) win.addEventListener('popstate', notify);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) win.removeEventListener('popstate', notify);
      };
    },
  };
}

/** A history kept in memory, with `back()` for tests and for embeds that must not touch the URL. */
export function createMemoryLocation(initial: string | URLSearchParams = '') {
  const entries = [new URLSearchParams(initial)];
  let index = 0;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    read: () => new URLSearchParams(entries[index]),
    push(params: URLSearchParams) {
      entries.splice(index + 1, entries.length, new URLSearchParams(params));
      index = entries.length - 1;
      notify();
    },
    replace(params: URLSearchParams) {
      entries[index] = new URLSearchParams(params);
      notify();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    back() {
      if (index > 0) index -= 1;
      notify();
    },
    get length() {
      return entries.length;
    },
  } satisfies LocationAdapter & { back(): void; length: number };
}
