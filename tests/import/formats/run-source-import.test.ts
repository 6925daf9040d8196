// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  runSourceImport,
  type SourceImportOptions,
} from '../../../scripts/lib/import/formats/run-source-import';
import { runImport } from '../../../scripts/lib/import/run-import';
import { validateProfileText } from '../../../scripts/lib/validate-profile-text';
import { buildProfile } from '../../builders';

const CURATED = 'data/profiles/razvan-pascanu.json';
const FIXTURES = 'tests/fixtures/import-formats';
const FORMATS = [
  'razvan-pascanu.bib',
  'razvan-pascanu.csl.json',
  'razvan-pascanu.orcid-works.json',
  'razvan-pascanu.dblp.xml',
];

async function run(options: SourceImportOptions) {
  let out = '';
  let err = '';
  const code = await runSourceImport(options, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
  });
  return { code, out, err };
}

function folder(files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'import-formats-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe.each(FORMATS)('npm run import -- %s', (fixture) => {
  const file = `${FIXTURES}/${fixture}`;

  it('--dry-run prints the report on stdout and writes nothing', async () => {
    const dir = folder();
    const out = join(dir, 'razvan-pascanu.json');
    const result = await run({ file, merge: CURATED, out, dryRun: true });
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}: .*, \\d+ entries: 2 added, `));
    expect(result.out).toMatch(/--dry-run: nothing written\n$/);
    expect(result.err).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--merge --out writes a profile that passes validate-data, the report on stderr', async () => {
    const out = join(folder(), 'razvan-pascanu.json');
    const result = await run({ file, merge: CURATED, out });
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^added \(2\):$/m);
    expect(validateProfileText(readFileSync(out, 'utf8'), out)).toEqual([]);
    expect(JSON.parse(readFileSync(out, 'utf8')).publications).toHaveLength(12);
  });
});

describe('npm run import -- <source> without --merge', async () => {
  it('needs to be told whose works a BibTeX file holds, and suggests the most frequent author', async () => {
    const result = await run({ file: `${FIXTURES}/razvan-pascanu.bib` });
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `import: BibTeX does not say whose works these are: pass --owner "Full Name", or --merge <profile.json> (the most frequent author in ${FIXTURES}/razvan-pascanu.bib is "Razvan Pascanu", on 12 of 14 entries)\n`,
    );
    expect((await run({ file: `${FIXTURES}/razvan-pascanu.bib`, merge: CURATED, owner: 'X' })).code).toBe(2);
  });

  it('drafts a new profile with --owner, marking what validate-data will reject until curated', async () => {
    const result = await run({ file: `${FIXTURES}/razvan-pascanu.bib`, owner: 'Razvan Pascanu' });
    expect(result.code).toBe(0);
    const draft = JSON.parse(result.out);
    expect(draft).toMatchObject({ id: 'razvan-pascanu', name: 'Razvan Pascanu', topics: [] });
    // Eleven of the owner's works (ten, one of them in two versions, plus two new) less the
    // proceedings volume and the cited paper.
    expect(draft.publications).toHaveLength(12);
    const undated = draft.publications.findIndex(
      (publication: { year: unknown }) => publication.year === null,
    );
    expect(draft.publications[undated].title).toMatch(/^Investigating Low-Rank Training/);
    expect(result.err).toContain(
      `to curate before npm run validate-data passes (1):\n  $.publications[${undated}].year:`,
    );
    expect(validateProfileText(result.out, 'razvan-pascanu.json')).toEqual([
      expect.objectContaining({ path: `$.publications[${undated}].year` }),
    ]);
  });

  it('takes the owner from a DBLP file', async () => {
    const result = await run({ file: `${FIXTURES}/razvan-pascanu.dblp.xml` });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).name).toBe('Razvan Pascanu');
  });
});

describe('npm run import -- <source> when it cannot', async () => {
  it("refuses another person's DBLP file and leaves --out as it was", async () => {
    const dir = folder({ 'ada.json': JSON.stringify(buildProfile()), 'ada-out.json': 'old' });
    const result = await run({
      file: `${FIXTURES}/razvan-pascanu.dblp.xml`,
      merge: join(dir, 'ada.json'),
      out: join(dir, 'ada-out.json'),
    });
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `${FIXTURES}/razvan-pascanu.dblp.xml:1: error: this file lists the works of "Razvan Pascanu", but the profile is "Ada Researcher"\n`,
    );
    expect(readFileSync(join(dir, 'ada-out.json'), 'utf8')).toBe('old');
  });

  it('points at the line of broken XML and the problem with JSON', async () => {
    const dir = folder({
      'broken.xml': '<dblpperson name="A B">\n<r>\n</dblpperson>',
      'broken.json': '[{"title": ',
    });
    const xml = await run({ file: join(dir, 'broken.xml') });
    expect(xml.code).toBe(1);
    expect(xml.err).toMatch(new RegExp(`^${join(dir, 'broken.xml')}:3: error: not well-formed XML: `));
    const json = await run({ file: join(dir, 'broken.json') });
    expect(json.code).toBe(1);
    expect(json.err).toMatch(/^import: error: .*broken\.json: this looks like JSON but does not parse: /);
  });

  it('says which curated profile is invalid, with JSON paths, and writes nothing', async () => {
    const dir = folder({ 'bad.json': JSON.stringify({ ...buildProfile(), name: '' }) });
    const out = join(dir, 'out.json');
    const result = await run({ file: `${FIXTURES}/razvan-pascanu.bib`, merge: join(dir, 'bad.json'), out });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/is not a valid profile, fix it first:\n {2}\$\.name: /);
    expect(existsSync(out)).toBe(false);
  });

  it('--dry-run on a directory page prints its messages and writes nothing', async () => {
    const dir = folder();
    let out = '';
    let err = '';
    const code = await runImport(
      ['data/sources/razvan-pascanu.txt', '--out', join(dir, 'x.json'), '--dry-run'],
      {
        stdout: (text) => (out += text),
        stderr: (text) => (err += text),
      },
    );
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/warning: /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves a directory page to the page importer', async () => {
    expect(
      runSourceImport({ file: 'data/sources/razvan-pascanu.txt' }, { stdout: () => {}, stderr: () => {} }),
    ).toBeUndefined();
  });
});

// Starts Node with tsx: seconds on a busy machine.
describe('the real command line', { timeout: 30_000 }, () => {
  it('takes --dry-run and --owner and sends a BibTeX file to the format importer', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-profile.ts', ...args], {
        encoding: 'utf8',
      });
    const dir = folder();
    const dryRun = cli(
      `${FIXTURES}/razvan-pascanu.bib`,
      '--merge',
      CURATED,
      '--out',
      join(dir, 'x.json'),
      '--dry-run',
    );
    expect(dryRun.status).toBe(0);
    expect(dryRun.stdout).toMatch(/^added \(2\):$/m);
    expect(readdirSync(dir)).toEqual([]);
    const draft = cli(`${FIXTURES}/razvan-pascanu.csl.json`, '--owner=Razvan Pascanu');
    expect(draft.status).toBe(0);
    expect(JSON.parse(draft.stdout).name).toBe('Razvan Pascanu');
    expect(cli(`${FIXTURES}/razvan-pascanu.csl.json`, '--owner').stderr).toMatch(/--owner needs a name/);
  });
});
