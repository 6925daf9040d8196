import type { ImportedWork, ParsedSource } from '../../../scripts/lib/import/formats/imported-work';
import { OWNER } from '../../builders';

let line = 0;

/** A work as a parser would hand it on, by the builders' owner; pass overrides for what a test cares about. */
export function buildWork(overrides: Partial<ImportedWork> = {}): ImportedWork {
  line += 10;
  return {
    at: { line },
    title: `An imported work, number ${line}`,
    alternateTitles: [],
    authors: ['Jane Coauthor', OWNER],
    authorsComplete: true,
    year: 2020,
    venue: null,
    kind: 'conference',
    abstract: null,
    identifiers: {},
    links: [],
    ...overrides,
  };
}

export function buildSource(works: ImportedWork[], overrides: Partial<ParsedSource> = {}): ParsedSource {
  return { format: 'bibtex', works, notes: [], skipped: [], allWorksArePersons: false, ...overrides };
}
