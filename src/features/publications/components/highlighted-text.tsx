import { splitByRanges } from '../search/highlight';
import type { TextRange } from '../search/types';

/** Text with the matched parts in `<mark>`; the data is only ever rendered as text. */
export function HighlightedText({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly TextRange[] | undefined;
}) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return (
    <>
      {splitByRanges(text, ranges).map((part, index) =>
        part.match ? (
          <mark
            key={index}
            className="rounded-sm bg-amber-200 px-px text-inherit dark:bg-amber-300 dark:text-slate-950"
          >
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
