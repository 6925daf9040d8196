import { useId } from 'react';
import { useTopicLabel } from '../../../lib/topic-labels';
import { useMessages } from '../../../i18n/messages-context';
import { Heading } from '../../../lib/heading-level';
import type { TopicMatchMode } from '../utils/view-state';

interface Props {
  topics: string[];
  /** Topics no publication has: listed apart as text, not as chips that could never be used. */
  unused: string[];
  counts: Map<string, number>;
  selected: string[];
  mode: TopicMatchMode;
  /** The search in effect, to say why a chip is disabled. */
  query: string;
  onToggle: (topic: string) => void;
}

/**
 * The profile's research topics, each a toggle showing how many publications selecting it would
 * show. On phones they scroll in one row, so the search box and the list stay on the first screen.
 */
export function TopicChips({ topics, unused, counts, selected, mode, query, onToggle }: Props) {
  const t = useMessages();
  const label = useTopicLabel();
  const headingId = useId();
  const whyId = useId();
  const chips = topics.filter((topic) => !unused.includes(topic) || selected.includes(topic));
  if (chips.length === 0 && unused.length === 0) return null;
  const isDisabled = (topic: string) => (counts.get(topic) ?? 0) === 0 && !selected.includes(topic);
  const anyDisabled = chips.some(isDisabled);

  return (
    <div role="group" aria-labelledby={headingId}>
      <Heading
        depth={1}
        id={headingId}
        className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        {t.topics.groupLabel}
      </Heading>
      {chips.length > 0 && (
        <ul
          className={`mt-3 flex gap-2 ${
            // A row that scrolls needs a control inside it that keyboards can reach.
            chips.some((topic) => !isDisabled(topic))
              ? '-mx-4 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0'
              : 'flex-wrap'
          }`}
        >
          {chips.map((topic) => {
            const count = counts.get(topic) ?? 0;
            const pressed = selected.includes(topic);
            const disabled = isDisabled(topic);
            return (
              <li key={topic} className="shrink-0 sm:max-w-full sm:shrink">
                <button
                  type="button"
                  aria-pressed={pressed}
                  disabled={disabled}
                  aria-describedby={disabled ? whyId : undefined}
                  onClick={() => onToggle(topic)}
                  className={`inline-flex min-h-9 max-w-full items-center gap-2 rounded-full border px-3.5 py-1 text-left text-sm font-medium whitespace-nowrap motion-safe:transition-colors sm:whitespace-normal ${
                    pressed
                      ? 'border-indigo-700 bg-indigo-700 text-white hover:bg-indigo-800 dark:border-indigo-300 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200'
                      : 'border-slate-300 bg-white text-slate-800 hover:border-indigo-400 hover:bg-indigo-50 disabled:border-dashed disabled:bg-transparent disabled:text-slate-500 disabled:hover:border-slate-300 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-indigo-400 dark:hover:bg-slate-800 dark:disabled:bg-transparent dark:disabled:text-slate-400'
                  }`}
                >
                  <span className="min-w-0">{label(topic)}</span>{' '}
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
      )}
      {anyDisabled && (
        <p id={whyId} className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {t.topics.disabledWhy(mode, selected.map(label), query)}
        </p>
      )}
      {unused.length > 0 && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {t.topics.unused} {unused.map(label).join(', ')}
        </p>
      )}
    </div>
  );
}
