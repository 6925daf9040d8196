import type { Publication } from '../../../data/profile-schema';
import { matchesTopics } from './filter-by-topics';
import type { ViewState } from './view-state';

/** A small change to the filters that shows something again, with what it would show. */
export type WayOut =
  | { kind: 'remove-topic'; topic: string; count: number }
  | { kind: 'match-any'; count: number }
  | { kind: 'drop-topics'; count: number }
  | { kind: 'drop-query'; count: number }
  | { kind: 'drop-years'; count: number };

const MAX_WAYS_OUT = 2;

/**
 * When nothing matches, the ways out that keep the most of what the visitor chose, best first: one
 * topic fewer (the rest still all required), the same topics matched loosely, then the search
 * alone, then the topics alone. `found` are the publications matching the search (all of them
 * without a search).
 */
export function findWaysOut(
  found: readonly Publication[],
  all: readonly Publication[],
  state: Pick<ViewState, 'topics' | 'mode'>,
  searching: boolean,
): WayOut[] {
  const { topics, mode } = state;
  const count = (publications: readonly Publication[], selected: readonly string[], how = mode) =>
    publications.filter((publication) => matchesTopics(publication, selected, how)).length;
  const ways: WayOut[] = [];

  if (mode === 'all' && topics.length > 1) {
    let best: WayOut | undefined;
    for (const topic of topics) {
      const shown = count(
        found,
        topics.filter((selected) => selected !== topic),
      );
      // Ties go to the topic listed last.
      if (shown > 0 && shown >= (best?.count ?? 0)) best = { kind: 'remove-topic', topic, count: shown };
    }
    if (best) ways.push(best);
    const any = count(found, topics, 'any');
    if (any > 0) ways.push({ kind: 'match-any', count: any });
  }
  if (topics.length > 0 && searching) {
    if (found.length > 0) ways.push({ kind: 'drop-topics', count: found.length });
    const withTopics = count(all, topics);
    if (withTopics > 0) ways.push({ kind: 'drop-query', count: withTopics });
  }
  return ways.slice(0, MAX_WAYS_OUT);
}
