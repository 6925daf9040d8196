import { useEffect, useId, type RefObject } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import { useSlashShortcut } from '../hooks/use-slash-shortcut';
import { MAX_QUERY_LENGTH } from '../utils/url-state';

interface Props {
  value: string;
  onChange: (value: string, options?: { immediate?: boolean }) => void;
  /** The input, for the page to move focus here (after clearing filters). */
  inputRef: RefObject<HTMLInputElement | null>;
  /** Whether the typo-tolerant index is built (until then a plain match answers); for benchmarks. */
  indexReady: boolean;
}

export function SearchBox({ value, onChange, inputRef, indexReady }: Props) {
  const t = useMessages();
  const inputId = useId();
  const hintId = useId();
  useSlashShortcut(inputRef);
  // On a prerendered page the box is there before the app: what a visitor typed into it meanwhile
  // is searched for once the app takes over, not lost.
  useEffect(() => {
    const typed = inputRef.current?.value ?? '';
    if (typed !== value) onChange(typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the app takes over
  }, []);

  return (
    <div className="relative min-w-48 flex-1">
      <label htmlFor={inputId} className="sr-only">
        {t.search.label}
      </label>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="currentColor"
        className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500 dark:text-slate-400"
      >
        <path
          fillRule="evenodd"
          d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.58 3.58a.75.75 0 1 1-1.06 1.06l-3.58-3.58A7 7 0 0 1 2 9Z"
        />
      </svg>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        value={value}
        placeholder={t.search.placeholder}
        aria-describedby={hintId}
        maxLength={MAX_QUERY_LENGTH}
        data-index-ready={indexReady}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || value === '') return;
          event.preventDefault();
          onChange('', { immediate: true });
        }}
        className="h-11 w-full rounded-lg border border-slate-300 bg-white pr-12 pl-10 text-base text-slate-900 placeholder:text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 [&::-webkit-search-cancel-button]:hidden"
      />
      <span id={hintId} className="sr-only">
        {t.search.shortcut}
      </span>
      {value === '' ? (
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-3 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 font-mono text-xs text-slate-600 sm:block dark:border-slate-600 dark:text-slate-400"
        >
          /
        </kbd>
      ) : (
        // Touch keyboards have no Esc, and the browser's own clear button is hidden.
        <button
          type="button"
          aria-label={t.search.clear}
          title={t.search.clear}
          onClick={() => {
            onChange('', { immediate: true });
            inputRef.current?.focus();
          }}
          className="absolute top-1/2 right-1 flex size-9 -translate-y-1/2 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
            <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
          </svg>
        </button>
      )}
    </div>
  );
}
