import { readFileSync } from 'node:fs';
import { parseProfile, type Profile } from '../../../src/data/profile-schema';

/**
 * The curated profile a `--merge` goes into, or undefined after saying on stderr why it cannot be
 * used (unreadable, not JSON, or invalid, each problem with its JSON path). Every importer uses it.
 */
export function readCurated(path: string, io: { stderr: (text: string) => void }): Profile | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    io.stderr(`import: error: cannot read ${path}: ${(error as Error).message}\n`);
    return undefined;
  }
  const result = parseProfile(data);
  if (result.ok) return result.profile;
  io.stderr(`import: error: ${path} is not a valid profile, fix it first:\n`);
  for (const problem of result.problems) io.stderr(`  ${problem.path}: ${problem.message}\n`);
  return undefined;
}
