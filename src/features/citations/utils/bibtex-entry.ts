import type { Publication } from '../../../data/profile-schema';
import { bibtexTitle } from './bibtex-title';
import { scopedCitationKeys } from './citation-key';
import { citationUrl } from './citation-url';
import { escapeLatex, type TexEncoding } from './latex-escape';
import { splitPersonName } from './person-name';

/** One author as BibTeX reads it: `van Hasselt, Hado`, or as written when the split is unclear. */
export function bibtexName(name: string, encoding: TexEncoding): string {
  const person = splitPersonName(name);
  if ('literal' in person) {
    const text = escapeLatex(person.literal, encoding);
    // Braces keep an organisation's "and", or a stray comma, from splitting the name.
    return person.corporate || person.literal.includes(',') ? `{${text}}` : text;
  }
  const family = escapeLatex(person.family, encoding);
  if (!person.given) return family;
  const suffix = person.suffix === undefined ? '' : `${escapeLatex(person.suffix, encoding)}, `;
  return `${family}, ${suffix}${escapeLatex(person.given, encoding)}`;
}

/**
 * URLs and DOIs are read verbatim by Biber and hyperref, so they are not escaped; only what would
 * break the entry (braces, backslashes, spaces, and `%` in a DOI) is percent-encoded.
 */
const verbatim = (value: string, encodePercent: boolean) =>
  value.replace(
    encodePercent ? /[{}\\\s%]/g : /[{}\\\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );

function entryType(publication: Publication): { type: string; venueField?: string } {
  switch (publication.kind) {
    case 'conference':
    case 'workshop':
      return { type: 'inproceedings', venueField: 'booktitle' };
    case 'journal':
    case 'commentary':
      return { type: 'article', venueField: 'journal' };
    default:
      return { type: 'misc', venueField: 'howpublished' };
  }
}

export interface BibtexOptions {
  key: string;
  encoding: TexEncoding;
}

/** One BibTeX entry; the type follows the publication's kind. */
export function bibtexEntry(publication: Publication, { key, encoding }: BibtexOptions): string {
  const { type, venueField } = entryType(publication);
  const text = (value: string) => escapeLatex(value, encoding);
  const arxiv = publication.identifiers.arxiv;
  const url = citationUrl(publication);
  const fields: [string, string | undefined][] = [
    ['author', publication.authors.map((name) => bibtexName(name, encoding)).join(' and ')],
    ['title', bibtexTitle(publication.title, encoding)],
    [venueField ?? '', publication.venue === null ? undefined : text(publication.venue)],
    ['year', String(publication.year)],
    ['doi', publication.identifiers.doi && verbatim(publication.identifiers.doi, true)],
    // The data does not record arXiv categories, so `primaryClass` is never written.
    ['eprint', arxiv],
    ['archivePrefix', arxiv && 'arXiv'],
    ['url', url && verbatim(url, false)],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[0] !== '' && field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

export interface BibliographyOptions {
  encoding: TexEncoding;
  /** The publications keys are made unique among (default: the list itself). */
  keyScope?: readonly Publication[];
}

/** A .bib file's text for a list of publications, in list order. */
export function bibtexBibliography(
  publications: readonly Publication[],
  { encoding, keyScope = publications }: BibliographyOptions,
): string {
  const keys = scopedCitationKeys(publications, keyScope);
  const entries = publications.map((publication) =>
    bibtexEntry(publication, { key: keys.get(publication.id)!, encoding }),
  );
  return entries.length === 0 ? '' : `${entries.join('\n\n')}\n`;
}
