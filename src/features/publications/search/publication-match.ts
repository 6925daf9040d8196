import type { Publication } from '../../../data/profile-schema';
import { foldWithOffsets, toOriginalRange, type FoldedText } from '../../../lib/fold-text';
import { hitOffset } from './ranking';
import type { Highlights, PublicationMatch, TermMatch, TextRange } from './types';
import { forEachWord } from './words';

const NO_TERMS: readonly TermMatch[] = [];

/** A publication shown without a search: nothing to highlight. */
export function unmatched(publication: Publication): PublicationMatch {
  return { publication, score: 0, terms: NO_TERMS };
}

/**
 * Where a hit's shown fields match its query's terms. Called by the cards on screen only: a query
 * can match thousands of publications, the page renders a few dozen. Topics are highlighted in the
 * label the card shows for them (`topicLabel`, the page's language).
 */
export function highlightMatch(
  { publication, terms }: PublicationMatch,
  topicLabel: (topic: string) => string = (topic) => topic,
): Highlights {
  const ranges = (text: string | null) =>
    text === null || terms.length === 0 ? [] : matchRanges(foldWithOffsets(text), terms);
  return {
    title: ranges(publication.title),
    alternateTitles: publication.alternateTitles.map(ranges),
    authors: publication.authors.map(ranges),
    venue: ranges(publication.venue),
    abstract: ranges(publication.abstract),
    topics: publication.topics.map((topic) => ranges(topicLabel(topic))),
  };
}

/** Where the terms occur in a text, as ranges of the original (unfolded) text. */
function matchRanges(text: FoldedText, terms: readonly TermMatch[]): TextRange[] {
  const ranges: TextRange[] = [];
  const { folded } = text;
  forEachWord(folded, (start, end) => {
    const word = folded.slice(start, end);
    for (const { term, fuzzyWords } of terms) {
      if (fuzzyWords.includes(word)) {
        ranges.push(toOriginalRange(text, start, end));
        continue;
      }
      for (let at = hitOffset(term, word); at >= 0; at = hitOffset(term, word, at + term.length))
        ranges.push(toOriginalRange(text, start + at, start + at + term.length));
    }
  });
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}
