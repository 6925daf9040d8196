// @vitest-environment node
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import type { Profile, Publication } from '../../src/data/profile-schema';
import { createPublicationSearch } from '../../src/features/publications/search/search-publications';
import { precisionOf, recallOf, scoresOf, type Outcome, type Scores } from './quality-metrics';
import { expectedIds, loadProfiles, loadQueries } from './quality-set';
import recorded from './recorded-scores.json';

const profiles = loadProfiles();
const queries = loadQueries();

type Searcher = (query: string) => string[];

/** A publication's topics' labels in every language the profile has. */
const topicLabels = (profile: Profile) => (publication: Publication) =>
  publication.topics.flatMap((topic) =>
    Object.values(profile.topicLabels ?? {}).flatMap((labels) =>
      labels[topic] === undefined ? [] : [labels[topic]],
    ),
  );

/** The baseline: fuse.js over every searchable field, no location bias (as scripts/bench does, plus labels). */
function plainFuse(profile: Profile): Searcher {
  const fuse = new Fuse(profile.publications, {
    keys: [
      'title',
      'authors',
      'abstract',
      'venue',
      'topics',
      { name: 'topicLabels', getFn: topicLabels(profile) },
    ],
    ignoreLocation: true,
    threshold: 0.3,
  });
  return (query) => fuse.search(query).map(({ item }) => item.id);
}

function ownSearch(profile: Profile): Searcher {
  const search = createPublicationSearch(profile.publications, profile.topicLabels);
  return (query) => search.search(query).map(({ publication }) => publication.id);
}

function run(makeSearcher: (profile: Profile) => Searcher): Outcome[] {
  const searchers = new Map([...profiles].map(([id, profile]) => [id, makeSearcher(profile)]));
  return queries.map((labelled) => {
    const profile = profiles.get(labelled.profile) as Profile;
    return {
      kind: labelled.kind,
      query: labelled.query,
      expected: expectedIds(labelled.expect, profile.publications),
      first: labelled.first,
      exhaustive: labelled.exhaustive ?? false,
      found: (searchers.get(labelled.profile) as Searcher)(labelled.query),
    };
  });
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const row = (name: string, scores: Scores) =>
  `${name.padEnd(12)} recall ${percent(scores.recall)}  precision ${percent(scores.precision)}  top-1 ${percent(scores.top1)}`;

describe('the labelled quality set', () => {
  it('has at least 60 queries over both profiles, covering every kind the issue names', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((query) => query.profile))).toEqual(new Set(profiles.keys()));
    for (const kind of ['exact', 'prefix', 'accent', 'typo1', 'typo2', 'multi', 'coauthor', 'abstract'])
      expect(queries.some((query) => query.kind === kind)).toBe(true);
    for (const kind of ['topic', 'venue-year', 'none', 'precision'])
      expect(queries.some((query) => query.kind === kind)).toBe(true);
  });

  it('has at least 6 queries in the real profile’s French topic labels, typed with and without accents and with typos', () => {
    const french = queries.filter((query) => query.language === 'fr');
    expect(french.length).toBeGreaterThanOrEqual(6);
    expect(new Set(french.map((query) => query.profile))).toEqual(new Set(['razvan-pascanu']));
    for (const kind of ['topic', 'accent', 'typo1', 'typo2', 'none'])
      expect(french.some((query) => query.kind === kind)).toBe(true);
  });

  it('names only publications that exist, and every rule picks some', () => {
    for (const labelled of queries) {
      const profile = profiles.get(labelled.profile);
      expect(profile, labelled.profile).toBeDefined();
      const ids = new Set(profile?.publications.map((publication) => publication.id));
      const expected = expectedIds(labelled.expect, profile?.publications ?? []);
      for (const id of [...expected, ...(labelled.first ? [labelled.first] : [])])
        expect(ids.has(id), `${labelled.query}: ${id}`).toBe(true);
      if (labelled.kind !== 'none') expect(expected.length, labelled.query).toBeGreaterThan(0);
      else expect(expected).toEqual([]);
    }
  });
});

/** Changes when the queries, the profiles or fuse.js change: plain Fuse's recorded scores are then stale. */
function fingerprint(): string {
  const data = [queries, [...profiles.values()].map((profile) => profile.publications), Fuse.version];
  const text = JSON.stringify(data);
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return (hash >>> 0).toString(16);
}

describe('search quality', () => {
  const test = 'keeps recall, precision and top-1 at their recorded values and above plain Fuse';
  it(test, { timeout: 120_000 }, () => {
    const own = run(ownSearch);
    const ours = scoresOf(own);
    // Plain Fuse takes about 20 s over this set: its scores are recorded with the set's fingerprint,
    // and measured again whenever the queries, the data or fuse.js changed.
    const current = fingerprint();
    const fresh = current !== recorded.fingerprint;
    const fuse = fresh ? scoresOf(run(plainFuse)) : recorded.plainFuse;
    const imperfect = own
      .filter((outcome) => recallOf(outcome) < 1 || (outcome.exhaustive && precisionOf(outcome) < 1))
      .map(
        (outcome) =>
          `  ${outcome.kind} "${outcome.query}": recall ${percent(recallOf(outcome))}, ` +
          `precision ${percent(precisionOf(outcome))}`,
      );
    const update = { fingerprint: current, ours, plainFuse: fuse };
    console.info(
      [
        row('ours', ours),
        row(fresh ? 'plain Fuse' : 'plain Fuse (recorded)', fuse),
        row('recorded', recorded.ours),
        ...(imperfect.length > 0 ? ['imperfect:', ...imperfect] : []),
        ...(fresh ? ['The set changed; record in recorded-scores.json:', JSON.stringify(update)] : []),
      ].join('\n'),
    );

    for (const metric of ['recall', 'precision', 'top1'] as const) {
      expect(ours[metric], metric).toBeGreaterThanOrEqual(recorded.ours[metric] - 1e-9);
      expect(ours[metric], metric).toBeGreaterThanOrEqual(fuse[metric]);
    }
  });
});
