import type { Publication } from '../../../data/profile-schema';
import { FIELD_PENALTY_BY_FLAGS, foldedFields, foldPublication } from './folded-publication';
import { lazyMatch, unmatched } from './publication-match';
import { queryTerms } from './query-terms';
import { exactPenalty, type TermMatcher } from './term-matcher';
import { typoMatches } from './typo-matches';
import { FIELD_BITS, VocabularyBuilder } from './vocabulary';

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
const FIELD_MASK = (1 << FIELD_BITS) - 1;
/**
 * Builds the search index once; each query then scans the corpus vocabulary (its distinct words),
 * never the texts: exact and in-word hits first, then, only for a term with (almost) no exact hit,
 * typo-tolerant matching of the vocabulary with fuse.js (see typo-matches.ts).
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
    const apply = (postings: Int32Array | undefined, quality: number) => {
      for (const posting of postings ?? []) {
        const index = posting >> FIELD_BITS;
        const score = 1 - (1 - quality) * (1 - (FIELD_PENALTY_BY_FLAGS[posting & FIELD_MASK] as number));
        const best = scores[index] as number;
        if (best === Infinity) hits += 1;
        if (score < best) scores[index] = score;
      }
    };
    const exact = new Uint8Array(vocabulary.words.length);
    vocabulary.words.forEach((word, index) => {
      const penalty = exactPenalty(term, word);
      if (penalty === undefined) return;
      exact[index] = 1;
      apply(vocabulary.postings[index], penalty);
    });
    const fuzzyWords = new Set<string>();
    if (hits < FEW_EXACT_HITS) {
      for (const { index, score } of typoMatches(term, vocabulary.words, exact)) {
        fuzzyWords.add(vocabulary.words[index] as string);
        apply(vocabulary.postings[index], 0.25 + 0.5 * score);
      }
    }
    return { scores, matcher: { term, fuzzyWords } };
  }

  return {
    search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return publications.map(unmatched);
      const total = new Float64Array(publications.length);
      const matchers: TermMatcher[] = [];
      // Longest (most selective) terms first, to stop early when nothing can match.
      for (const term of [...terms].sort((a, b) => b.length - a.length)) {
        const { scores, matcher } = scoreTerm(term);
        matchers.push(matcher);
        let alive = 0;
        // A publication missing one term gets Infinity, and stays out.
        scores.forEach((score, index) => {
          const sum = (total[index] = (total[index] as number) + score);
          if (sum !== Infinity) alive += 1;
        });
        if (alive === 0) return [];
      }
      const hits: number[] = [];
      total.forEach((sum, index) => {
        if (sum !== Infinity) hits.push(index);
      });
      // A stable sort: equally good hits keep the publications' order.
      hits.sort((a, b) => (total[a] as number) - (total[b] as number));
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
