// @vitest-environment node
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../scripts/lib/import/run-import';
import { buildProfile, buildPublication, OWNER } from '../builders';
import { buildPage } from './build-page';

const PREVIOUS = '{ "the": "previous output" }\n';

function setup(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'import-output-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const at = (name: string) => join(dir, name);
  const run = (...args: string[]) => {
    let err = '';
    const code = runImport(args, { stdout: () => {}, stderr: (text) => (err += text) });
    return { code, err };
  };
  return { at, run, names: () => readdirSync(dir).sort() };
}

describe('npm run import --out', () => {
  it('leaves the previous output untouched when the page cannot be read', () => {
    const { at, run, names } = setup({ 'page.txt': 'not a directory page', 'out.json': PREVIOUS });
    const { code, err } = run(at('page.txt'), '--out', at('out.json'));
    expect(code).toBe(1);
    expect(err).toMatch(/page\.txt:1: error: /);
    expect(readFileSync(at('out.json'), 'utf8')).toBe(PREVIOUS);
    expect(names()).toEqual(['out.json', 'page.txt']);
  });

  it('leaves the curated file untouched when the merged profile fails the schema', () => {
    const curated = `${JSON.stringify(buildProfile({ publications: [buildPublication()] }))}\n`;
    const { at, run, names } = setup({
      'page.txt': buildPage({ name: OWNER, publications: ['A new paper without a year', 'Jane Coauthor'] }),
      'profile.json': curated,
    });
    const { code, err } = run(at('page.txt'), '--merge', at('profile.json'), '--out', at('profile.json'));
    expect(code).toBe(1);
    expect(err).toMatch(/nothing written/);
    expect(readFileSync(at('profile.json'), 'utf8')).toBe(curated);
    expect(names()).toEqual(['page.txt', 'profile.json']);
  });

  it('replaces the output in one step, leaving no temporary file', () => {
    const { at, run, names } = setup({ 'page.txt': buildPage(), 'out.json': PREVIOUS });
    const reader = openSync(at('out.json'), 'r');
    try {
      expect(run(at('page.txt'), '--out', at('out.json')).code).toBe(0);
      const buffer = Buffer.alloc(PREVIOUS.length + 10);
      // A reader of the old file still sees it whole: the new file was renamed over it.
      expect(buffer.subarray(0, readSync(reader, buffer, 0, buffer.length, 0)).toString()).toBe(PREVIOUS);
    } finally {
      closeSync(reader);
    }
    expect(JSON.parse(readFileSync(at('out.json'), 'utf8'))).toMatchObject({ name: 'Ada Researcher' });
    expect(names()).toEqual(['out.json', 'page.txt']);
  });

  it('reports an output path it cannot write, and leaves no temporary file', () => {
    const { at, run, names } = setup({ 'page.txt': buildPage() });
    const { code, err } = run(at('page.txt'), '--out', at('.'));
    expect(code).toBe(1);
    expect(err).toMatch(/^import: error: E[A-Z]+: /m);
    expect(names()).toEqual(['page.txt']);
  });
});
