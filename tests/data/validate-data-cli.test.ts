// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileJsonSchema } from '../../scripts/lib/profile-json-schema';
import { buildProfile, buildPublication } from '../builders';

function validate(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function folderWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'validate-data-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('npm run validate-data', () => {
  it('passes on the bundled profiles', () => {
    const { code, out } = validate();
    expect(out).toMatch(/\d+ valid, 0 invalid/);
    expect(code).toBe(0);
  });

  it('prints each problem with its JSON path and fails', () => {
    const broken = buildProfile({
      publications: [
        buildPublication({ id: 'twin' }),
        buildPublication({ id: 'twin', links: [{ kind: 'pdf', url: 'ftp://example.org/a.pdf' }] }),
      ],
    });
    const dir = folderWith({
      'ada-researcher.json': JSON.stringify(broken),
      'good.json': JSON.stringify(buildProfile({ id: 'good' })),
    });
    const { code, out, err } = validate(dir);
    expect(code).toBe(1);
    expect(err).toMatch(/FAIL .*ada-researcher\.json: 2 problems/);
    expect(err).toMatch(/\$\.publications\[1\]\.links\[0\]\.url: must be an absolute http\(s\) URL/);
    expect(err).toMatch(/\$\.publications\[1\]\.id: duplicate id "twin"/);
    expect(out).toMatch(/ok +.*good\.json/);
    expect(out).toMatch(/1 valid, 1 invalid/);
  });

  it('reports broken JSON and a file name that does not match the id', () => {
    const dir = folderWith({
      'broken.json': '{"schemaVersion":',
      'wrong-name.json': JSON.stringify(buildProfile()),
    });
    const { code, err } = validate(dir);
    expect(code).toBe(1);
    expect(err).toMatch(/broken\.json: 1 problem\n\s+\$: is not valid JSON/);
    expect(err).toMatch(/\$\.id: is "ada-researcher", so the file must be named ada-researcher\.json/);
  });

  it('reports a file that cannot be read and goes on with the others', () => {
    const dir = folderWith({ 'good.json': JSON.stringify(buildProfile({ id: 'good' })) });
    mkdirSync(join(dir, 'bad.json'));
    const { code, out, err } = validate(dir);
    expect(code).toBe(1);
    expect(err).toMatch(/FAIL .*bad\.json: 1 problem\n\s+\$: cannot be read: EISDIR/);
    expect(err).not.toMatch(/\n\s+at /);
    expect(out).toMatch(/ok +.*good\.json/);
    expect(out).toMatch(/1 valid, 1 invalid/);
  });

  it('fails clearly on a missing path or an empty folder', () => {
    expect(validate('no/such/place')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/does not exist/),
    });
    expect(validate(folderWith({}))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/no profile files/),
    });
  });
});

describe('data/profile.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema`)', () => {
    const committed: unknown = JSON.parse(readFileSync('data/profile.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(profileJsonSchema())));
  });
});
