import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Publication } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';
import type { ExportFormat } from '../utils/export-files';
import { loadExportFiles } from './load-on-demand';

interface Props {
  /** The publications shown, in the order shown: what the files hold. */
  publications: readonly Publication[];
  /** The profile's id, a slug: files are named `<slug>-publications.bib` and `.json`. */
  profileSlug: string;
  /** The whole profile's publications, so keys do not change with the filters. */
  keyScope?: readonly Publication[];
}

const FORMATS: ExportFormat[] = ['bibtex', 'bibtex-ascii', 'csl-json'];
const LABELS = { bibtex: 'bibtex', 'bibtex-ascii': 'bibtexAscii', 'csl-json': 'cslJson' } as const;

/** "Export" for the toolbar: a disclosure with one download button per format, loaded on first use. */
export function ExportMenu({ publications, profileSlug, keyScope }: Props) {
  const t = useMessages();
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const [done, setDone] = useState('');

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const download = async (format: ExportFormat) => {
    setFailed(false);
    try {
      const { exportFile, downloadFile } = await loadExportFiles();
      const file = exportFile(format, publications, profileSlug, keyScope);
      downloadFile(file);
      setDone(t.citations.downloaded(file.name, publications.length));
      close();
    } catch {
      setFailed(true);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };
  // Closes when focus moves outside (Tab past the last button, a click elsewhere).
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Esc from any control inside closes it
    <div className="relative" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setDone('');
        }}
        className="inline-flex min-h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        {t.citations.export}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-20 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        <p id={`${panelId}-intro`} className="text-slate-700 dark:text-slate-300">
          {t.citations.exportIntro(publications.length)}
        </p>
        {publications.length > 0 && (
          <ul aria-labelledby={`${panelId}-intro`} className="mt-2 flex flex-col gap-1">
            {FORMATS.map((format) => (
              <li key={format}>
                <button
                  type="button"
                  onClick={() => void download(format)}
                  className="min-h-9 w-full rounded-md px-2 text-left font-medium text-indigo-700 hover:bg-slate-100 dark:text-indigo-300 dark:hover:bg-slate-800"
                >
                  {t.citations[LABELS[format]]}
                </button>
              </li>
            ))}
          </ul>
        )}
        {failed && (
          <p role="alert" className="mt-2 text-red-700 dark:text-red-300">
            {t.citations.loadFailed}
          </p>
        )}
      </div>
      <p role="status" className="sr-only">
        {done}
      </p>
    </div>
  );
}
