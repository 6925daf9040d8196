// @vitest-environment node
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../scripts/lib/import/write-file-atomically';

function setup(files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-write-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, at: (name: string) => join(dir, name), names: () => readdirSync(dir).sort() };
}

function readThrough(fd: number): string {
  const buffer = Buffer.alloc(1024);
  const length = readSync(fd, buffer, 0, buffer.length, 0);
  return buffer.subarray(0, length).toString('utf8');
}

describe('writeFileAtomically', () => {
  it('creates the file and leaves nothing else in the folder', () => {
    const { at, names } = setup();
    writeFileAtomically(at('out.json'), '{"a":1}\n');
    expect(readFileSync(at('out.json'), 'utf8')).toBe('{"a":1}\n');
    expect(names()).toEqual(['out.json']);
  });

  it('replaces an existing file in one step: a reader of the old file never sees the new text', () => {
    const { at, names } = setup({ 'out.json': 'old content\n' });
    const reader = openSync(at('out.json'), 'r');
    try {
      writeFileAtomically(at('out.json'), 'new and longer content\n');
      // An in-place rewrite would truncate the file this reader holds; a rename leaves it whole.
      expect(readThrough(reader)).toBe('old content\n');
    } finally {
      closeSync(reader);
    }
    expect(readFileSync(at('out.json'), 'utf8')).toBe('new and longer content\n');
    expect(names()).toEqual(['out.json']);
  });

  it('keeps the permissions of the file it replaces', () => {
    const { at } = setup({ 'out.json': 'old\n' });
    chmodSync(at('out.json'), 0o640);
    writeFileAtomically(at('out.json'), 'new\n');
    expect(statSync(at('out.json')).mode & 0o777).toBe(0o640);
  });

  it('throws when the file cannot be replaced, and removes its temporary file', () => {
    const { at, names } = setup({ 'keep.txt': 'kept\n' });
    mkdirSync(at('out.json'));
    expect(() => writeFileAtomically(at('out.json'), 'text')).toThrow(/EISDIR|ENOTDIR|EEXIST/);
    expect(names()).toEqual(['keep.txt', 'out.json']);
    expect(readFileSync(at('keep.txt'), 'utf8')).toBe('kept\n');
  });

  it('throws on a missing folder without creating anything', () => {
    const { at, names } = setup();
    expect(() => writeFileAtomically(at('no-such-folder/out.json'), 'text')).toThrow(/ENOENT/);
    expect(names()).toEqual([]);
  });
});
