import { useId } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import type { SortOrder } from '../utils/view-state';

interface Props {
  sort: SortOrder;
  searching: boolean;
  onChange: (sort: SortOrder) => void;
}

const RELEVANCE = 'relevance';

/** While searching, results are ranked by relevance; the chosen order applies again afterwards. */
export function SortSelect({ sort, searching, onChange }: Props) {
  const t = useMessages();
  const id = useId();
  const orders: [SortOrder, string][] = [
    ['newest', t.sort.newest],
    ['oldest', t.sort.oldest],
    ['title', t.sort.title],
  ];
  return (
    <div className="flex shrink-0 items-center gap-2">
      <label
        htmlFor={id}
        className="sr-only text-sm whitespace-nowrap text-slate-600 sm:not-sr-only dark:text-slate-400"
      >
        {t.sort.label}
      </label>
      <select
        id={id}
        value={searching ? RELEVANCE : sort}
        disabled={searching}
        onChange={(event) => onChange(event.target.value as SortOrder)}
        className="h-11 w-34 rounded-lg border border-slate-300 bg-white px-2 text-base text-slate-900 sm:w-auto sm:px-3 sm:text-sm disabled:opacity-70 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {searching && <option value={RELEVANCE}>{t.sort.relevance}</option>}
        {orders.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
