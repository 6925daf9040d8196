import type { Publication } from '../../../data/profile-schema';
import { foldWithOffsets, type FoldedText } from '../../../lib/fold-text';

/** Every searchable field of a publication, folded once. */
export interface FoldedPublication {
  title: FoldedText;
  alternateTitles: FoldedText[];
  authors: FoldedText[];
  venue: FoldedText | null;
  abstract: FoldedText | null;
}

/** Bit flags naming the fields a word occurs in. */
export const FIELD = { title: 1, alternateTitles: 2, authors: 4, venue: 8, abstract: 16 } as const;

/**
 * How much a hit in a field costs (0 = best). Titles and authors first; any title or author hit,
 * even a typo, ranks before a hit found only in the abstract.
 */
const FIELD_PENALTIES: readonly [flag: number, penalty: number][] = [
  [FIELD.title, 0],
  [FIELD.authors, 0],
  [FIELD.alternateTitles, 0.05],
  [FIELD.venue, 0.3],
  [FIELD.abstract, 0.45],
];

export function fieldPenalty(fields: number): number {
  for (const [flag, penalty] of FIELD_PENALTIES) if (fields & flag) return penalty;
  return 1;
}

/** `fieldPenalty` of every combination of field flags, for the search's inner loop. */
export const FIELD_PENALTY_BY_FLAGS = Float64Array.from({ length: 32 }, (_, fields) => fieldPenalty(fields));

// Publications are immutable once loaded: the stop-gap search on every keystroke and the index
// built afterwards fold each one once between them, not once per use.
const foldedOnce = new WeakMap<Publication, FoldedPublication>();

export function foldPublication(publication: Publication): FoldedPublication {
  let folded = foldedOnce.get(publication);
  if (!folded) {
    folded = foldFields(publication);
    foldedOnce.set(publication, folded);
  }
  return folded;
}

function foldFields(publication: Publication): FoldedPublication {
  return {
    title: foldWithOffsets(publication.title),
    alternateTitles: publication.alternateTitles.map(foldWithOffsets),
    authors: publication.authors.map(foldWithOffsets),
    venue: publication.venue === null ? null : foldWithOffsets(publication.venue),
    abstract: publication.abstract === null ? null : foldWithOffsets(publication.abstract),
  };
}

/** Each folded field text with its flag. */
export function foldedFields(folded: FoldedPublication): [text: string, field: number][] {
  const fields: [string, number][] = [[folded.title.folded, FIELD.title]];
  for (const title of folded.alternateTitles) fields.push([title.folded, FIELD.alternateTitles]);
  for (const author of folded.authors) fields.push([author.folded, FIELD.authors]);
  if (folded.venue) fields.push([folded.venue.folded, FIELD.venue]);
  if (folded.abstract) fields.push([folded.abstract.folded, FIELD.abstract]);
  return fields;
}
