import { useRef, useState, type ComponentType } from 'react';
import type { Publication } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';
import type { CiteDialogProps } from './cite-dialog';
import { loadCiteDialog } from './load-on-demand';

interface Props {
  publication: Publication;
  /** The whole profile's publications, so the entry's key is the one the export gives it. */
  keyScope?: readonly Publication[];
}

/** A card's "Cite" button: tiny, it loads the dialog (and the BibTeX generator) on first use. */
export function CiteButton({ publication, keyScope }: Props) {
  const t = useMessages();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [Dialog, setDialog] = useState<ComponentType<CiteDialogProps> | null>(null);
  const [failed, setFailed] = useState(false);

  const open = () => {
    setFailed(false);
    loadCiteDialog().then(
      (module) => setDialog(() => module.CiteDialog),
      () => setFailed(true),
    );
  };
  const close = () => {
    setDialog(null);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        onClick={open}
        className="inline-flex min-h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        {t.citations.cite} <span className="sr-only">{publication.title}</span>
      </button>
      {failed && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t.citations.loadFailed}
        </p>
      )}
      {Dialog && <Dialog publication={publication} keyScope={keyScope} onClose={close} />}
    </>
  );
}
