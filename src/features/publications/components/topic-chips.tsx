import { useId } from 'react';
import { useMessages } from '../../../i18n/messages-context';

interface Props {
  topics: string[];
  counts: Map<string, number>;
  selected: string[];
  onToggle: (topic: string) => void;
}

/** The profile's research topics, each a toggle showing how many publications it would show. */
export function TopicChips({ topics, counts, selected, onToggle }: Props) {
  const t = useMessages();
  const headingId = useId();
  if (topics.length === 0) return null;
  return (
    <div role="group" aria-labelledby={headingId}>
      <h2
        id={headingId}
        className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        {t.topics.groupLabel}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {topics.map((topic) => {
          const count = counts.get(topic) ?? 0;
          const pressed = selected.includes(topic);
          return (
            <li key={topic} className="max-w-full">
              <button
                type="button"
                aria-pressed={pressed}
                disabled={count === 0 && !pressed}
                onClick={() => onToggle(topic)}
                className={`inline-flex min-h-9 max-w-full items-center gap-2 rounded-full border px-3.5 py-1 text-left text-sm font-medium motion-safe:transition-colors ${
                  pressed
                    ? 'border-indigo-700 bg-indigo-700 text-white hover:bg-indigo-800 dark:border-indigo-300 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200'
                    : 'border-slate-300 bg-white text-slate-800 hover:border-indigo-400 hover:bg-indigo-50 disabled:border-dashed disabled:bg-transparent disabled:text-slate-500 disabled:hover:border-slate-300 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-indigo-400 dark:hover:bg-slate-800 dark:disabled:bg-transparent dark:disabled:text-slate-400'
                }`}
              >
                <span className="min-w-0">{topic}</span>{' '}
                <span
                  className={`rounded-full px-1.5 text-xs tabular-nums ${
                    pressed
                      ? 'bg-white/20 dark:bg-slate-950/15'
                      : 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300'
                  }`}
                >
                  {count}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
