import type { Publication } from '../../../data/profile-schema';
import { preferNamedAuthors } from './name-phrase';
import { unmatched } from './publication-match';
import { queryTerms } from './query-terms';
import { runInSlices } from './run-in-slices';
import { exactHitPenalty, FIELD, FIELD_BITS, hitScore } from './ranking';
import { fold, forgetRememberedTexts, searchableTextsOnce } from './searchable-texts';
import {
  addSpellingKey,
  emptySpellingKeys,
  SPELLING_VARIANT_PENALTY,
  spellingKey,
  type SpellingKeys,
} from './spelling';
import { typoHitPenalty, typoMatches } from './typo-matches';
import type { PublicationSearch, TermMatch, TopicLabels } from './types';
import { VocabularyBuilder, type Vocabulary } from './vocabulary';
import { addToLookup, emptyWordLookup, forEachExactHit, type WordLookup } from './word-lookup';

/** Publications folded and added to the index between two pauses of a sliced build. */
const PUBLICATIONS_PER_SLICE = 16;
/** Words indexed between two pauses. */
const WORDS_PER_SLICE = 1024;

/**
 * Builds the search index once; each query then looks its terms up in the corpus vocabulary (its
 * distinct words), never in the texts: whole words, prefixes and in-word hits, other spellings of
 * the word, then, only for a term found in no spelling, typo-tolerant matching of the vocabulary
 * with fuse.js (see typo-matches.ts). A topic is found by its name and by its labels in every
 * language of `topicLabels`.
 */
export function createPublicationSearch(
  publications: readonly Publication[],
  topicLabels?: TopicLabels,
): PublicationSearch {
  const steps = buildPublicationSearch(publications, topicLabels);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `createPublicationSearch` without holding the page's thread for more than a few ms at a time. */
export function createPublicationSearchInSlices(
  publications: readonly Publication[],
  topicLabels?: TopicLabels,
): Promise<PublicationSearch> {
  return runInSlices(buildPublicationSearch(publications, topicLabels));
}

/**
 * The same build a slice at a time: it pauses (yields) every few publications or thousand words,
 * so a caller can let the page handle input in between (see run-in-slices.ts).
 */
export function* buildPublicationSearch(
  publications: readonly Publication[],
  topicLabels?: TopicLabels,
): Generator<void, PublicationSearch, void> {
  const builder = new VocabularyBuilder();
  const labelsOf = foldedLabels(topicLabels);
  // Author names stay at hand (they are short) to tell a name typed in full from words spread apart.
  const foldedAuthors: string[][] = [];
  for (const [index, publication] of publications.entries()) {
    const authors: string[] = [];
    for (const [text, field] of searchableTextsOnce(publication)) {
      builder.add(text, index, field);
      if (field === FIELD.authors) authors.push(text);
    }
    for (const topic of publication.topics)
      for (const label of labelsOf(topic)) builder.add(label, index, FIELD.topics);
    foldedAuthors.push(authors);
    if (index % PUBLICATIONS_PER_SLICE === PUBLICATIONS_PER_SLICE - 1) yield;
  }
  const { words, postings: lists } = builder.collected();
  const firstPosting = new Int32Array(words.length + 1);
  lists.forEach((list, id) => (firstPosting[id + 1] = (firstPosting[id] as number) + list.length));
  yield;
  const vocabulary: Vocabulary = {
    words,
    postings: new Int32Array(firstPosting[words.length] as number),
    firstPosting,
  };
  const lookup = emptyWordLookup();
  const spellingKeys = emptySpellingKeys();
  for (const [id, word] of words.entries()) {
    vocabulary.postings.set(lists[id] as number[], firstPosting[id]);
    addToLookup(lookup, id, word);
    addSpellingKey(spellingKeys, id, word);
    if (id % WORDS_PER_SLICE === WORDS_PER_SLICE - 1) yield;
  }
  const keys = () => spellingKeys;
  forgetRememberedTexts();

  return {
    search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return publications.map(unmatched);
      const total = new Float64Array(publications.length);
      const matchedByTerm = new Map<string, TermMatch>();
      const authorHits: Uint8Array[] = [];
      // Longest (most selective) terms first, to stop early when nothing can match.
      for (const term of [...terms].sort((a, b) => b.length - a.length)) {
        const { scores, fuzzyWords, inAuthors } = scoreTerm(
          vocabulary,
          lookup,
          keys,
          publications.length,
          term,
        );
        matchedByTerm.set(term, { term, fuzzyWords });
        authorHits.push(inAuthors);
        let alive = 0;
        // A publication missing one term gets Infinity, and stays out.
        scores.forEach((score, index) => {
          const sum = (total[index] = (total[index] as number) + score);
          if (sum !== Infinity) alive += 1;
        });
        if (alive === 0) return [];
      }
      const matched = terms.map((term) => matchedByTerm.get(term) as TermMatch);
      const all: number[] = [];
      total.forEach((sum, index) => {
        if (sum !== Infinity) all.push(index);
      });
      // Only hits with every term in an author name can carry the query as one author's name.
      const hits = preferNamedAuthors(all, matched, (index) =>
        authorHits.every((inAuthors) => inAuthors[index]) ? (foldedAuthors[index] as string[]) : [],
      );
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

/**
 * A topic's labels in every language of `labels`, folded once per build. Here, not with the texts
 * the stop-gap search folds: the page's first chunks stay as they were (docs/decisions/003).
 */
function foldedLabels(labels: TopicLabels | undefined): (topic: string) => readonly string[] {
  const byTopic = new Map<string, string[]>();
  return (topic) => {
    let folded = byTopic.get(topic);
    if (!folded) {
      folded = [];
      // Not a string: no label in that language (or the name of an Object.prototype member).
      for (const inLanguage of Object.values(labels ?? {}))
        if (typeof inLanguage?.[topic] === 'string') folded.push(fold(inLanguage[topic]));
      byTopic.set(topic, folded);
    }
    return folded;
  };
}

const FIELD_MASK = (1 << FIELD_BITS) - 1;

/**
 * Each publication's best score for one term (Infinity: no hit), and the words it matched other
 * than as written. A term that starts no word is tried as another spelling of the same word, then,
 * if that finds nothing either, with typos.
 */
function scoreTerm(
  vocabulary: Vocabulary,
  lookup: WordLookup,
  spellingKeys: () => SpellingKeys,
  size: number,
  term: string,
): { scores: Float64Array; fuzzyWords: string[]; inAuthors: Uint8Array } {
  const scores = new Float64Array(size).fill(Infinity);
  const inAuthors = new Uint8Array(size);
  const { postings, firstPosting } = vocabulary;
  const apply = (id: number, penalty: number) => {
    for (let at = firstPosting[id] as number; at < (firstPosting[id + 1] as number); at++) {
      const posting = postings[at] as number;
      const index = posting >> FIELD_BITS;
      const score = hitScore(penalty, posting & FIELD_MASK);
      if (score < (scores[index] as number)) scores[index] = score;
      if (posting & FIELD.authors) inAuthors[index] = 1;
    }
  };
  const exact = new Uint8Array(vocabulary.words.length);
  let startsAWord = false;
  forEachExactHit(vocabulary.words, lookup, term, (index, at) => {
    exact[index] = 1;
    if (at === 0) startsAWord = true;
    apply(index, exactHitPenalty(term, vocabulary.words[index] as string, at));
  });
  const fuzzyWords: string[] = [];
  // Other spellings of the whole word, or, for a term that starts no word, of a word it starts.
  const key = spellingKey(term);
  const { byKey, keys } = spellingKeys();
  const variants: number[] = [];
  if (startsAWord) variants.push(...(byKey.get(key) ?? []));
  else keys.forEach((wordKey, index) => wordKey.startsWith(key) && variants.push(index));
  for (const index of variants) {
    if (exact[index]) continue;
    exact[index] = 1;
    fuzzyWords.push(vocabulary.words[index] as string);
    apply(index, SPELLING_VARIANT_PENALTY);
  }
  // Typos only for a term found in no spelling: "adam" must not find "adaptive" beside Adam itself.
  if (!startsAWord && fuzzyWords.length === 0)
    for (const { index, score } of typoMatches(term, vocabulary.words, exact)) {
      fuzzyWords.push(vocabulary.words[index] as string);
      apply(index, typoHitPenalty(score));
    }
  return { scores, fuzzyWords, inAuthors };
}
