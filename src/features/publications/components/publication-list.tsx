import { memo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMessages } from '../../../i18n/messages-context';
import type { Publication } from '../../../data/profile-schema';
import type { PublicationMatch } from '../search/types';
import { PublicationCard } from './publication-card';

const PAGE_SIZE = 50;

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

  const showMore = () => {
    flushSync(() => setPage({ resetKey, limit: limit + PAGE_SIZE }));
    // Keyboard users continue reading where the new cards start.
    listRef.current?.children[limit]?.querySelector<HTMLElement>('h3')?.focus();
  };

  return (
    <>
      <ol ref={listRef} className="space-y-4">
        {items.slice(0, limit).map((match) => (
          <li key={match.publication.id}>
            <PublicationCard
              match={match}
              ownerNames={ownerNames}
              selectedTopics={selectedTopics}
              onAuthor={onAuthor}
              allPublications={allPublications}
            />
          </li>
        ))}
      </ol>
      {remaining > 0 && (
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
