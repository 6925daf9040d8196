import type { Publication } from '../../../data/profile-schema';
import { foldWithOffsets } from '../../../lib/fold-text';
import { FIELD } from './ranking';
import type { TopicLabels } from './types';

/** A searchable text of a publication, folded, with the flag of its field. */
export type FieldText = readonly [folded: string, field: number];

const fold = (value: string) => foldWithOffsets(value).folded;

/**
 * Every searchable text of a publication, folded: what it shows, its year, and its topics by name
 * and by their labels in every language the profile has (a link with a query finds the same
 * publications whatever the page's language).
 */
function searchableTexts(publication: Publication, labels: TopicLabels | undefined): FieldText[] {
  const texts: FieldText[] = [[fold(publication.title), FIELD.title]];
  for (const title of publication.alternateTitles) texts.push([fold(title), FIELD.alternateTitles]);
  for (const author of publication.authors) texts.push([fold(author), FIELD.authors]);
  for (const topic of publication.topics) {
    const names = new Set([fold(topic)]);
    for (const inLanguage of Object.values(labels ?? {}))
      if (inLanguage && Object.hasOwn(inLanguage, topic)) names.add(fold(inLanguage[topic] as string));
    for (const name of names) texts.push([name, FIELD.topics]);
  }
  if (publication.venue !== null) texts.push([fold(publication.venue), FIELD.venue]);
  texts.push([String(publication.year), FIELD.year]);
  if (publication.abstract !== null) texts.push([fold(publication.abstract), FIELD.abstract]);
  return texts;
}

interface Remembered {
  labels: TopicLabels | undefined;
  texts: FieldText[];
}

// Publications are immutable once loaded. The stop-gap search, run on every keystroke until the
// index is ready, folds each publication once; the index reuses those folds, then drops them.
let foldedOnce = new WeakMap<Publication, Remembered>();

/** `searchableTexts`, remembered per publication: for the search that runs without an index. */
export function rememberedSearchableTexts(publication: Publication, labels?: TopicLabels): FieldText[] {
  let remembered = foldedOnce.get(publication);
  if (!remembered || remembered.labels !== labels) {
    remembered = { labels, texts: searchableTexts(publication, labels) };
    foldedOnce.set(publication, remembered);
  }
  return remembered.texts;
}

/** The stop-gap search is done once the index is built: its folds need not take memory any more. */
export function forgetRememberedTexts(): void {
  foldedOnce = new WeakMap();
}

/** `searchableTexts`, reusing the stop-gap search's folds when it made them, without remembering new ones. */
export function searchableTextsOnce(publication: Publication, labels: TopicLabels | undefined): FieldText[] {
  const remembered = foldedOnce.get(publication);
  return remembered && remembered.labels === labels ? remembered.texts : searchableTexts(publication, labels);
}
