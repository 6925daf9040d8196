import { useId } from 'react';
import { useTopicLabel } from '../../../lib/topic-labels';
import { useMessages } from '../../../i18n/messages-context';
import type { TopicMatchMode } from '../utils/view-state';
import { chipDisabled, TopicChipGroup } from './topic-chip-group';

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

/** The profile's research topics, each a toggle showing how many publications selecting it would show. */
export function TopicChips({ topics, unused, counts, selected, mode, query, onToggle }: Props) {
  const t = useMessages();
  const label = useTopicLabel();
  const whyId = useId();
  const chips = topics.filter((topic) => !unused.includes(topic) || selected.includes(topic));
  if (chips.length === 0 && unused.length === 0) return null;

  return (
    <TopicChipGroup
      topics={chips}
      label={label}
      counts={counts}
      selected={selected}
      onToggle={onToggle}
      whyId={whyId}
    >
      {chips.some((topic) => chipDisabled(topic, counts, selected)) && (
        <p id={whyId} className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {t.topics.disabledWhy(mode, selected.map(label), query)}
        </p>
      )}
      {unused.length > 0 && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {t.topics.unused} {unused.map(label).join(', ')}
        </p>
      )}
    </TopicChipGroup>
  );
}
