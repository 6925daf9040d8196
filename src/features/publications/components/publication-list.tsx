import { memo, startTransition, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMessages } from '../../../i18n/messages-context';
import type { Publication } from '../../../data/profile-schema';
import type { PublicationMatch } from '../search/types';
import { PublicationCard } from './publication-card';

/** Cards shown before "Show more"; the prerendered HTML and its structured data hold as many. */
export const PAGE_SIZE = 50;
/**
 * Cards rendered in the frame of the keystroke that changed the list: more than a tall screen shows
 * (1440 px at 1280 px wide) below the sticky search bar.
 */
const SCREENFUL = 8;
/**
 * Cards added in each frame after that: the other 42 in one frame cost 30–40 ms of style and layout
 * (over 50 on a loaded machine); 8 a frame cost half as much again in all, each frame's painting
 * and React's commit repeated six times.
 */
const FRAMEFUL = 16;
// Cards whose match, selected topics and callbacks are unchanged are not rendered again (when the
// rest of the list follows the first screenful, or the URL catches up with the typing).
const Card = memo(PublicationCard);

interface Props {
  items: PublicationMatch[];
  /** Changes when the visitor changes the search, filters or sort: the list starts over then. */
  resetKey: string;
  ownerNames: Set<string>;
  selectedTopics: string[];
  onAuthor: (name: string) => void;
  /** The profile's publications (for citation keys that do not change with the filters). */
  allPublications: readonly Publication[];
}

/**
 * Renders the first cards only and more on request, so 2,000 publications cost what 50 do. Memoised:
 * it renders again only when what it shows changes, not when the URL catches up with the typing.
 */
export const PublicationList = memo(function PublicationList({
  items,
  resetKey,
  ownerNames,
  selectedTopics,
  onAuthor,
  allPublications,
}: Props) {
  const t = useMessages();
  const [page, setPage] = useState({ resetKey, limit: PAGE_SIZE });
  const limit = page.resetKey === resetKey ? page.limit : PAGE_SIZE;
  const listRef = useRef<HTMLOListElement>(null);
  const remaining = items.length - limit;
  // The first render (also the prerendered page and its hydration) shows the whole page of cards
  // as the server wrote it; a later change of the list shows its first screenful at once and
  // FRAMEFUL more cards in each frame after.
  const [progress, setProgress] = useState({ items, count: Infinity });
  const pageLength = Math.min(limit, items.length);
  // A short page is rendered at once: splitting it would save less than another render costs.
  const count = sameHits(progress.items, items)
    ? progress.count
    : pageLength <= 2 * SCREENFUL
      ? Infinity
      : SCREENFUL;
  const shown = Math.min(limit, count);
  const whole = shown >= pageLength;
  useEffect(() => {
    if (whole) return;
    // A transition started in the next frame's callback renders after that frame is painted (and
    // a keystroke in between goes first).
    const frame = requestAnimationFrame(() =>
      startTransition(() => setProgress({ items, count: shown + FRAMEFUL })),
    );
    return () => cancelAnimationFrame(frame);
  }, [whole, items, shown]);

  const showMore = () => {
    flushSync(() => {
      setPage({ resetKey, limit: limit + PAGE_SIZE });
      setProgress({ items, count: Infinity });
    });
    // Keyboard users continue reading where the new cards start.
    listRef.current?.children[limit]?.querySelector<HTMLElement>('h3')?.focus();
  };

  return (
    <>
      <ol ref={listRef} className="space-y-4">
        {items.slice(0, shown).map((match) => (
          <li key={match.publication.id}>
            <Card
              match={match}
              ownerNames={ownerNames}
              selectedTopics={selectedTopics}
              onAuthor={onAuthor}
              allPublications={allPublications}
            />
          </li>
        ))}
      </ol>
      {remaining > 0 && whole && (
        <div className="mt-6 flex justify-center">
          <button
            type="button"
            onClick={showMore}
            className="min-h-11 rounded-lg border border-slate-300 px-5 font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-900"
          >
            {t.publications.showMore(remaining)}
          </button>
        </div>
      )}
    </>
  );
});

/** The same hits in the same order (derived again, e.g. once the search index is built). */
function sameHits(a: readonly PublicationMatch[], b: readonly PublicationMatch[]) {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((hit, index) => hit.publication === b[index]?.publication && hit.terms === b[index]?.terms))
  );
}
