/**
 * `npm run validate-data [files or folders…]`: checks every profile (default: data/profiles, and
 * the deployment's data/site.json) against the schema and its cross-field rules; prints each
 * problem with its JSON path. The page forgives a bad entry (it leaves it out); this does not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { DataProblem } from '../src/data/profile-schema';
import { issuesToProblems } from '../src/data/profile-schema';
import { isReservedSlug, RESERVED_SLUGS } from '../src/data/reserved-slugs';
import { schemaMessage } from '../src/data/schema-messages';
import { siteSchema } from '../src/data/site-schema';
import { validateProfileText } from './lib/validate-profile-text';

const targets = process.argv.slice(2);
const files = (targets.length > 0 ? targets : ['data/profiles']).flatMap(expand);

if (files.length === 0) {
  console.error(
    'validate-data: no profile files (*.json) found in ' + (targets.join(', ') || 'data/profiles'),
  );
  process.exit(1);
}

const SITE_FILE = 'data/site.json';
type Validate = (text: string, file: string) => DataProblem[];
const checks: [string, Validate][] = [
  ...(targets.length > 0 ? [] : [[SITE_FILE, validateSiteText] satisfies [string, Validate]]),
  ...files.map((file): [string, Validate] => [file, validateProfile]),
];

let failed = 0;
for (const [file, validate] of checks) {
  const problems = readProblems(file, validate);
  const name = relative(process.cwd(), file);
  if (problems.length === 0) {
    console.log(`ok    ${name}`);
    continue;
  }
  failed += 1;
  console.error(`FAIL  ${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const problem of problems) console.error(`      ${problem.path}: ${problem.message}`);
}

console.log(`\n${checks.length - failed} valid, ${failed} invalid`);
process.exit(failed > 0 ? 1 : 0);

/** A file that cannot be read (a folder named x.json, no permission…) is one problem, not a crash. */
function readProblems(file: string, validate: Validate): DataProblem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [{ path: '$', message: `cannot be read: ${(error as Error).message}` }];
  }
  return validate(text, file);
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

/** A profile file, and its name: one the build needs for a page or data file of its own is refused. */
function validateProfile(text: string, file: string): DataProblem[] {
  const problems = validateProfileText(text, file);
  const slug = basename(file).replace(/\.json$/, '');
  if (!isReservedSlug(slug)) return problems;
  return [
    {
      path: '$.id',
      message: `"${slug}" is reserved: the site builds its own page or data file by that name (reserved: ${RESERVED_SLUGS.join(', ')}). Choose another id and name the file after it`,
    },
    ...problems,
  ];
}

/** The deployment's settings (the page bundles them without checking them again). */
function validateSiteText(text: string): DataProblem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ path: '$', message: `is not valid JSON: ${(error as Error).message}` }];
  }
  const result = siteSchema.safeParse(data, { error: schemaMessage });
  return result.success ? [] : issuesToProblems(result.error.issues);
}
