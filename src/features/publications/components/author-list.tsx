import { useState } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import { foldForSearch } from '../../../lib/fold-text';
import { useMemberHref } from '../../../lib/member-links';
import type { TextRange } from '../search/types';
import { DisclosureButton, whileClosed, whileOpen } from './disclosure-button';
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
 * plain bold text; a member of the institute also gets a link to their profile. The controls and
 * "+ N more authors" form one toolbar: one Tab stop, arrow keys between them. Long lists collapse
 * (in CSS, so every name is in the page), but the owner and any author the search matched stay visible.
 */
export function AuthorList({ authors, ranges, ownerNames, onAuthor }: Props) {
  const t = useMessages();
  const memberHref = useMemberHref();
  // Which control holds the Tab stop: the one focused last, else the first.
  const [focused, setFocused] = useState<string>();
  const collapsible = authors.length > VISIBLE_AUTHORS + 1;
  const items = authors.map((name, index) => {
    const owner = ownerNames.has(foldForSearch(name));
    const folded = collapsible && index >= VISIBLE_AUTHORS && !owner && (ranges[index]?.length ?? 0) === 0;
    return { name, index, owner, folded, profile: owner ? undefined : memberHref?.(name) };
  });
  const hidden = items.filter(({ folded }) => folded).length;
  const lastShown = items.findLast(({ folded }) => !folded)?.index ?? -1;
  const keys = items.flatMap(({ index, owner, profile }) =>
    owner ? [] : profile ? [String(index), `${index}:profile`] : [String(index)],
  );
  if (hidden > 0) keys.push(TOGGLE);
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
    // The names' looks (.author, .member-link) are set once in publication-card.css, not per name.
    <div {...toolbar} className="group/disclosure pub-authors">
      <ul aria-label={toolbar ? undefined : t.authors.label}>
        {items.map(({ name, index, owner, folded, profile }) => {
          const text = <HighlightedText text={name} ranges={ranges[index]} />;
          // While collapsed, "…" marks where folded names were, and the last name shown takes no comma.
          const gap = !folded && items[index - 1]?.folded;
          const comma = index < authors.length - 1 && (index === lastShown ? whileOpen : '');
          return (
            <li key={index} className={folded ? whileOpen : undefined}>
              {gap && (
                <span aria-hidden="true" className={whileClosed}>
                  …{' '}
                </span>
              )}
              {owner ? (
                <strong>{text}</strong>
              ) : (
                <button
                  type="button"
                  title={t.authors.searchFor(name)}
                  onClick={() => onAuthor(name)}
                  {...rovingProps(String(index))}
                  className="author"
                >
                  {text}
                </button>
              )}
              {profile && (
                <a
                  href={profile}
                  aria-label={t.authors.profile(name)}
                  title={t.authors.profile(name)}
                  {...rovingProps(`${index}:profile`)}
                  className="member-link"
                >
                  <PersonIcon />
                </a>
              )}
              {comma !== false && <span className={comma || undefined}>, </span>}
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <DisclosureButton
          showLabel={t.authors.more(hidden)}
          hideLabel={t.authors.fewer}
          {...rovingProps(TOGGLE)}
          className="ml-2 inline-block"
        />
      )}
    </div>
  );
}

/** A head and shoulders: the usual sign for "profile". */
function PersonIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16">
      <path d="M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-5.5 6.5a5.5 5.5 0 0 1 11 0Z" />
    </svg>
  );
}
