import { FORMAT_NAMES, formatLocation, type SourceLocation, type SourceNote } from './imported-work';

export interface ReportLine {
  at: SourceLocation;
  title: string;
  detail?: string;
}

const REPORT_FORMAT_NAMES = { ...FORMAT_NAMES, 'directory-page': 'directory page' } as const;

/** What an import did, work by work; `formatReport` prints it. */
export interface ImportReport {
  format: keyof typeof REPORT_FORMAT_NAMES;
  read: number; // works in the file, before versions of one work were combined
  added: ReportLine[];
  updated: ReportLine[];
  unchanged: ReportLine[];
  conflicts: ReportLine[];
  skipped: ReportLine[];
  notes: SourceNote[];
}

export function emptyReport(format: ImportReport['format'], read: number, notes: SourceNote[]): ImportReport {
  return { format, read, added: [], updated: [], unchanged: [], conflicts: [], skipped: [], notes };
}

const SECTIONS = ['added', 'updated', 'unchanged', 'conflicts', 'skipped'] as const;

/** Compiler-style lines (`refs.bib:12: …`, `works.json $.group[3]: …`) under one heading per outcome. */
export function formatReport(file: string, report: ImportReport): string {
  const counts = SECTIONS.map((section) => {
    const count = report[section].length;
    return `${count} ${count === 1 && section === 'conflicts' ? 'conflict' : section}`;
  }).join(', ');
  const lines = [`${file}: ${REPORT_FORMAT_NAMES[report.format]}, ${report.read} entries: ${counts}`];
  for (const section of SECTIONS) {
    const items = report[section];
    if (items.length === 0) continue;
    lines.push(`${section} (${items.length}):`);
    for (const item of sortByLocation(items))
      lines.push(
        `  ${formatLocation(file, item.at)}: "${item.title}"${item.detail ? ` ${item.detail}` : ''}`,
      );
  }
  if (report.notes.length > 0) {
    lines.push(`messages (${report.notes.length}):`);
    for (const note of sortByLocation(report.notes))
      lines.push(`  ${formatLocation(file, note.at)}: ${note.severity}: ${note.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function sortByLocation<T extends { at: SourceLocation }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareLocations(a.at, b.at));
}

// Lines by number; JSON paths by their indexes, so $[2] comes before $[10] and $ before both.
function compareLocations(a: SourceLocation, b: SourceLocation): number {
  if ('line' in a || 'line' in b) return ('line' in a ? a.line : 0) - ('line' in b ? b.line : 0);
  const left = indexes(a.path);
  const right = indexes(b.path);
  for (let i = 0; i < Math.min(left.length, right.length); i += 1)
    if (left[i] !== right[i]) return left[i]! - right[i]!;
  return left.length - right.length;
}

function indexes(path: string): number[] {
  return [...path.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
}
