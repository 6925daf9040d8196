/** One labelled query, resolved to ids, with what a search returned (ids, best first). */
export interface Outcome {
  kind: string;
  query: string;
  expected: readonly string[];
  first?: string;
  exhaustive: boolean;
  found: readonly string[];
}

export interface Scores {
  /** Mean share of the expected publications found, over queries that expect some. */
  recall: number;
  /** Mean share of the found publications that were expected, over exhaustively labelled queries. */
  precision: number;
  /** Share of queries with a clear best publication that rank it first. */
  top1: number;
}

const mean = (values: number[]) =>
  values.length === 0 ? 1 : values.reduce((sum, value) => sum + value, 0) / values.length;

export function recallOf({ expected, found }: Outcome): number {
  const hits = new Set(found);
  return expected.filter((id) => hits.has(id)).length / expected.length;
}

export function precisionOf({ expected, found }: Outcome): number {
  if (found.length === 0) return 1;
  const wanted = new Set(expected);
  return found.filter((id) => wanted.has(id)).length / found.length;
}

export function scoresOf(outcomes: readonly Outcome[]): Scores {
  return {
    recall: mean(outcomes.filter((outcome) => outcome.expected.length > 0).map(recallOf)),
    precision: mean(outcomes.filter((outcome) => outcome.exhaustive).map(precisionOf)),
    top1: mean(
      outcomes
        .filter((outcome) => outcome.first !== undefined)
        .map((outcome) => (outcome.found[0] === outcome.first ? 1 : 0)),
    ),
  };
}
