import { useId, useState } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import { foldForSearch } from '../../../lib/fold-text';
import type { TextRange } from '../search/types';
import { DisclosureButton } from './disclosure-button';
import { HighlightedText } from './highlighted-text';

const VISIBLE_AUTHORS = 8;

interface Props {
  authors: string[];
  ranges: TextRange[][];
  ownerNames: Set<string>;
  onAuthor: (name: string) => void;
}

/**
 * Authors in paper order, each a button that searches for them. Long lists collapse, but the
 * profile owner and any author the search matched stay visible.
 */
export function AuthorList({ authors, ranges, ownerNames, onAuthor }: Props) {
  const t = useMessages();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const isOwner = (name: string) => ownerNames.has(foldForSearch(name));
  const collapsible = authors.length > VISIBLE_AUTHORS + 1;
  const visible = authors
    .map((name, index) => ({ name, index }))
    .filter(
      ({ name, index }) =>
        expanded ||
        !collapsible ||
        index < VISIBLE_AUTHORS ||
        isOwner(name) ||
        (ranges[index]?.length ?? 0) > 0,
    );
  const hidden = authors.length - visible.length;

  return (
    <div className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">
      <ul id={listId} aria-label={t.authors.label} className="inline">
        {visible.map(({ name, index }, position) => {
          const gap = position > 0 && index !== (visible[position - 1]?.index ?? -1) + 1;
          return (
            <li key={index} className="inline">
              {gap && <span aria-hidden="true">… </span>}
              <button
                type="button"
                title={t.authors.searchFor(name)}
                onClick={() => onAuthor(name)}
                className="rounded-sm text-left hover:text-indigo-700 hover:underline hover:underline-offset-4 dark:hover:text-indigo-300"
              >
                {isOwner(name) ? (
                  <strong className="font-semibold text-slate-900 dark:text-white">
                    <HighlightedText text={name} ranges={ranges[index]} />
                  </strong>
                ) : (
                  <HighlightedText text={name} ranges={ranges[index]} />
                )}
              </button>
              {position < visible.length - 1 && ', '}
            </li>
          );
        })}
      </ul>
      {collapsible && (hidden > 0 || expanded) && (
        <DisclosureButton
          expanded={expanded}
          controls={listId}
          onToggle={() => setExpanded(!expanded)}
          className="ml-2"
        >
          {expanded ? t.authors.fewer : t.authors.more(hidden)}
        </DisclosureButton>
      )}
    </div>
  );
}
