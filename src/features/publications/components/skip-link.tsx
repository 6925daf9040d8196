import type { MouseEvent } from 'react';
import { useMessages } from '../../../i18n/messages-context';

/** The id the Publications heading carries (with tabIndex={-1}) for the skip link to land on. */
export const PUBLICATIONS_HEADING_ID = 'publications';

/**
 * The page's first Tab stop, hidden until focused: it moves focus past the header and the topic
 * chips to the Publications heading. Focus moves by script rather than by #fragment, so the URL
 * (which holds the search state) stays as it is; the element is looked up in the link's own root,
 * which is a shadow root when the page is embedded.
 */
export function SkipLink({ targetId = PUBLICATIONS_HEADING_ID }: { targetId?: string }) {
  const t = useMessages();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <a
      href={`#${targetId}`}
      onClick={skip}
      className="sr-only rounded-md bg-white px-4 py-2 font-medium text-indigo-700 underline underline-offset-4 shadow-lg focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 dark:bg-slate-900 dark:text-indigo-300"
    >
      {t.skipLink.publications}
    </a>
  );
}
