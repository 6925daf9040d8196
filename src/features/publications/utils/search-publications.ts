import type { Publication } from '../../../data/profile-schema';
import { prefixEditDistance, allowedEdits } from './edit-distance';
import { fieldPenalty, foldedFields, foldPublication } from './folded-publication';
import { lazyMatch, unmatched } from './publication-match';
import { queryTerms } from './query-terms';
import { exactPenalty, type TermMatcher } from './term-matcher';
import { FIELD_BITS, VocabularyBuilder } from './vocabulary';

export { queryTerms } from './query-terms';

/** UTF-16 offsets into the original string, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface PublicationMatch {
  publication: Publication;
  /** Lower is better, 0 = perfect (Fuse's convention); 0 when not searching. */
  score: number;
  title: TextRange[];
  /** Per alternate title. */
  alternateTitles: TextRange[][];
  /** Per author, by index. */
  authors: TextRange[][];
  venue: TextRange[];
  abstract: TextRange[];
}

export interface PublicationSearch {
  /** Publications matching every word of the query, best first. */
  search(query: string): PublicationMatch[];
}

/** With fewer exact hits than this, a term is also matched with typos. */
const FEW_EXACT_HITS = 3;
/**
 * Builds the search index once; each query then scans the corpus vocabulary (its distinct words),
 * never the texts: exact and in-word hits first, typo-tolerant matching only for a term with
 * (almost) no exact hit.
 */
export function createPublicationSearch(publications: readonly Publication[]): PublicationSearch {
  const folded = publications.map(foldPublication);
  const builder = new VocabularyBuilder();
  folded.forEach((fields, index) => {
    for (const [text, field] of foldedFields(fields)) builder.add(text, index, field);
  });
  const vocabulary = builder.build();

  function scoreTerm(term: string): { scores: Float64Array; matcher: TermMatcher } {
    const scores = new Float64Array(publications.length).fill(Infinity);
    let hits = 0;
    const apply = (postings: Int32Array, quality: number) => {
      for (const posting of postings) {
        const index = posting >> FIELD_BITS;
        const score = 1 - (1 - quality) * (1 - fieldPenalty(posting & ((1 << FIELD_BITS) - 1)));
        if (scores[index] === Infinity) hits += 1;
        if (score < (scores[index] ?? Infinity)) scores[index] = score;
      }
    };
    vocabulary.words.forEach((word, index) => {
      const penalty = exactPenalty(term, word);
      if (penalty !== undefined) apply(vocabulary.postings[index] ?? new Int32Array(), penalty);
    });
    const fuzzyWords = new Set<string>();
    const maxEdits = allowedEdits(term.length);
    if (hits < FEW_EXACT_HITS && maxEdits > 0) {
      const editsTo = prefixEditDistance(term, maxEdits);
      vocabulary.words.forEach((word, index) => {
        if (exactPenalty(term, word) !== undefined) return;
        const distance = editsTo(word);
        if (distance === Infinity) return;
        fuzzyWords.add(word);
        apply(vocabulary.postings[index] ?? new Int32Array(), 0.25 + (0.5 * distance) / term.length);
      });
    }
    return { scores, matcher: { term, fuzzyWords } };
  }

  return {
    search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return publications.map(unmatched);
      const total = new Float64Array(publications.length);
      const matchers: TermMatcher[] = [];
      for (const term of terms) {
        const { scores, matcher } = scoreTerm(term);
        matchers.push(matcher);
        // A publication missing one term gets Infinity, and stays out.
        scores.forEach((score, index) => (total[index] = (total[index] ?? 0) + score));
      }
      const hits: number[] = [];
      total.forEach((sum, index) => {
        if (sum !== Infinity) hits.push(index);
      });
      hits.sort((a, b) => (total[a] ?? 0) - (total[b] ?? 0) || a - b);
      return hits.map((index) =>
        lazyMatch(
          publications[index] as Publication,
          folded[index] as (typeof folded)[number],
          matchers,
          (total[index] ?? 0) / terms.length,
        ),
      );
    },
  };
}
