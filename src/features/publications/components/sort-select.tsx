import { useId } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import type { ListOrder } from '../utils/view-state';

interface Props {
  order: ListOrder;
  /** "Relevance" is offered only while searching. */
  searching: boolean;
  onChange: (order: ListOrder) => void;
}

export function SortSelect({ order, searching, onChange }: Props) {
  const t = useMessages();
  const id = useId();
  const orders: [ListOrder, string][] = [
    ...(searching ? [['relevance', t.sort.relevance] as [ListOrder, string]] : []),
    ['newest', t.sort.newest],
    ['oldest', t.sort.oldest],
    ['title', t.sort.title],
  ];
  return (
    <div className="flex grow items-center gap-2 sm:grow-0">
      <label
        htmlFor={id}
        className="sr-only text-sm whitespace-nowrap text-slate-600 sm:not-sr-only dark:text-slate-400"
      >
        {t.sort.label}
      </label>
      <select
        id={id}
        value={order}
        onChange={(event) => onChange(event.target.value as ListOrder)}
        className="h-11 w-full min-w-34 rounded-lg border border-slate-300 bg-white px-2 text-base text-slate-900 sm:w-auto sm:px-3 sm:text-sm dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {orders.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
