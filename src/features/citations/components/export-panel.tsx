import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import { downloadFile, exportFile, type ExportFormat } from '../utils/export-files';
import type { ExportMenuProps } from './export-menu';

interface Props extends ExportMenuProps {
  id: string;
  open: boolean;
  /** Hides the panel, and by default returns focus to the Export button. */
  onClose: (returnFocus?: boolean) => void;
}

const FORMATS: ExportFormat[] = ['bibtex', 'bibtex-ascii', 'csl-json'];
const LABELS = { bibtex: 'bibtex', 'bibtex-ascii': 'bibtexAscii', 'csl-json': 'cslJson' } as const;

/** The Export menu's panel: one download per format, and an announcement of what was downloaded. */
export function ExportPanel({ id, open, onClose, publications, profileSlug, keyScope }: Props) {
  const t = useMessages();
  const [done, setDone] = useState('');

  const download = (format: ExportFormat) => {
    const file = exportFile(format, publications, profileSlug, keyScope);
    downloadFile(file);
    setDone(t.citations.downloaded(file.name));
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  // Tabbing or clicking out of the panel hides it; focus stays where the visitor moved it.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next && !event.currentTarget.contains(next) && next.getAttribute('aria-controls') !== id)
      onClose(false);
  };

  return (
    <>
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Esc from any button inside closes it */}
      <div
        id={id}
        hidden={!open}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        className="absolute left-0 z-20 sm:right-0 sm:left-auto mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        <p id={`${id}-intro`} className="text-slate-700 dark:text-slate-300">
          {t.citations.exportIntro(publications.length)}
        </p>
        {publications.length > 0 && (
          <ul aria-labelledby={`${id}-intro`} className="mt-2 flex flex-col gap-1">
            {FORMATS.map((format) => (
              <li key={format}>
                <button
                  type="button"
                  onClick={() => download(format)}
                  className="min-h-9 w-full rounded-md px-2 text-left font-medium text-indigo-700 hover:bg-slate-100 dark:text-indigo-300 dark:hover:bg-slate-800"
                >
                  {t.citations[LABELS[format]]}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" className="sr-only">
        {done}
      </p>
    </>
  );
}
