import { useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import type { YearCount } from '../utils/derive-view';
import type { YearRange } from '../utils/view-state';

interface Props {
  counts: YearCount[];
  selected: YearRange | null;
  onSelect: (years: YearRange | null) => void;
}

const BAR_AREA = 40;

/**
 * Publications per year as bars, each a button that shows only that year (choosing it again shows
 * every year; Shift extends the choice to a range). One Tab stop: arrow keys, Home and End move
 * between bars.
 */
export function YearChart({ counts, selected, onSelect }: Props) {
  const t = useMessages();
  const labelId = useId();
  const hintId = useId();
  const barsRef = useRef<HTMLDivElement>(null);
  if (counts.length < 2) return null;
  const highest = Math.max(1, ...counts.map(({ count }) => count));
  const isSelected = (year: number) => selected !== null && year >= selected.from && year <= selected.to;
  // The bar that takes Tab: the chosen year, else the latest with publications, else the last.
  const current =
    selected?.from ?? [...counts].reverse().find(({ count }) => count > 0)?.year ?? counts.at(-1)!.year;
  const labelEvery = Math.ceil(counts.length / 8);

  const choose = (year: number, extend: boolean) => {
    if (extend && selected)
      onSelect({ from: Math.min(selected.from, year), to: Math.max(selected.to, year) });
    else if (selected?.from === year && selected.to === year) onSelect(null);
    else onSelect({ from: year, to: year });
  };

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const bars = [...(barsRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = bars.indexOf(event.target as HTMLButtonElement);
    const next = {
      ArrowLeft: index - 1,
      ArrowDown: index - 1,
      ArrowRight: index + 1,
      ArrowUp: index + 1,
      Home: 0,
      End: bars.length - 1,
    }[event.key];
    if (next === undefined || index < 0) return;
    event.preventDefault();
    const target = bars[Math.max(0, Math.min(bars.length - 1, next))];
    bars.forEach((bar) => (bar.tabIndex = bar === target ? 0 : -1));
    target?.focus();
  };

  return (
    <div>
      <div className="flex h-6 items-baseline justify-between gap-3">
        <p id={labelId} className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {t.years.label}
        </p>
        {selected && (
          <button
            type="button"
            onClick={() => onSelect(null)}
            className="min-h-6 rounded-sm text-sm font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300"
          >
            {t.years.all}
          </button>
        )}
      </div>
      <p id={hintId} className="sr-only">
        {t.years.hint}
      </p>
      <div
        ref={barsRef}
        role="toolbar"
        aria-labelledby={labelId}
        aria-describedby={hintId}
        onKeyDown={moveFocus}
        className="mt-1 flex items-end gap-px"
      >
        {counts.map(({ year, count }, index) => {
          const pressed = isSelected(year);
          const height = count === 0 ? 2 : Math.max(4, Math.round((count / highest) * BAR_AREA));
          return (
            <button
              key={year}
              type="button"
              aria-pressed={pressed}
              title={t.years.bar(year, count)}
              tabIndex={year === current ? 0 : -1}
              onClick={(event: MouseEvent) => choose(year, event.shiftKey)}
              className="group flex max-w-12 min-w-0 flex-1 flex-col items-center rounded-sm"
            >
              {/* The name is the sentence; the bar and its numbers are its picture. */}
              <span className="sr-only">{t.years.bar(year, count)}</span>
              <svg aria-hidden="true" width="100%" height={BAR_AREA + 14} className="block">
                {count > 0 && (
                  <text
                    x="50%"
                    y={BAR_AREA - height + 10}
                    textAnchor="middle"
                    className="fill-slate-700 text-[11px] tabular-nums dark:fill-slate-300"
                  >
                    {count}
                  </text>
                )}
                <rect
                  x="10%"
                  width="80%"
                  y={BAR_AREA - height + 14}
                  height={height}
                  rx="2"
                  className={
                    pressed
                      ? 'fill-indigo-700 dark:fill-indigo-300'
                      : count === 0
                        ? 'fill-slate-500 dark:fill-slate-400'
                        : 'fill-slate-500 group-hover:fill-indigo-600 dark:fill-slate-400 dark:group-hover:fill-indigo-400'
                  }
                />
              </svg>
              <span
                aria-hidden="true"
                className={`mt-0.5 text-xs tabular-nums ${
                  pressed
                    ? 'font-semibold text-slate-900 dark:text-white'
                    : 'text-slate-600 dark:text-slate-400'
                } ${index % labelEvery === 0 || pressed ? '' : 'invisible'}`}
              >
                {labelEvery > 1 ? `’${String(year).slice(-2)}` : year}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
