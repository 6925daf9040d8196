import { useId, useRef, useState } from 'react';
import type { Publication } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';
import { LoadFailed } from './load-failed';
import { loadExportPanel } from './load-on-demand';
import { QUIET_BUTTON, useOnDemand } from './use-on-demand';

export interface ExportMenuProps {
  /** The publications shown, in the order shown: what the files hold. */
  publications: readonly Publication[];
  /** The profile's id, a slug: files are named `<slug>-publications.bib` and `.json`. */
  profileSlug: string;
  /** The whole profile's publications, so keys do not change with the filters. */
  keyScope?: readonly Publication[];
}

/** "Export" for the toolbar: a disclosure whose panel (one download per format) loads on first use. */
export function ExportMenu(props: ExportMenuProps) {
  const t = useMessages();
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { loaded: Panel, failed, load } = useOnDemand(loadExportPanel);
  const [open, setOpen] = useState(false);
  const close = (returnFocus = true) => {
    setOpen(false);
    if (returnFocus) toggleRef.current?.focus();
  };

  return (
    <div className="relative">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open && Panel !== undefined}
        aria-controls={Panel && panelId}
        onClick={() => {
          if (Panel === undefined) load();
          setOpen(Panel === undefined || !open);
        }}
        onKeyDown={(event) => event.key === 'Escape' && open && close()}
        className={QUIET_BUTTON}
      >
        {t.citations.export}
      </button>
      {failed && <LoadFailed />}
      {Panel && <Panel {...props} id={panelId} open={open} onClose={close} />}
    </div>
  );
}
