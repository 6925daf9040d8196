import type { Publication, PublicationKind } from '../../../data/profile-schema';
import { scopedCitationKeys } from './citation-key';
import { citationUrl } from './citation-url';
import { splitPersonName } from './person-name';

/** The CSL-JSON fields written here (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
interface CslItem {
  id: string;
  type: string;
  title: string;
  author: ({ family: string; given?: string; suffix?: string } | { literal: string })[];
  issued: { 'date-parts': [[number]] };
  'container-title'?: string;
  publisher?: string;
  number?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
}

const CSL_TYPES: Record<PublicationKind, string> = {
  conference: 'paper-conference',
  workshop: 'paper-conference',
  journal: 'article-journal',
  commentary: 'article-journal',
  // CSL's "article" is the type for preprints and working papers.
  preprint: 'article',
  other: 'document',
};

function cslAuthor(name: string): CslItem['author'][number] {
  const person = splitPersonName(name);
  if ('literal' in person) return { literal: person.literal };
  const { family, given, suffix } = person;
  return { family, ...(given && { given }), ...(suffix !== undefined && { suffix }) };
}

function cslItem(publication: Publication, key: string): CslItem {
  const { arxiv, doi } = publication.identifiers;
  const url = citationUrl(publication);
  // Zotero writes an arXiv preprint's repository and identifier this way.
  const preprint = publication.kind === 'preprint' && arxiv !== undefined;
  return {
    id: key,
    type: CSL_TYPES[publication.kind],
    title: publication.title,
    author: publication.authors.map(cslAuthor),
    issued: { 'date-parts': [[publication.year]] },
    ...(publication.venue !== null && { 'container-title': publication.venue }),
    ...(preprint && { publisher: 'arXiv', number: `arXiv:${arxiv}` }),
    ...(doi !== undefined && { DOI: doi }),
    ...(url !== undefined && { URL: url }),
    ...(publication.abstract !== null && { abstract: publication.abstract }),
  };
}

/** A CSL-JSON file's text (Zotero, Mendeley and citation.js import it); ids are the BibTeX keys. */
export function cslJson(
  publications: readonly Publication[],
  keyScope: readonly Publication[] = publications,
): string {
  const keys = scopedCitationKeys(publications, keyScope);
  const items = publications.map((publication) => cslItem(publication, keys.get(publication.id)!));
  return `${JSON.stringify(items, null, 2)}\n`;
}
