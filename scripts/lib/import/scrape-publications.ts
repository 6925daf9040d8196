import type { Diagnostic } from './diagnostics';
import { rejoinAbstract } from './rejoin-abstract';
import { repairLatexAccents } from './repair-latex-accents';
import type { PageEntry } from './split-publication-entries';
import { findSuspiciousSpellings } from './suspicious-spellings';

/** A publication as far as the page can tell: no year, venue or kind. */
export interface ScrapedPublication {
  line: number;
  title: string;
  authors: string[];
  abstract: string | null;
  abstractTruncated: boolean;
}

/** Cleans each entry: repaired author names, one abstract text; reports every repair and doubt. */
export function scrapePublications(entries: readonly PageEntry[]): {
  publications: ScrapedPublication[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const publications = entries.map((entry) => {
    const authors = entry.authors.map(({ text, line, latexIntact }) => {
      const { name, restored } = repairLatexAccents(text);
      if (restored.length > 0)
        diagnostics.push({
          line,
          severity: 'warning',
          message: `repaired "${text}" → "${name}" (restored LaTeX ${restored.join(' ')})`,
        });
      for (const finding of findSuspiciousSpellings(name, { latexIntact }))
        diagnostics.push({ line, severity: 'warning', message: `${finding}; check "${name}"` });
      return name;
    });
    return {
      line: entry.title.line,
      title: entry.title.text,
      authors,
      ...rejoinAbstract(entry.abstract.map((line) => line.text)),
    };
  });
  return { publications, diagnostics };
}
