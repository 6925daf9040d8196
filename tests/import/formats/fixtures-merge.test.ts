// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeWorks } from '../../../scripts/lib/import/formats/merge-works';
import { detectFormat } from '../../../scripts/lib/import/formats/detect-format';
import type { ParsedSource } from '../../../scripts/lib/import/formats/imported-work';
import { parseSource } from '../../../scripts/lib/import/formats/parse-source';
import { parseProfile, type Profile, type Publication } from '../../../src/data/profile-schema';

const CURATED = 'data/profiles/razvan-pascanu.json';
const FIXTURES = 'tests/fixtures/import-formats';
// The fixtures' two invented papers; every other entry is one of the profile's ten, or not the owner's.
const NEW_TITLES = [
  'Tidal Replay: Scheduling Rehearsal by Forgetting Curves in Continual Learners',
  'A Benchmark Suite for Plasticity Loss under Non-Stationary Rewards',
];

function curatedProfile(): Profile {
  const result = parseProfile(JSON.parse(readFileSync(CURATED, 'utf8')));
  if (!result.ok) throw new Error(`${CURATED} is invalid`);
  return result.profile;
}

/** Lists may grow at the end and identifiers may be added; every other curated value stays. */
function curatedValuesKept(before: Publication, after: Record<string, unknown>): string[] {
  const changed: string[] = [];
  for (const [key, value] of Object.entries(before)) {
    const now = after[key];
    if (Array.isArray(value)) {
      if (JSON.stringify((now as unknown[]).slice(0, value.length)) !== JSON.stringify(value))
        changed.push(key);
    } else if (key === 'identifiers') {
      for (const [name, id] of Object.entries(value as object))
        if ((now as Record<string, unknown>)[name] !== id) changed.push(`identifiers.${name}`);
    } else if (value !== null && JSON.stringify(now) !== JSON.stringify(value)) changed.push(key);
  }
  return changed;
}

const FIXTURE_FILES = [
  'razvan-pascanu.bib',
  'razvan-pascanu.csl.json',
  'razvan-pascanu.orcid-works.json',
  'razvan-pascanu.dblp.xml',
];
const sources = await Promise.all(
  FIXTURE_FILES.map(async (fixture): Promise<[string, ParsedSource]> => {
    const text = readFileSync(`${FIXTURES}/${fixture}`, 'utf8');
    const format = detectFormat(text);
    if (format === 'directory-page') throw new Error(`${fixture} reads as a directory page`);
    return [fixture, await parseSource(text, format)];
  }),
);

describe.each(sources)('merging %s into the curated profile', (_fixture, source) => {
  const curated = curatedProfile();
  const { profile, report } = mergeWorks(curated, source);

  it('adds exactly the two new papers, each flagged for topics', () => {
    expect(report.added.map((line) => line.title).sort()).toEqual([...NEW_TITLES].sort());
    expect(report.added.every((line) => line.detail?.includes('needs topics'))).toBe(true);
    const known = new Set(curated.publications.map((publication) => publication.id));
    expect(
      profile.publications
        .filter((publication) => !known.has(publication.id))
        .map((p) => p.title)
        .sort(),
    ).toEqual([...NEW_TITLES].sort());
  });

  it('meets each of the ten curated papers and changes none of their curated values', () => {
    const met = new Set([...report.updated, ...report.unchanged].map((line) => line.title));
    expect([...met].sort()).toEqual(curated.publications.map((publication) => publication.title).sort());
    for (const publication of curated.publications) {
      const after = profile.publications.find((candidate) => candidate.id === publication.id)!;
      expect({ id: publication.id, changed: curatedValuesKept(publication, after) }).toEqual({
        id: publication.id,
        changed: [],
      });
    }
    const { publications: _before, ...curatedRest } = curated;
    const { publications: _after, ...mergedRest } = profile;
    expect(mergedRest).toEqual({ ...curatedRest, $schema: '../profile.schema.json' });
  });

  it('gives a profile that passes the schema', () => {
    const result = parseProfile(profile);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
