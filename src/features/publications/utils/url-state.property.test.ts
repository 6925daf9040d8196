import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import razvanPascanu from '../../../../data/profiles/razvan-pascanu.json';
import { hostileString } from '../../../../tests/hostile-text';
import { renderRuleIssues } from '../../../data/profile-rules';
import { topicSlug } from '../../../lib/topic-slug';
import { MAX_QUERY_LENGTH, readViewState, unknownTopicSlugs, writeViewState } from './url-state';
import type { ViewState } from './view-state';

/** Topic lists a profile may have: any names, as long as each has its own slug (see profile-rules.ts). */
const profileTopics = fc.oneof(
  fc.constant(razvanPascanu.topics),
  fc
    .uniqueArray(fc.oneof(hostileString, fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 8 })
    .map((topics) => topics.filter((topic) => topic.length < 200))
    .filter((topics) => renderRuleIssues({ topics, publications: [] }).length === 0),
);

/** What a visitor can choose: a query the box would keep (blank means no search), topics in profile order. */
function viewState(topics: readonly string[], query: fc.Arbitrary<string>): fc.Arbitrary<ViewState> {
  return fc.record({
    query: query.map((text) => (text.trim() === '' ? '' : text)),
    topics: fc.subarray([...topics]),
    mode: fc.constantFrom('any', 'all'),
    sort: fc.constantFrom('newest', 'oldest', 'title'),
    years: fc.option(
      fc
        .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1000, max: 9999 }))
        .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
    ),
  });
}

/** URLSearchParams, like a URL, holds no lone surrogate: it writes U+FFFD in its place. */
const wellFormed = (text: string) =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const anyQuery = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: MAX_QUERY_LENGTH }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    hostileString,
  )
  .map((text) => {
    const capped = wellFormed(text).slice(0, MAX_QUERY_LENGTH);
    // The reader's cap: never half of a surrogate pair.
    return /[\ud800-\udbff]$/.test(capped) ? capped.slice(0, -1) : capped;
  });
/** What a visitor types, through the address bar and back. */
const typedQuery = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'a é😀&=+%#?,/ ش\u0301'), maxLength: MAX_QUERY_LENGTH / 2 }),
);

const withOtherParams = new URLSearchParams('profile=ada-researcher&lang=fr');

describe('the view state in the URL (property)', () => {
  it('reads back any state it wrote', () => {
    fc.assert(
      fc.property(
        profileTopics.chain((topics) => fc.tuple(fc.constant(topics), viewState(topics, anyQuery))),
        ([topics, state]) => {
          expect(readViewState(writeViewState(new URLSearchParams(), state), topics)).toEqual(state);
        },
      ),
      { seed: 1111, numRuns: 1_500 },
    );
  });

  it('reads back any state it wrote through the address bar, keeping the other parameters', () => {
    fc.assert(
      fc.property(
        profileTopics.chain((topics) => fc.tuple(fc.constant(topics), viewState(topics, typedQuery))),
        ([topics, state]) => {
          const url = writeViewState(withOtherParams, state).toString();
          const params = new URLSearchParams(url);
          expect(readViewState(params, topics)).toEqual(state);
          expect(params.get('profile')).toBe('ada-researcher');
          expect(params.get('lang')).toBe('fr');
          expect(unknownTopicSlugs(params, topics)).toEqual([]);
        },
      ),
      { seed: 1112, numRuns: 1_000 },
    );
  });

  it('turns any query string into a valid state, and says which topics it ignored', () => {
    const key = fc.constantFrom(
      'q',
      'topics',
      'mode',
      'sort',
      'year',
      '__proto__',
      'constructor',
      'toString',
    );
    const value = fc.oneof(
      hostileString,
      fc.constantFrom(
        '__proto__',
        'constructor',
        'all',
        'title',
        '2019-2024',
        '0000',
        '99999',
        'deep-learning',
      ),
      fc.string({ unit: fc.constantFrom(...'%E0A4zz,-&=+ 1'), maxLength: 20 }),
    );
    const rawQuery = fc.oneof(
      fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs)),
      fc.string({ unit: 'binary', maxLength: 300 }).map((text) => new URLSearchParams(text)),
    );
    fc.assert(
      fc.property(profileTopics, rawQuery, (topics, params) => {
        const state = readViewState(params, topics);
        // The query is the start of q: its first MAX_QUERY_LENGTH code units, less half a pair.
        const head = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
        expect(state.query).toBe(/[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head);
        expect(state.topics).toEqual(topics.filter((topic) => state.topics.includes(topic)));
        expect(['any', 'all']).toContain(state.mode);
        expect(['newest', 'oldest', 'title']).toContain(state.sort);
        if (state.years) expect(state.years.from).toBeLessThanOrEqual(state.years.to);
        const known = new Set(topics.map(topicSlug));
        for (const slug of unknownTopicSlugs(params, topics))
          expect(known.has(slug.toLowerCase())).toBe(false);
        // What it read, it writes back as it read it.
        expect(readViewState(writeViewState(params, state), topics)).toEqual(state);
      }),
      { seed: 1113, numRuns: 1_500 },
    );
  });
});
