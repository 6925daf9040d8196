import type { Diagnostic } from './diagnostics';
import { nameKey, titleKey } from './publication-keys';
import type { ScrapedPublication } from './scrape-publications';

/**
 * The page may list one work several times (same title once case, accents and punctuation are
 * folded). Keeps one entry at the first place: the longest abstract, the union of the authors in
 * order; each merge is reported as a note on the repeated entry's line.
 */
export function mergeDuplicates(publications: readonly ScrapedPublication[]): {
  publications: ScrapedPublication[];
  diagnostics: Diagnostic[];
} {
  const byTitle = new Map<string, ScrapedPublication>();
  const diagnostics: Diagnostic[] = [];
  for (const publication of publications) {
    const key = titleKey(publication.title);
    const first = byTitle.get(key);
    if (!first) {
      byTitle.set(key, { ...publication, authors: [...publication.authors] });
      continue;
    }
    const known = new Set(first.authors.map(nameKey));
    first.authors.push(...publication.authors.filter((author) => !known.has(nameKey(author))));
    if ((publication.abstract?.length ?? 0) > (first.abstract?.length ?? 0)) {
      first.abstract = publication.abstract;
      first.abstractTruncated = publication.abstractTruncated;
    }
    diagnostics.push({
      line: publication.line,
      severity: 'note',
      message: `"${publication.title}" repeats the entry at line ${first.line}; merged into it`,
    });
  }
  return { publications: [...byTitle.values()], diagnostics };
}
