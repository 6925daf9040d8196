import { useMessages } from '../../../i18n/messages-context';
import type { WayOut } from '../utils/way-out';

interface Props {
  onClear: () => void;
  /** Small changes that show something again, best first: offered before clearing everything. */
  waysOut: WayOut[];
  onWayOut: (wayOut: WayOut) => void;
}

const primary =
  'inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200';
const secondary =
  'inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-900';

export function EmptyState({ onClear, waysOut, onWayOut }: Props) {
  const t = useMessages();
  return (
    <div className="rounded-xl border border-dashed border-slate-300 px-6 py-12 text-center dark:border-slate-700">
      <p className="text-lg font-semibold">{t.empty.title}</p>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t.empty.hint}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        {waysOut.map((wayOut, index) => (
          <button
            key={wayOut.kind}
            type="button"
            onClick={() => onWayOut(wayOut)}
            className={index === 0 ? primary : secondary}
          >
            {wayOutLabel(t, wayOut)}
          </button>
        ))}
        <button type="button" onClick={onClear} className={waysOut.length > 0 ? secondary : primary}>
          {t.empty.clear}
        </button>
      </div>
    </div>
  );
}

function wayOutLabel(t: ReturnType<typeof useMessages>, wayOut: WayOut): string {
  switch (wayOut.kind) {
    case 'match-any':
      return t.empty.matchAny(wayOut.count);
    case 'remove-topic':
      return t.empty.removeTopic(wayOut.topic, wayOut.count);
    case 'drop-topics':
      return t.empty.dropTopics(wayOut.count);
    case 'drop-query':
      return t.empty.dropQuery(wayOut.count);
    case 'drop-years':
      return t.empty.dropYears(wayOut.count);
  }
}
