/** Bit flags naming the fields a word occurs in. */
export const FIELD = {
  title: 1,
  alternateTitles: 2,
  authors: 4,
  topics: 8,
  venue: 16,
  year: 32,
  abstract: 64,
} as const;

/** Bits of a posting that hold the field flags. */
export const FIELD_BITS = 7;

/**
 * How much a hit in each field costs (0 = best), in the order of the fields' bits in FIELD. Titles
 * and authors first, then the publication's topics (a visitor typing a topic's name or label means
 * papers tagged with it), then venue and year; any of them, even with a typo, ranks before a hit
 * found only in the abstract.
 */
const FIELD_PENALTIES = [
  0, // title
  0.05, // alternate titles
  0, // authors
  0.1, // topics
  0.2, // venue
  0.2, // year
  0.45, // abstract
];

/** The penalty of the best field among `fields` (flags), for every combination of flags. */
const PENALTY_BY_FIELDS = Float64Array.from({ length: 1 << FIELD_BITS }, (_, fields) =>
  Math.min(1, ...FIELD_PENALTIES.filter((_, bit) => fields & (1 << bit))),
);

/** Terms this short only match the start of a word: "ai" finds "AI", not "said". */
const PREFIX_ONLY_LENGTH = 2;

/**
 * Where `term` occurs in `word` at or after `from`, or -1: anywhere for longer terms, only at the
 * start for short ones. The one rule for exact hits, shared by the index, the stop-gap search and
 * highlighting.
 */
export function hitOffset(term: string, word: string, from = 0): number {
  if (term.length <= PREFIX_ONLY_LENGTH) return from === 0 && word.startsWith(term) ? 0 : -1;
  return word.indexOf(term, from);
}

/** Cost (0 best) of an exact hit of `term` at `offset` of `word`: whole word, then prefix, then inside. */
export function exactHitPenalty(term: string, word: string, offset: number): number {
  if (offset > 0) return 0.2;
  return word.length === term.length ? 0 : 0.1;
}

/**
 * The one scoring function: the cost of a term's hit of cost `hitPenalty` in the fields `fields`
 * (flags). A publication's score for a query is the mean, over the terms, of its best hit per term.
 */
export function hitScore(hitPenalty: number, fields: number): number {
  return 1 - (1 - hitPenalty) * (1 - (PENALTY_BY_FIELDS[fields & ((1 << FIELD_BITS) - 1)] as number));
}

/** The score of `term`'s exact hit in `word` found in `fields` (flags), or Infinity when it is not in it. */
export function exactScore(term: string, word: string, fields: number): number {
  const at = hitOffset(term, word);
  return at < 0 ? Infinity : hitScore(exactHitPenalty(term, word, at), fields);
}
