import { useId } from 'react';
import { useTopicLabel } from '../../../lib/topic-labels';
import { useMessages } from '../../../i18n/messages-context';
import { Heading } from '../../../lib/heading-level';
import { highlightMatch } from '../search/publication-match';
import type { PublicationMatch } from '../search/types';
import { AuthorList } from './author-list';
import { HighlightedText } from './highlighted-text';
import { fullTextLink, linkTargets } from './link-targets';
import { PublicationAbstract } from './publication-abstract';
import { PublicationLinks } from './publication-links';
import { RovingToolbar } from './roving-toolbar';
import { CiteButton } from '../../citations/components/cite-button';
import type { Publication } from '../../../data/profile-schema';

interface Props {
  match: PublicationMatch;
  ownerNames: Set<string>;
  selectedTopics: string[];
  onAuthor: (name: string) => void;
  /** The profile's publications, so a citation key is the one the export gives it. */
  allPublications: readonly Publication[];
}

export function PublicationCard({ match, ownerNames, selectedTopics, onAuthor, allPublications }: Props) {
  const t = useMessages();
  const topicLabel = useTopicLabel();
  const titleId = useId();
  const { publication } = match;
  const highlights = highlightMatch(match);
  const links = linkTargets(publication);
  const matchedAlternate = publication.alternateTitles.findIndex(
    (_, index) => (highlights.alternateTitles[index]?.length ?? 0) > 0,
  );
  const alternate = publication.alternateTitles[matchedAlternate];

  return (
    <article
      aria-labelledby={titleId}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-xs sm:p-5 dark:border-slate-800 dark:bg-slate-900/60"
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <span className="font-semibold text-slate-900 tabular-nums dark:text-slate-100">
          {publication.year}
        </span>
        <span aria-hidden="true">·</span>
        <span>{t.kinds[publication.kind]}</span>
        {publication.venue && (
          <>
            <span aria-hidden="true">·</span>
            <span className="min-w-0 italic">
              <HighlightedText text={publication.venue} ranges={highlights.venue} />
            </span>
          </>
        )}
      </p>
      <Heading
        depth={2}
        id={titleId}
        tabIndex={-1}
        className="mt-1.5 max-w-[72ch] text-lg leading-snug font-semibold text-pretty text-slate-900 dark:text-white"
      >
        <HighlightedText text={publication.title} ranges={highlights.title} />
      </Heading>
      {alternate !== undefined && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t.card.alsoTitled}{' '}
          <HighlightedText text={alternate} ranges={highlights.alternateTitles[matchedAlternate]} />
        </p>
      )}
      <div className="mt-2">
        <AuthorList
          authors={publication.authors}
          ranges={highlights.authors}
          ownerNames={ownerNames}
          onAuthor={onAuthor}
        />
      </div>
      {publication.abstract && (
        <div className="mt-3">
          <PublicationAbstract
            abstract={publication.abstract}
            truncatedBySource={publication.abstractTruncated}
            ranges={highlights.abstract}
            fullText={fullTextLink(links)}
            title={publication.title}
          />
        </div>
      )}
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        {/* Plain text, not chips: only the chips above the list filter (a button per topic per card
              would cost more Tab stops than it saves). Selected topics are bold. */}
        {publication.topics.length > 0 && (
          <ul
            aria-label={t.card.topics}
            className="flex flex-wrap text-xs text-slate-600 dark:text-slate-400"
          >
            {publication.topics.map((topic, index) => (
              <li
                key={topic}
                className={
                  selectedTopics.includes(topic) ? 'font-semibold text-slate-900 dark:text-white' : undefined
                }
              >
                {index > 0 && (
                  <span aria-hidden="true" className="px-1.5 font-normal text-slate-400">
                    ·
                  </span>
                )}
                {topicLabel(topic)}
              </li>
            ))}
          </ul>
        )}
        {/* Links and Cite: one Tab stop, arrow keys between them. */}
        <RovingToolbar label={t.card.actions} className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <PublicationLinks links={links} title={publication.title} />
          <CiteButton publication={publication} keyScope={allPublications} />
        </RovingToolbar>
      </div>
    </article>
  );
}
