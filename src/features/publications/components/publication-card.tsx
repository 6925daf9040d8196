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
  const highlights = highlightMatch(match, topicLabel);
  const links = linkTargets(publication);
  const matchedAlternate = publication.alternateTitles.findIndex(
    (_, index) => (highlights.alternateTitles[index]?.length ?? 0) > 0,
  );
  const alternate = publication.alternateTitles[matchedAlternate];

  return (
    <article
      aria-labelledby={titleId}
      // Its parts' looks are named once in publication-card.css: every card repeats them.
      className="pub-card"
    >
      <p className="pub-meta">
        <span className="pub-year">{publication.year}</span>
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
      <Heading depth={2} id={titleId} tabIndex={-1} className="pub-title">
        <HighlightedText text={publication.title} ranges={highlights.title} />
      </Heading>
      {alternate !== undefined && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t.card.alsoTitled}{' '}
          <HighlightedText text={alternate} ranges={highlights.alternateTitles[matchedAlternate]} />
        </p>
      )}
      <AuthorList
        authors={publication.authors}
        ranges={highlights.authors}
        ownerNames={ownerNames}
        onAuthor={onAuthor}
      />
      {publication.abstract && (
        <PublicationAbstract
          abstract={publication.abstract}
          truncatedBySource={publication.abstractTruncated}
          ranges={highlights.abstract}
          fullText={fullTextLink(links)}
          title={publication.title}
        />
      )}
      <div className="pub-footer">
        {/* Plain text, not chips: only the chips above the list filter (a button per topic per card
              would cost more Tab stops than it saves). Selected topics are bold. */}
        {publication.topics.length > 0 && (
          <ul aria-label={t.card.topics} className="pub-topics">
            {publication.topics.map((topic, index) => (
              <li key={topic} className={selectedTopics.includes(topic) ? 'selected' : undefined}>
                {index > 0 && (
                  <span aria-hidden="true" className="separator">
                    ·
                  </span>
                )}
                <HighlightedText text={topicLabel(topic)} ranges={highlights.topics[index]} />
              </li>
            ))}
          </ul>
        )}
        {/* Links and Cite: one Tab stop, arrow keys between them. */}
        <RovingToolbar label={t.card.actions} className="pub-actions">
          <PublicationLinks links={links} title={publication.title} />
          <CiteButton publication={publication} keyScope={allPublications} />
        </RovingToolbar>
      </div>
    </article>
  );
}
