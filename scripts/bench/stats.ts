/** Nearest-rank percentile (p in 0..100) of the numbers; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A plain-text table: first row is the header, numbers right-aligned. */
export function formatTable(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row: string[], raw: (string | number)[]) =>
    row
      .map((cell, column) =>
        typeof raw[column] === 'number' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ');
  const [header, ...body] = cells;
  return [
    line(header!, rows[0]!),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...body.map((row, index) => line(row, rows[index + 1]!)),
  ].join('\n');
}
