import { useMessages } from '../../../i18n/messages-context';

export function EmptyState({ onClear }: { onClear: () => void }) {
  const t = useMessages();
  return (
    <div className="rounded-xl border border-dashed border-slate-300 px-6 py-12 text-center dark:border-slate-700">
      <p className="text-lg font-semibold">{t.empty.title}</p>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.empty.hint}</p>
      <button
        type="button"
        onClick={onClear}
        className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200"
      >
        {t.empty.clear}
      </button>
    </div>
  );
}
