import { useId, useState } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import type { TopicLabel } from '../../../lib/topic-labels';
import { directoryText } from '../../../i18n/directory';
import { chipDisabled, TopicChipGroup } from '../../publications/components/topic-chip-group';

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
  const whyId = useId();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  if (topics.length === 0) return null;
  const shown = expanded
    ? topics
    : topics.filter((topic, index) => index < FIRST_TOPICS || selected.includes(topic));
  const hidden = topics.length - shown.length;

  return (
    <TopicChipGroup
      topics={shown}
      label={label}
      counts={counts}
      selected={selected}
      onToggle={onToggle}
      whyId={whyId}
      listId={listId}
      className="mt-6"
    >
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
      {shown.some((topic) => chipDisabled(topic, counts, selected)) && (
        <p id={whyId} className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {directoryText(t).disabledWhy}
        </p>
      )}
    </TopicChipGroup>
  );
}
