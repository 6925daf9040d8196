// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReservedSlug, RESERVED_SLUGS } from '../../src/data/reserved-slugs';
import { buildProfile } from '../builders';

function validate(dir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', dir], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function folderWith(slugs: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'reserved-slugs-'));
  for (const slug of slugs)
    writeFileSync(join(dir, `${slug}.json`), JSON.stringify(buildProfile({ id: slug })));
  return dir;
}

describe('reserved slugs', () => {
  it('reserves the pages and files the build writes beside the profiles', () => {
    for (const slug of [
      'people',
      'publications',
      'fr',
      'assets',
      'profiles',
      'embed',
      'members',
      'institute',
    ])
      expect(isReservedSlug(slug)).toBe(true);
    expect(isReservedSlug('razvan-pascanu')).toBe(false);
    expect(isReservedSlug('people-2')).toBe(false);
  });

  it('validate-data refuses a profile named after one, says why, and keeps the others', () => {
    const { code, out, err } = validate(folderWith(['people', 'publications', 'ada-researcher']));
    expect(code).toBe(1);
    expect(err).toMatch(/FAIL .*people\.json: 1 problem\n\s+\$\.id: "people" is reserved/);
    expect(err).toMatch(/FAIL .*publications\.json: 1 problem\n\s+\$\.id: "publications" is reserved/);
    expect(err).toContain(RESERVED_SLUGS.join(', '));
    expect(out).toMatch(/ok +.*ada-researcher\.json/);
    expect(out).toMatch(/1 valid, 2 invalid/);
  });
});
