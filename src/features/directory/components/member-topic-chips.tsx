import { useId, useState } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import { Heading } from '../../../lib/heading-level';
import type { TopicLabel } from '../../../lib/topic-labels';
import { directoryText } from '../../../i18n/directory';
import { TopicChip } from '../../publications/components/topic-chip';

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
            <TopicChip
              key={topic}
              label={label(topic)}
              count={counts.get(topic) ?? 0}
              pressed={pressed}
              disabled={disabled}
              describedBy={disabled ? whyId : undefined}
              onToggle={() => onToggle(topic)}
            />
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
