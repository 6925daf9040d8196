import type { Link } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';
import { abstractPreview, firstRangeOutside, snippetAround } from '../utils/abstract-preview';
import type { TextRange } from '../search/types';
import { DisclosureButton, whileClosed, whileOpen } from './disclosure-button';
import { HighlightedText } from './highlighted-text';
import { PaperLink } from './paper-link';

interface Props {
  abstract: string;
  truncatedBySource: boolean;
  ranges: TextRange[];
  fullText: Link | undefined;
  /** The paper's title, for the full abstract link's name. */
  title: string;
}

/**
 * A short preview with "See more"; a match hidden past the preview is shown as a passage. The whole
 * abstract is always in the page (the part past the preview hidden by CSS while closed), so it reads
 * without JavaScript and the server's HTML is the client's.
 */
export function PublicationAbstract({ abstract, truncatedBySource, ranges, fullText, title }: Props) {
  const t = useMessages();
  const { preview, isCut } = abstractPreview(abstract);
  const rest = abstract.slice(preview.length);
  // A passage only when the preview shows no match at all: otherwise the card already says why.
  const visibleMatch = ranges.some((range) => range.start < preview.length && range.end > range.start);
  const hiddenMatch = !isCut || visibleMatch ? undefined : firstRangeOutside(ranges, preview.length);
  const snippet = hiddenMatch && snippetAround(abstract, hiddenMatch);

  return (
    <div className="group/disclosure pub-abstract">
      <p>
        <HighlightedText text={preview} ranges={ranges} />
        {isCut && (
          <>
            <span className={whileOpen}>
              <HighlightedText
                text={rest}
                ranges={ranges.map(({ start, end }) => ({
                  start: start - preview.length,
                  end: end - preview.length,
                }))}
              />
            </span>
            <span className={whileClosed}>…</span>
          </>
        )}
      </p>
      {truncatedBySource && (
        <p
          className={`mt-2 text-sm text-slate-600 italic dark:text-slate-400 ${isCut ? 'hidden group-has-[>details[open]]/disclosure:block' : ''}`}
        >
          {t.abstract.truncated}{' '}
          {fullText && (
            <PaperLink href={fullText.url} label={t.abstract.readFull} title={title} className="not-italic" />
          )}
        </p>
      )}
      {snippet && (
        <p
          className={`mt-2 rounded-md border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm dark:border-amber-300 dark:bg-slate-900 ${whileClosed}`}
        >
          <span className="font-semibold text-slate-900 dark:text-slate-100">
            {t.abstract.matchInAbstract}
          </span>{' '}
          {snippet.cutStart && '…'}
          <HighlightedText text={snippet.text} ranges={[snippet.range]} />
          {snippet.cutEnd && '…'}
        </p>
      )}
      {isCut && (
        <DisclosureButton
          showLabel={t.abstract.seeMore}
          hideLabel={t.abstract.seeLess}
          className="mt-1 text-sm"
        />
      )}
    </div>
  );
}
