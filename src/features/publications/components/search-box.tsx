import { useEffect, useId, type RefObject } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import { useSlashShortcut } from '../hooks/use-slash-shortcut';
import { MAX_QUERY_LENGTH } from '../utils/url-state';

const STROKE = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinecap: 'round',
} as const;

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
      {/* Icons drawn as strokes: the same shapes in a fraction of the first view's bytes. */}
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        {...STROKE}
        className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500 dark:text-slate-400"
      >
        <path d="M9 2.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5ZM13.4 13.4l4.1 4.1" />
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
          <svg aria-hidden="true" viewBox="0 0 20 20" {...STROKE} className="size-5">
            <path d="m5.75 5.75 8.5 8.5m0-8.5-8.5 8.5" />
          </svg>
        </button>
      )}
    </div>
  );
}
