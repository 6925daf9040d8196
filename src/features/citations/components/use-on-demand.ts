import { useState } from 'react';

/** One class for the Cite and Export buttons: both sit in the first view, so they share it. */
export const QUIET_BUTTON =
  'min-h-9 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800';

/**
 * A component loaded on first use: `load()` fetches it (again after a failure), `failed` says the
 * last try failed. Keeps the first view to a button and this hook.
 */
export function useOnDemand<T>(loader: () => Promise<T>) {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  const [failed, setFailed] = useState(false);
  const load = () => {
    setFailed(false);
    loader().then(
      (value) => setLoaded({ value }),
      () => setFailed(true),
    );
  };
  return { loaded: loaded?.value, failed, load };
}
