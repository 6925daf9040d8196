import { useMessages } from '../../../i18n/messages-context';
import { InvalidDirectoryDataError } from '../api/fetch-directory-json';
import { directoryText } from '../../../i18n/directory';

interface Props {
  error: unknown;
  onRetry: () => void;
}

/** Why the directory's data is missing, and a way to ask again when that may help. */
export function DirectoryError({ error, onRetry }: Props) {
  const t = useMessages();
  return (
    <div
      role="alert"
      className="mt-6 rounded-lg border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950"
    >
      <p className="font-semibold">{directoryText(t).loadTitle}</p>
      <p className="mt-1 text-sm break-words">{error instanceof Error ? error.message : String(error)}</p>
      {!(error instanceof InvalidDirectoryDataError) && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200"
        >
          {directoryText(t).tryAgain}
        </button>
      )}
    </div>
  );
}
