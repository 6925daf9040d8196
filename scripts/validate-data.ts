/**
 * `npm run validate-data [files or folders…]`: checks every profile (default: data/profiles)
 * against the schema and its cross-field rules; prints each problem with its JSON path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataProblem } from '../src/data/profile-schema';
import { validateProfileText } from './lib/validate-profile-text';

const targets = process.argv.slice(2);
const files = (targets.length > 0 ? targets : ['data/profiles']).flatMap(expand);

if (files.length === 0) {
  console.error(
    'validate-data: no profile files (*.json) found in ' + (targets.join(', ') || 'data/profiles'),
  );
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  const problems = readProblems(file);
  const name = relative(process.cwd(), file);
  if (problems.length === 0) {
    console.log(`ok    ${name}`);
    continue;
  }
  failed += 1;
  console.error(`FAIL  ${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const problem of problems) console.error(`      ${problem.path}: ${problem.message}`);
}

console.log(`\n${files.length - failed} valid, ${failed} invalid`);
process.exit(failed > 0 ? 1 : 0);

/** A file that cannot be read (a folder named x.json, no permission…) is one problem, not a crash. */
function readProblems(file: string): DataProblem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [{ path: '$', message: `cannot be read: ${(error as Error).message}` }];
  }
  return validateProfileText(text, file);
}

function expand(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    console.error(`validate-data: ${path} does not exist`);
    process.exit(1);
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => join(path, file));
}
