// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageError } from '../../scripts/lib/import/diagnostics';
import { importDirectoryPage } from '../../scripts/lib/import/import-directory-page';
import { runImport } from '../../scripts/lib/import/run-import';

/**
 * Each `<case>.txt` under tests/fixtures/import-pages is a directory page written by hand to be
 * odd in one way; `<case>.expected.json` next to it says what the importer must make of it:
 * either `error` ("LINE: message", nothing imported) or the header, the publications and every
 * diagnostic ("LINE: severity: message", in line order).
 */
const FOLDER = 'tests/fixtures/import-pages';

type Expected =
  | { case: string; error: string }
  | {
      case: string;
      profile: { name: string; membership: string | null; position: string | null; topics: string[] };
      publications: {
        title: string;
        authors: string[];
        abstract: string | null;
        abstractTruncated: boolean;
      }[];
      diagnostics: string[];
    };

const cases = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => {
    const name = file.slice(0, -'.txt'.length);
    const expected = JSON.parse(readFileSync(join(FOLDER, `${name}.expected.json`), 'utf8')) as Expected;
    return { name, page: join(FOLDER, file), expected };
  });

function importPage(content: Uint8Array | string) {
  try {
    const { page, publications, diagnostics } = importDirectoryPage(content);
    return {
      profile: {
        name: page.name.text,
        membership: page.membership,
        position: page.position,
        topics: page.topics,
      },
      publications: publications.map(({ title, authors, abstract, abstractTruncated }) => ({
        title,
        authors,
        abstract,
        abstractTruncated,
      })),
      diagnostics: [...diagnostics]
        .sort((a, b) => a.line - b.line)
        .map(({ line, severity, message }) => `${line}: ${severity}: ${message}`),
    };
  } catch (error) {
    if (error instanceof PageError) return { error: `${error.line}: ${error.message}` };
    throw error;
  }
}

function runCli(...args: string[]) {
  let out = '';
  let err = '';
  const code = runImport(args, { stdout: (text) => (out += text), stderr: (text) => (err += text) });
  return { code, out, err };
}

describe('odd directory pages', () => {
  it('has about twenty of them, each with its expected result', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('$name', ({ page, expected }) => {
    const { case: _description, ...result } = expected;
    expect(importPage(readFileSync(page))).toEqual(result);
  });
});

describe('odd directory pages through npm run import', () => {
  it.each(cases)('$name: exit status, messages and output file', ({ page, expected }) => {
    const out = join(mkdtempSync(join(tmpdir(), 'import-pages-')), 'profile.json');
    const { code, err } = runCli(page, '--out', out);
    if ('error' in expected) {
      expect(code).toBe(1);
      expect(err).toBe(`${page}:${expected.error.replace(/^(\d+): /, '$1: error: ')}\n`);
      expect(existsSync(out)).toBe(false);
      return;
    }
    expect(code).toBe(0);
    for (const diagnostic of expected.diagnostics) expect(err).toContain(`${page}:${diagnostic}\n`);
    const profile = JSON.parse(readFileSync(out, 'utf8'));
    expect(profile).toMatchObject(expected.profile);
    expect(profile.publications).toHaveLength(expected.publications.length);
    expected.publications.forEach((publication, index) =>
      expect(profile.publications[index]).toMatchObject(publication),
    );
  });
});

describe('odd directory pages through the real command line', { timeout: 30_000 }, () => {
  it.each(['binary-image', 'utf-16-encoding', 'latex-debris-in-names'])('%s', (name) => {
    const { page, expected } = cases.find((candidate) => candidate.name === name)!;
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-profile.ts', page], {
      encoding: 'utf8',
    });
    if ('error' in expected) {
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`${page}:${expected.error.replace(/^(\d+): /, '$1: error: ')}\n`);
      expect(result.stdout).toBe('');
    } else {
      expect(result.status).toBe(0);
      expect(
        JSON.parse(result.stdout).publications.map(
          (publication: { authors: string[] }) => publication.authors,
        ),
      ).toEqual(expected.publications.map((publication) => publication.authors));
    }
  });
});

// A real page is about 10 KB; these take seconds, not milliseconds, hence the longer timeout.
describe('five megabytes of input', { timeout: 60_000 }, () => {
  const FIVE_MB = 5 * 1024 * 1024;

  it('refuses a 5 MB line of garbage at line 1, quoting only the start of it', () => {
    const result = importPage('#'.repeat(FIVE_MB));
    expect(result).toEqual({
      error: expect.stringMatching(/^1: expected the researcher’s name, found "#{57}\.\.\."$/),
    });
  });

  it('imports a 5 MB page with every one of its publications', () => {
    const entry = (index: number) =>
      [
        `A study of things, part ${index}`,
        'Jane Coauthor',
        'Bob Second',
        `We study part ${index} of the things carefully and find that th… (see more)ey are interesting. More text follows here.`,
      ].join('\n');
    const entries: string[] = [];
    let size = 0;
    while (size < FIVE_MB) {
      entries.push(entry(entries.length + 1));
      size += entries.at(-1)!.length + 1;
    }
    const { publications, error } = importPage(`Ada Researcher\nPublications\n${entries.join('\n')}`);
    expect(error).toBeUndefined();
    expect(publications).toHaveLength(entries.length);
    expect(publications?.at(-1)).toEqual({
      title: `A study of things, part ${entries.length}`,
      authors: ['Jane Coauthor', 'Bob Second'],
      abstract: `We study part ${entries.length} of the things carefully and find that they are interesting. More text follows here.`,
      abstractTruncated: false,
    });
  });
});
