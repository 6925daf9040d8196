import { useRef, useState } from 'react';
import type { Publication } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';
import { LoadFailed } from './load-failed';
import { loadCiteDialog } from './load-on-demand';
import { QUIET_BUTTON, useOnDemand } from './use-on-demand';

interface Props {
  publication: Publication;
  /** The whole profile's publications, so the entry's key is the one the export gives it. */
  keyScope?: readonly Publication[];
}

/** A card's "Cite" button: tiny, it loads the dialog (and the BibTeX generator) on first use. */
export function CiteButton({ publication, keyScope }: Props) {
  const t = useMessages();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { loaded: Dialog, failed, load } = useOnDemand(loadCiteDialog);
  const [open, setOpen] = useState(false);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        onClick={() => {
          load();
          setOpen(true);
        }}
        className={QUIET_BUTTON}
      >
        {t.citations.cite} <span className="sr-only">{publication.title}</span>
      </button>
      {failed && <LoadFailed />}
      {open && Dialog && (
        <Dialog
          publication={publication}
          keyScope={keyScope}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      )}
    </>
  );
}
