/** One message about the scraped page, tied to the line it is about. */
export interface Diagnostic {
  line: number;
  severity: 'error' | 'warning' | 'note';
  message: string;
}

/** A page the importer cannot read; `line` is where the reader gave up. */
export class PageError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.name = 'PageError';
    this.line = line;
  }
}

/** Compiler-style `page.txt:12: warning: ...`, so editors can jump to the line. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}:${diagnostic.line}: ${diagnostic.severity}: ${diagnostic.message}`;
}

/** A page text short enough to quote in a message. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
