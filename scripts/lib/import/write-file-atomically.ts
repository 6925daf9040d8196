import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to `path` whole or not at all. The text goes to a new file in the same folder,
 * reaches the disk, and is then renamed over `path`: a rename within one file system replaces
 * the file in one step, so a failure (a full disk, a killed process) leaves the old file as it
 * was, and a reader sees either the old file or the new one, never a mix. The temporary file is
 * removed when anything fails; a replaced file keeps its permissions.
 */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${Date.now()}.tmp`);
  let created = false;
  try {
    const fd = openSync(temporary, 'wx');
    created = true;
    try {
      const mode = existingMode(path);
      if (mode !== undefined) fchmodSync(fd, mode);
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    if (created) rmSync(temporary, { force: true });
    throw error;
  }
}

function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}
