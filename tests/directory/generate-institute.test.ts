// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/data/profile-schema';
import { buildDirectory } from '../../scripts/lib/directory/build-directory';
import { generateInstitute } from '../../scripts/bench/generate-institute';
import { limitFailures, measureDist } from '../../scripts/bench/institute-build';

describe('generateInstitute', () => {
  it('writes valid members whose publications merge into exactly the unique works, many shared by 2–5', () => {
    const profiles = generateInstitute({ members: 30, publications: 400 });
    expect(profiles).toHaveLength(30);
    for (const profile of profiles) {
      const result = parseProfile(profile);
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(profile.publications.length).toBeGreaterThan(0);
    }
    expect(new Set(profiles.map((profile) => profile.id)).size).toBe(30);

    const { institute } = buildDirectory(profiles, { institute: null });
    expect(institute.profile.publications).toHaveLength(400);
    const sharing = Object.values(institute.publicationMembers).map((members) => members.length);
    expect(Math.max(...sharing)).toBeLessThanOrEqual(5);
    expect(sharing.filter((count) => count >= 2).length).toBeGreaterThan(400 * 0.3);
  });
});

describe('institute build report', () => {
  it('finds the largest HTML and JSON files in nested folders, and names what breaks a limit', () => {
    const dist = mkdtempSync(join(tmpdir(), 'institute-dist-'));
    mkdirSync(join(dist, 'fr', 'ada'), { recursive: true });
    mkdirSync(join(dist, 'profiles'));
    writeFileSync(join(dist, 'index.html'), 'x'.repeat(10));
    writeFileSync(join(dist, 'fr', 'ada', 'index.html'), 'x'.repeat(600_000));
    writeFileSync(join(dist, 'profiles', 'institute.json'), 'x'.repeat(2_000));
    const report = measureDist(dist);
    expect(report.htmlPages).toBe(2);
    expect(report.largestHtml[0]).toEqual({ path: join('fr', 'ada', 'index.html'), bytes: 600_000 });
    expect(report.largestJson[0]!.path).toBe(join('profiles', 'institute.json'));
    expect(limitFailures(10_000, report)).toEqual([
      `${join('fr', 'ada', 'index.html')} is 600 kB (limit 500 kB)`,
    ]);
    expect(limitFailures(200_000, { ...report, largestHtml: [] })).toEqual([
      'the build took 200.0 s (limit 180 s)',
    ]);
  });
});
