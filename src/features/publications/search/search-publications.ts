import type { Publication } from '../../../data/profile-schema';
import { unmatched } from './publication-match';
import { queryTerms } from './query-terms';
import { exactHitPenalty, FIELD_BITS, hitOffset, hitScore, typoHitPenalty } from './ranking';
import { searchableTextsOnce } from './searchable-texts';
import { typoMatches } from './typo-matches';
import type { PublicationSearch, TermMatch } from './types';
import { VocabularyBuilder, type Vocabulary } from './vocabulary';

/**
 * Builds the search index once; each query then scans the corpus vocabulary (its distinct words),
 * never the texts: whole words, prefixes and in-word hits first, then, only for a term that starts
 * no word of the corpus, typo-tolerant matching of the vocabulary with fuse.js (see typo-matches.ts).
 */
export function createPublicationSearch(publications: readonly Publication[]): PublicationSearch {
  const builder = new VocabularyBuilder();
  publications.forEach((publication, index) => {
    for (const [text, field] of searchableTextsOnce(publication)) builder.add(text, index, field);
  });
  const vocabulary = builder.build();

  return {
    search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return publications.map(unmatched);
      const total = new Float64Array(publications.length);
      const matched: TermMatch[] = [];
      // Longest (most selective) terms first, to stop early when nothing can match.
      for (const term of [...terms].sort((a, b) => b.length - a.length)) {
        const { scores, fuzzyWords } = scoreTerm(vocabulary, publications.length, term);
        matched.push({ term, fuzzyWords });
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
      return hits.map((index) => ({
        publication: publications[index] as Publication,
        score: (total[index] as number) / terms.length,
        terms: matched,
      }));
    },
  };
}

const FIELD_MASK = (1 << FIELD_BITS) - 1;

/** Each publication's best score for one term (Infinity: no hit), and the words it matched with typos. */
function scoreTerm(
  vocabulary: Vocabulary,
  size: number,
  term: string,
): { scores: Float64Array; fuzzyWords: string[] } {
  const scores = new Float64Array(size).fill(Infinity);
  const apply = (postings: Int32Array | undefined, penalty: number) => {
    for (const posting of postings ?? []) {
      const index = posting >> FIELD_BITS;
      const score = hitScore(penalty, posting & FIELD_MASK);
      if (score < (scores[index] as number)) scores[index] = score;
    }
  };
  const exact = new Uint8Array(vocabulary.words.length);
  let startsAWord = false;
  vocabulary.words.forEach((word, index) => {
    const at = hitOffset(term, word);
    if (at < 0) return;
    exact[index] = 1;
    if (at === 0) startsAWord = true;
    apply(vocabulary.postings[index], exactHitPenalty(term, word, at));
  });
  const fuzzyWords: string[] = [];
  // Typos only for a term that starts no word: "adam" must not find "adaptive" beside Adam itself.
  if (!startsAWord)
    for (const { index, score } of typoMatches(term, vocabulary.words, exact)) {
      fuzzyWords.push(vocabulary.words[index] as string);
      apply(vocabulary.postings[index], typoHitPenalty(score));
    }
  return { scores, fuzzyWords };
}
