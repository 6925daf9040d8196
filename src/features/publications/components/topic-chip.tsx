interface Props {
  label: string;
  count: number;
  pressed: boolean;
  disabled: boolean;
  /** The note that says why a chip is greyed out. */
  describedBy: string | undefined;
  onToggle: () => void;
}

/** One topic as a toggle with its live count: the profile's chips and the members page's alike. */
export function TopicChip({ label, count, pressed, disabled, describedBy, onToggle }: Props) {
  return (
    <li className="shrink-0 sm:max-w-full sm:shrink">
      <button
        type="button"
        aria-pressed={pressed}
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={onToggle}
        className={`inline-flex min-h-9 max-w-full items-center gap-2 rounded-full border px-3.5 py-1 text-left text-sm font-medium whitespace-nowrap motion-safe:transition-colors sm:whitespace-normal ${
          pressed
            ? 'border-indigo-700 bg-indigo-700 text-white hover:bg-indigo-800 dark:border-indigo-300 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200'
            : 'border-slate-300 bg-white text-slate-800 hover:border-indigo-400 hover:bg-indigo-50 disabled:border-dashed disabled:bg-transparent disabled:text-slate-500 disabled:hover:border-slate-300 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-indigo-400 dark:hover:bg-slate-800 dark:disabled:bg-transparent dark:disabled:text-slate-400'
        }`}
      >
        <span className="min-w-0">{label}</span>{' '}
        <span
          className={`rounded-full px-1.5 text-xs tabular-nums ${
            pressed
              ? 'bg-white/20 dark:bg-slate-950/15'
              : 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300'
          }`}
        >
          {count}
        </span>
      </button>
    </li>
  );
}
