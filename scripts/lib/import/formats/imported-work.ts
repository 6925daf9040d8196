import type { Link, PublicationKind } from '../../../../src/data/profile-schema';

/** Where in the source file something is: a line (BibTeX, DBLP XML) or a JSON path (CSL, ORCID). */
export type SourceLocation = { line: number } | { path: string };

/** One publication as a source file states it, before it meets a profile. */
export interface ImportedWork {
  at: SourceLocation;
  title: string;
  alternateTitles: string[];
  authors: string[];
  // False when the source cuts the list ("and others") or gives none (ORCID summaries).
  authorsComplete: boolean;
  year: number | null; // null when the source gives none: never guessed
  venue: string | null;
  kind: PublicationKind;
  abstract: string | null;
  identifiers: { doi?: string; arxiv?: string };
  links: Link[];
}

export interface SourceNote {
  at: SourceLocation;
  severity: 'error' | 'warning' | 'note';
  message: string;
}

export const FORMAT_NAMES = {
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
  'orcid-works': 'ORCID works',
  'dblp-xml': 'DBLP person XML',
} as const;

export type FormatId = keyof typeof FORMAT_NAMES;

/** What a format parser hands on: the works and what it noticed on the way. */
export interface ParsedSource {
  format: FormatId;
  works: ImportedWork[];
  notes: SourceNote[];
  // Entries that are not works of anyone (a proceedings volume cited through crossref).
  skipped: { at: SourceLocation; title: string; reason: string }[];
  // The person the whole file belongs to, when the format says (DBLP names its person).
  person?: string;
  // ORCID and DBLP files list only the person's own works: none is skipped as someone else's.
  allWorksArePersons: boolean;
}

/** A work with nothing filled in yet; parsers set what their source gives. */
export function emptyWork(at: SourceLocation, title: string): ImportedWork {
  return {
    at,
    title,
    alternateTitles: [],
    authors: [],
    authorsComplete: true,
    year: null,
    venue: null,
    kind: 'other',
    abstract: null,
    identifiers: {},
    links: [],
  };
}

/** `line 12` or `$.group[3]`, to point from one place in a file to another. */
export function describeLocation(at: SourceLocation): string {
  return 'line' in at ? `line ${at.line}` : at.path;
}

/** `refs.bib:12` or `works.json $.group[3]`: compiler style, so editors can jump to lines. */
export function formatLocation(file: string, at: SourceLocation): string {
  return 'line' in at ? `${file}:${at.line}` : `${file} ${at.path}`;
}

/** A source that cannot be imported at all; `at` is where reading it stopped. */
export class SourceError extends Error {
  constructor(
    readonly at: SourceLocation,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
