import { useId, useState } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import { foldForSearch } from '../../../lib/fold-text';
import type { TextRange } from '../search/types';
import { DisclosureButton } from './disclosure-button';
import { HighlightedText } from './highlighted-text';
import { moveFocusInToolbar } from './toolbar-keys';

const VISIBLE_AUTHORS = 8;
const TOGGLE = 'toggle';

interface Props {
  authors: string[];
  ranges: TextRange[][];
  ownerNames: Set<string>;
  onAuthor: (name: string) => void;
}

/**
 * Authors in paper order, each a button that searches for them, except the profile owner, who is
 * plain bold text. The buttons and "+ N more authors" form one toolbar: one Tab stop, arrow keys
 * between them. Long lists collapse, but the owner and any author the search matched stay visible.
 */
export function AuthorList({ authors, ranges, ownerNames, onAuthor }: Props) {
  const t = useMessages();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  // Which button holds the Tab stop: the one focused last, else the first.
  const [focused, setFocused] = useState<string>();
  const isOwner = (name: string) => ownerNames.has(foldForSearch(name));
  const collapsible = authors.length > VISIBLE_AUTHORS + 1;
  const visible = authors
    .map((name, index) => ({ name, index, owner: isOwner(name) }))
    .filter(
      ({ index, owner }) =>
        expanded || !collapsible || index < VISIBLE_AUTHORS || owner || (ranges[index]?.length ?? 0) > 0,
    );
  const hidden = authors.length - visible.length;
  const hasToggle = collapsible && (hidden > 0 || expanded);
  const keys = visible.filter(({ owner }) => !owner).map(({ index }) => String(index));
  if (hasToggle) keys.push(TOGGLE);
  const tabStop = focused !== undefined && keys.includes(focused) ? focused : keys[0];
  const rovingProps = (key: string) => ({
    tabIndex: key === tabStop ? 0 : -1,
    onFocus: () => setFocused(key),
  });
  const toolbar = keys.length > 0 && {
    role: 'toolbar',
    'aria-label': t.authors.label,
    onKeyDown: moveFocusInToolbar,
  };

  return (
    <div {...toolbar} className="text-sm leading-relaxed text-slate-700 dark:text-slate-300">
      <ul id={listId} aria-label={toolbar ? undefined : t.authors.label} className="inline">
        {visible.map(({ name, index, owner }, position) => {
          const gap = position > 0 && index !== (visible[position - 1]?.index ?? -1) + 1;
          const text = <HighlightedText text={name} ranges={ranges[index]} />;
          return (
            <li key={index} className="inline">
              {gap && <span aria-hidden="true">… </span>}
              {owner ? (
                <strong className="font-semibold text-slate-900 dark:text-white">{text}</strong>
              ) : (
                <button
                  type="button"
                  title={t.authors.searchFor(name)}
                  onClick={() => onAuthor(name)}
                  {...rovingProps(String(index))}
                  className="rounded-sm text-left underline decoration-slate-400 decoration-dotted underline-offset-4 hover:text-indigo-700 hover:decoration-current hover:decoration-solid dark:decoration-slate-500 dark:hover:text-indigo-300"
                >
                  {text}
                </button>
              )}
              {position < visible.length - 1 && ', '}
            </li>
          );
        })}
      </ul>
      {hasToggle && (
        <DisclosureButton
          expanded={expanded}
          controls={listId}
          onToggle={() => setExpanded(!expanded)}
          {...rovingProps(TOGGLE)}
          className="ml-2"
        >
          {expanded ? t.authors.fewer : t.authors.more(hidden)}
        </DisclosureButton>
      )}
    </div>
  );
}
