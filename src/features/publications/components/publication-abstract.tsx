import { useId, useState } from 'react';
import type { Link } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';
import { abstractPreview, firstRangeOutside, snippetAround } from '../utils/abstract-preview';
import type { TextRange } from '../search/types';
import { DisclosureButton } from './disclosure-button';
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

/** A short preview with "See more"; a match hidden past the preview is shown as a passage. */
export function PublicationAbstract({ abstract, truncatedBySource, ranges, fullText, title }: Props) {
  const t = useMessages();
  const id = useId();
  const [open, setOpen] = useState(false);
  const { preview, isCut } = abstractPreview(abstract);
  const showAll = open || !isCut;
  // A passage only when the preview shows no match at all: otherwise the card already says why.
  const visibleMatch = ranges.some((range) => range.start < preview.length && range.end > range.start);
  const hiddenMatch = showAll || visibleMatch ? undefined : firstRangeOutside(ranges, preview.length);
  const snippet = hiddenMatch && snippetAround(abstract, hiddenMatch);

  return (
    <div className="max-w-[72ch] text-[0.9375rem] leading-relaxed text-slate-700 dark:text-slate-300">
      <div id={id}>
        <p>
          <HighlightedText text={showAll ? abstract : preview} ranges={ranges} />
          {!showAll && '…'}
        </p>
        {showAll && truncatedBySource && (
          <p className="mt-2 text-sm text-slate-600 italic dark:text-slate-400">
            {t.abstract.truncated}{' '}
            {fullText && (
              <PaperLink
                href={fullText.url}
                label={t.abstract.readFull}
                title={title}
                className="font-medium text-indigo-700 not-italic dark:text-indigo-300"
              />
            )}
          </p>
        )}
        {snippet && (
          <p className="mt-2 rounded-md border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm dark:border-amber-300 dark:bg-slate-900">
            <span className="font-semibold text-slate-900 dark:text-slate-100">
              {t.abstract.matchInAbstract}
            </span>{' '}
            {snippet.cutStart && '…'}
            <HighlightedText text={snippet.text} ranges={[snippet.range]} />
            {snippet.cutEnd && '…'}
          </p>
        )}
      </div>
      {isCut && (
        <DisclosureButton
          expanded={open}
          controls={id}
          onToggle={() => setOpen(!open)}
          className="mt-1 text-sm"
        >
          {open ? t.abstract.seeLess : t.abstract.seeMore}
        </DisclosureButton>
      )}
    </div>
  );
}
