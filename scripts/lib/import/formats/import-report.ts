import {
  FORMAT_NAMES,
  formatLocation,
  type FormatId,
  type SourceLocation,
  type SourceNote,
} from './imported-work';

export interface ReportLine {
  at: SourceLocation;
  title: string;
  detail?: string;
}

/** What an import did, work by work; `formatReport` prints it. */
export interface ImportReport {
  format: FormatId;
  read: number; // works in the file, before versions of one work were combined
  added: ReportLine[];
  updated: ReportLine[];
  unchanged: ReportLine[];
  conflicts: ReportLine[];
  skipped: ReportLine[];
  notes: SourceNote[];
}

export function emptyReport(format: FormatId, read: number, notes: SourceNote[]): ImportReport {
  return { format, read, added: [], updated: [], unchanged: [], conflicts: [], skipped: [], notes };
}

const SECTIONS = ['added', 'updated', 'unchanged', 'conflicts', 'skipped'] as const;

/** Compiler-style lines (`refs.bib:12: …`, `works.json $.group[3]: …`) under one heading per outcome. */
export function formatReport(file: string, report: ImportReport): string {
  const counts = SECTIONS.map((section) => `${report[section].length} ${section}`).join(', ');
  const lines = [`${file}: ${FORMAT_NAMES[report.format]}, ${report.read} entries: ${counts}`];
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
  const order = (at: SourceLocation) => ('line' in at ? at.line : 0);
  return [...items].sort((a, b) => order(a.at) - order(b.at));
}
