// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildPublication, OWNER } from '../builders';
import { buildPage } from './build-page';

const SEED = 'data/sources/razvan-pascanu.txt';
const CURATED = 'data/profiles/razvan-pascanu.json';

function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-profile.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function folderWith(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(join(tmpdir(), 'import-profile-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

// Each test starts Node with tsx several times: seconds apiece on a busy machine.
describe('npm run import', { timeout: 30_000 }, () => {
  it('prints usage for --help and rejects unknown flags and missing pages', () => {
    const help = runImport('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: npm run import -- <page\.txt>/);
    expect(help.out).toMatch(/"year": null/);

    const unknown = runImport(SEED, '--outt', 'x.json');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^import: unknown option --outt/);

    expect(runImport().code).toBe(2);
    expect(runImport(SEED, '--out').err).toMatch(/--out needs a file name/);
  });

  it('prints a draft profile of the seed with line-numbered warnings', () => {
    const { code, out, err } = runImport(SEED);
    expect(code).toBe(0);
    const draft = JSON.parse(out);
    expect(out).toBe(`${JSON.stringify(draft, null, 2)}\n`);
    expect(draft).toMatchObject({
      $schema: '../profile.schema.json',
      schemaVersion: 1,
      id: 'razvan-pascanu',
    });
    expect(draft.publications).toHaveLength(10);
    expect(draft.publications[0]).toMatchObject({ year: null, venue: null, kind: 'other' });
    expect(err).toContain(`${SEED}:66: warning: repaired "Matko Bovsnjak" → "Matko Bošnjak"`);
    expect(err).toContain(`${SEED}:79: note: "Normalization and effective learning rates`);
    expect(err).toContain(`${SEED}:24: warning: 10 publication(s) need a year: run with --merge`);
  });

  it('writes --out instead of printing', () => {
    const dir = folderWith({});
    const out = join(dir, 'draft.json');
    const result = runImport(SEED, `--out=${out}`);
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).name).toBe('Razvan Pascanu');
  });

  it('gives back the curated profile when merging the seed into it', () => {
    const out = join(folderWith({}), 'razvan-pascanu.json');
    const { code, err } = runImport(SEED, '--merge', CURATED, '--out', out);
    expect(code).toBe(0);
    expect(err).not.toMatch(/error/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(CURATED, 'utf8'));
  });

  it('with --dry-run, prints what merging the seed page would do and writes nothing', () => {
    const out = join(folderWith({}), 'razvan-pascanu.json');
    const { code, out: printed } = runImport(SEED, '--merge', CURATED, '--out', out, '--dry-run');
    expect(code).toBe(0);
    expect(printed).toContain(
      `${SEED}: directory page, 10 entries: 0 added, 0 updated, 10 unchanged, 0 conflicts, 0 skipped`,
    );
    expect(printed).toContain(
      `${SEED}:31: "Normalization and effective learning rates in reinforcement learning"`,
    );
    expect(printed).toMatch(/--dry-run: nothing written\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('merges a page with more co-authors than the curated list, keeping the owner and warning', () => {
    const curated = buildProfile({
      publications: [
        buildPublication({
          id: 'a-study-of-things',
          title: 'A study of things',
          authors: ['Jane Coauthor', OWNER],
        }),
      ],
    });
    const dir = folderWith({
      'page.txt': buildPage({
        name: OWNER,
        publications: ['A study of things', 'Jane Coauthor', 'Bob Second'],
      }),
      'curated.json': JSON.stringify(curated),
    });
    const { code, out, err } = runImport(join(dir, 'page.txt'), '--merge', join(dir, 'curated.json'));
    expect(err).toContain(
      `${join(dir, 'page.txt')}:13: warning: added coauthor "Bob Second" from the page: check its position`,
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).publications[0].authors).toEqual(['Jane Coauthor', 'Bob Second', OWNER]);
  });

  it('refuses to write a merged profile that fails the schema, naming the JSON paths', () => {
    const curated = buildProfile({
      publications: [buildPublication({ id: 'a-study-of-things', title: 'A study of things' })],
    });
    const dir = folderWith({
      'page.txt': buildPage({
        name: OWNER,
        publications: ['A study of things', 'A new paper', 'Jane Coauthor'],
      }),
      'curated.json': JSON.stringify(curated),
    });
    const out = join(dir, 'merged.json');
    const { code, err } = runImport(
      join(dir, 'page.txt'),
      '--merge',
      join(dir, 'curated.json'),
      '--out',
      out,
    );
    expect(code).toBe(1);
    expect(err).toMatch(/the merged profile is invalid, nothing written/);
    expect(err).toMatch(/\$\.publications\[1\]\.year: /);
    expect(existsSync(out)).toBe(false);
  });

  it('fails on a curated file that is not a valid profile', () => {
    const dir = folderWith({ 'page.txt': buildPage(), 'bad.json': '{ "schemaVersion": 1 ' });
    const result = runImport(join(dir, 'page.txt'), '--merge', join(dir, 'bad.json'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cannot read .*bad\.json/);
  });

  it('fails on unreadable pages with the file and line', () => {
    const dir = folderWith({
      'empty.txt': '',
      'no-publications.txt': buildPage({ publications: null }),
      'binary.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]),
    });
    const empty = runImport(join(dir, 'empty.txt'));
    expect(empty.code).toBe(1);
    expect(empty.err).toBe(`${join(dir, 'empty.txt')}:1: error: the file is empty\n`);
    expect(empty.out).toBe('');

    const noPublications = runImport(join(dir, 'no-publications.txt'));
    expect(noPublications.code).toBe(1);
    expect(noPublications.err).toMatch(
      /no-publications\.txt:9: error: the file ends without a "Publications" heading/,
    );

    expect(runImport(join(dir, 'binary.png')).err).toMatch(/binary\.png:1: error: this is not a text page/);
    expect(runImport(join(dir, 'missing.txt')).err).toMatch(/^import: error: ENOENT.*missing\.txt/);
    const unwritable = runImport(SEED, '--out', join(dir, 'no-such-folder', 'x.json'));
    expect(unwritable.code).toBe(1);
    expect(unwritable.err).toMatch(/import: error: ENOENT.*no-such-folder/);
  });
});
