import { useEffect, useId, useRef, useState } from 'react';
import type { Publication } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';
import { bibtexEntry } from '../utils/bibtex-entry';
import { scopedCitationKeys } from '../utils/citation-key';
import type { TexEncoding } from '../utils/latex-escape';
import { copyText, type CopyResult } from './copy-text';

interface CiteDialogProps {
  publication: Publication;
  keyScope?: readonly Publication[];
  /** Called once the dialog has closed (Esc, the Close button); the caller unmounts it. */
  onClose: () => void;
}

const ENCODINGS: TexEncoding[] = ['utf8', 'ascii'];

/** A modal holding one publication's BibTeX entry, its encoding choice and a Copy button. */
export function CiteDialog({ publication, keyScope, onClose }: CiteDialogProps) {
  const t = useMessages();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const copyRef = useRef<HTMLButtonElement>(null);
  const [encoding, setEncoding] = useState<TexEncoding>('utf8');
  const [copy, setCopy] = useState<{ text: string; result: CopyResult } | null>(null);

  const key = scopedCitationKeys([publication], keyScope ?? [publication]).get(publication.id)!;
  const entry = bibtexEntry(publication, { key, encoding });
  // "Copied" stands while the entry shown is the one copied.
  const copied = copy?.text === entry ? copy.result : null;

  // The dialog is a browser widget: opening it modally is a side effect of mounting.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The main action, rather than the first radio button.
    copyRef.current?.focus();
  }, []);

  const copyEntry = async () => {
    if (!fieldRef.current) return;
    setCopy({ text: entry, result: await copyText(entry, fieldRef.current) });
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-title`}
      onClose={onClose}
      className="m-auto w-[min(44rem,calc(100vw-2rem))] max-h-[calc(100dvh-2rem)] overflow-auto rounded-xl bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={`${id}-heading`} className="text-lg font-bold">
        {t.citations.dialogTitle}
      </h2>
      <p id={`${id}-title`} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {publication.title}
      </p>

      <fieldset className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="float-left mr-2 font-medium">{t.citations.encodingLegend}</legend>
        {ENCODINGS.map((option) => (
          <label key={option} className="inline-flex min-h-9 items-center gap-2">
            <input
              type="radio"
              name={`${id}-encoding`}
              value={option}
              checked={encoding === option}
              onChange={() => setEncoding(option)}
              className="accent-indigo-700 dark:accent-indigo-300"
            />
            {t.citations[option]}
          </label>
        ))}
      </fieldset>

      <label htmlFor={`${id}-entry`} className="mt-3 block text-sm font-medium">
        {t.citations.entryLabel}
      </label>
      <textarea
        ref={fieldRef}
        id={`${id}-entry`}
        readOnly
        value={entry}
        rows={Math.min(entry.split('\n').length, 14)}
        spellCheck={false}
        wrap="off"
        className="mt-1 block w-full resize-y rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs leading-relaxed text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      />

      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          ref={copyRef}
          type="button"
          onClick={() => void copyEntry()}
          className="min-h-9 rounded-md bg-indigo-700 px-4 text-sm font-semibold text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200"
        >
          {t.citations.copy}
        </button>
        <p
          role="status"
          className="min-w-0 flex-1 text-sm font-medium text-emerald-800 dark:text-emerald-300"
        >
          {copied === 'copied' && t.citations.copied}
          {copied === 'selected' && (
            <span className="text-slate-800 dark:text-slate-200">{t.citations.copyBlocked}</span>
          )}
        </p>
        <button
          type="button"
          onClick={() => dialogRef.current?.close()}
          className="min-h-9 rounded-md border border-slate-300 px-4 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {t.citations.close}
        </button>
      </div>
    </dialog>
  );
}
