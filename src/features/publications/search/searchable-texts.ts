import type { Publication } from '../../../data/profile-schema';
import { foldWithOffsets } from '../../../lib/fold-text';
import { FIELD } from './ranking';

/** A searchable text of a publication, folded, with the flag of its field. */
export type FieldText = readonly [folded: string, field: number];

export const fold = (value: string) => foldWithOffsets(value).folded;

/** Every searchable text of a publication, folded: what it shows, its topics' names and its year. */
function searchableTexts(publication: Publication): FieldText[] {
  const texts: FieldText[] = [];
  const add = (text: string | null, field: number) => text !== null && texts.push([fold(text), field]);
  add(publication.title, FIELD.title);
  for (const title of publication.alternateTitles) add(title, FIELD.alternateTitles);
  for (const author of publication.authors) add(author, FIELD.authors);
  for (const topic of publication.topics) add(topic, FIELD.topics);
  add(publication.venue, FIELD.venue);
  texts.push([String(publication.year), FIELD.year]);
  add(publication.abstract, FIELD.abstract);
  return texts;
}

// Publications are immutable once loaded. The stop-gap search, run on every keystroke until the
// index is ready, folds each publication once; the index reuses those folds, then drops them.
let foldedOnce = new WeakMap<Publication, FieldText[]>();

/** `searchableTexts`, remembered per publication: for the search that runs without an index. */
export function rememberedSearchableTexts(publication: Publication): FieldText[] {
  let texts = foldedOnce.get(publication);
  if (!texts) {
    texts = searchableTexts(publication);
    foldedOnce.set(publication, texts);
  }
  return texts;
}

/** The stop-gap search is done once the index is built: its folds need not take memory any more. */
export function forgetRememberedTexts(): void {
  foldedOnce = new WeakMap();
}

/** `searchableTexts`, reusing the stop-gap search's folds when it made them, without remembering new ones. */
export function searchableTextsOnce(publication: Publication): FieldText[] {
  return foldedOnce.get(publication) ?? searchableTexts(publication);
}
