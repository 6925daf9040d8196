import { useMessages } from '../../../i18n/messages-context';
import type { StatusFilters } from '../../../i18n/en';

/** Read aloud by screen readers whenever the result changes. */
export function ResultsStatus(props: StatusFilters) {
  const t = useMessages();
  return (
    <p role="status" className="mt-1 scroll-mt-24 text-sm text-slate-600 dark:text-slate-400">
      {t.status(props)}
    </p>
  );
}
