import { useId } from 'react';
import { TopicChip } from './topic-chip';
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
              <TopicChip
                key={topic}
                label={label(topic)}
                count={count}
                pressed={pressed}
                disabled={disabled}
                describedBy={disabled ? whyId : undefined}
                onToggle={() => onToggle(topic)}
              />
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
