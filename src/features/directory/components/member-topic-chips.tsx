import { useId, useState } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import { Heading } from '../../../lib/heading-level';
import type { TopicLabel } from '../../../lib/topic-labels';
import { directoryText } from '../../../i18n/directory';

interface Props {
  /** Every topic, the most shared first. */
  topics: readonly string[];
  /** A topic's label in the page's language. */
  label: TopicLabel;
  counts: Map<string, number>;
  selected: readonly string[];
  onToggle: (topic: string) => void;
}

const FIRST_TOPICS = 20;

/**
 * Topic toggles, each with the number of members selecting it would show. An institute has
 * hundreds of topics: the most shared come first, the rest on request; a selected one always shows.
 */
export function MemberTopicChips({ topics, label, counts, selected, onToggle }: Props) {
  const t = useMessages();
  const headingId = useId();
  const whyId = useId();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  if (topics.length === 0) return null;
  const shown = expanded
    ? topics
    : topics.filter((topic, index) => index < FIRST_TOPICS || selected.includes(topic));
  const isDisabled = (topic: string) => (counts.get(topic) ?? 0) === 0 && !selected.includes(topic);
  const hidden = topics.length - shown.length;

  return (
    <div role="group" aria-labelledby={headingId} className="mt-6">
      <Heading
        depth={1}
        id={headingId}
        className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        {t.topics.groupLabel}
      </Heading>
      <ul
        id={listId}
        className={`mt-3 flex gap-2 ${
          // On phones one row that scrolls, so the cards stay near; it needs a control keyboards reach.
          shown.some((topic) => !isDisabled(topic))
            ? '-mx-4 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0'
            : 'flex-wrap'
        }`}
      >
        {shown.map((topic) => {
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
                  {counts.get(topic) ?? 0}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {topics.length > FIRST_TOPICS && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
          className="mt-2 -ml-2 min-h-9 rounded-md px-2 text-sm font-medium text-indigo-700 underline underline-offset-4 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
        >
          {expanded ? directoryText(t).fewerTopics : directoryText(t).allTopics(hidden)}
        </button>
      )}
      {shown.some(isDisabled) && (
        <p id={whyId} className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {directoryText(t).disabledWhy}
        </p>
      )}
    </div>
  );
}
