import { useId, type ReactNode } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import { Heading } from '../../../lib/heading-level';
import { TopicChip } from './topic-chip';

interface Props {
  /** The topics shown as chips, in order; none, no list. */
  topics: readonly string[];
  label: (topic: string) => string;
  counts: Map<string, number>;
  selected: readonly string[];
  onToggle: (topic: string) => void;
  /** The note that says why a chip is greyed out (the caller shows it when chipDisabled says so). */
  whyId: string;
  listId?: string;
  className?: string;
  /** Notes and controls under the chips. */
  children?: ReactNode;
}

/** A chip selecting nothing is disabled, unless it is selected (so it can be turned off). */
export const chipDisabled = (topic: string, counts: Map<string, number>, selected: readonly string[]) =>
  (counts.get(topic) ?? 0) === 0 && !selected.includes(topic);

/**
 * Topic toggles under their heading, each with the count selecting it would show: the profile's
 * chips and the members page's. On phones they scroll in one row, so what follows stays on the
 * first screen.
 */
export function TopicChipGroup(props: Props) {
  const { topics, label, counts, selected, onToggle, whyId, listId, className, children } = props;
  const t = useMessages();
  const headingId = useId();
  const disabled = (topic: string) => chipDisabled(topic, counts, selected);

  return (
    <div role="group" aria-labelledby={headingId} className={className}>
      <Heading
        depth={1}
        id={headingId}
        className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        {t.topics.groupLabel}
      </Heading>
      {topics.length > 0 && (
        <ul
          id={listId}
          className={`mt-3 flex gap-2 ${
            // A row that scrolls needs a control inside it that keyboards can reach.
            topics.some((topic) => !disabled(topic))
              ? '-mx-4 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0'
              : 'flex-wrap'
          }`}
        >
          {topics.map((topic) => (
            <TopicChip
              key={topic}
              label={label(topic)}
              count={counts.get(topic) ?? 0}
              pressed={selected.includes(topic)}
              disabled={disabled(topic)}
              describedBy={disabled(topic) ? whyId : undefined}
              onToggle={() => onToggle(topic)}
            />
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
