import { readFileSync } from 'node:fs';
import { parseProfile, SCHEMA_VERSION, type Profile } from '../../../../src/data/profile-schema';
import { profileToJson } from '../imported-profile';
import { readCurated } from '../read-curated';
import { slugify } from '../publication-keys';
import { writeFileAtomically } from '../write-file-atomically';
import { detectFormat, UnknownFormatError } from './detect-format';
import { formatReport } from './import-report';
import { FORMAT_NAMES, formatLocation, SourceError, type FormatId, type ParsedSource } from './imported-work';
import { mergeWorks } from './merge-works';
import { parseSource } from './parse-source';

export interface SourceImportOptions {
  file: string;
  out?: string;
  merge?: string;
  owner?: string;
  dryRun?: boolean;
}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * `npm run import` for a BibTeX, CSL-JSON, ORCID works or DBLP person file: undefined when the
 * file is a directory page or cannot be read (the page importer's job), else a promise of the
 * exit status. The report goes to stderr (stdout with --dry-run, which writes nothing); the
 * profile to --out, atomically, or stdout.
 */
export function runSourceImport(options: SourceImportOptions, io: Io): Promise<number> | undefined {
  let text: string;
  let format: ReturnType<typeof detectFormat>;
  try {
    text = readFileSync(options.file, 'utf8').replace(/^\uFEFF/, '');
    format = detectFormat(text);
  } catch (error) {
    if (error instanceof UnknownFormatError) return Promise.resolve(fail(error, options.file, io));
    return undefined;
  }
  if (format === 'directory-page') return undefined;
  return importSource(text, format, options, io);
}

async function importSource(
  text: string,
  format: FormatId,
  options: SourceImportOptions,
  io: Io,
): Promise<number> {
  if (options.merge && options.owner) {
    io.stderr('import: --owner is for a first import; with --merge the profile names its owner\n');
    return 2;
  }
  let source: ParsedSource;
  try {
    source = await parseSource(text, format);
  } catch (error) {
    return fail(error, options.file, io);
  }

  const base = options.merge ? (readCurated(options.merge, io) ?? 1) : draftBase(options, source, io);
  if (typeof base === 'number') return base;
  let merged: ReturnType<typeof mergeWorks>;
  try {
    merged = mergeWorks(base, source);
  } catch (error) {
    return fail(error, options.file, io);
  }
  const { profile, report } = merged;

  // New publications may lack a year or the owner (see mergeWorks): those problems are the
  // draft's marks for curation. Any other problem means the result is broken: write nothing.
  const addedIds = new Set(
    profile.publications.filter((p) => !base.publications.some((c) => c.id === p.id)).map((p) => p.id),
  );
  const result = parseProfile(profile);
  const problems = result.ok ? [] : result.problems;
  const isDraftMark = (path: string) => {
    const match = /^\$\.publications\[(\d+)\]\.(year|authors)\b/.exec(path);
    return match !== null && addedIds.has(profile.publications[Number(match[1])]!.id);
  };
  const broken = problems.filter((problem) => !isDraftMark(problem.path));
  let reportText = formatReport(options.file, report);
  const marks = problems.filter((problem) => isDraftMark(problem.path));
  if (marks.length > 0)
    reportText += `to curate before npm run validate-data passes (${marks.length}):\n${marks.map((problem) => `  ${problem.path}: ${problem.message}\n`).join('')}`;
  const print = options.dryRun ? io.stdout : io.stderr;
  print(reportText);
  if (broken.length > 0) {
    io.stderr(
      `import: error: the ${options.merge ? 'merged' : 'imported'} profile is invalid, nothing written:\n`,
    );
    for (const problem of broken) io.stderr(`  ${problem.path}: ${problem.message}\n`);
    return 1;
  }
  if (options.dryRun) {
    print(`--dry-run: nothing written\n`);
    return 0;
  }
  const json = profileToJson(profile);
  try {
    if (options.out) writeFileAtomically(options.out, json);
    else io.stdout(json);
  } catch (error) {
    io.stderr(`import: error: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}

function fail(error: unknown, file: string, io: Io): number {
  if (error instanceof SourceError) io.stderr(`${formatLocation(file, error.at)}: error: ${error.message}\n`);
  else if (error instanceof UnknownFormatError) io.stderr(`import: error: ${file}: ${error.message}\n`);
  else throw error;
  return 1;
}

/** An empty profile for the owner, to merge a first import into. */
function draftBase(options: SourceImportOptions, source: ParsedSource, io: Io): Profile | number {
  const name = options.owner?.trim() || source.person;
  if (!name) {
    const hint = mostFrequentAuthor(source);
    io.stderr(
      `import: ${FORMAT_NAMES[source.format]} does not say whose works these are: pass --owner "Full Name", or --merge <profile.json>${hint ? ` (the most frequent author in ${options.file} is "${hint.name}", on ${hint.count} of ${source.works.length} entries)` : ''}\n`,
    );
    return 2;
  }
  return {
    $schema: '../profile.schema.json',
    schemaVersion: SCHEMA_VERSION,
    id: slugify(name),
    name,
    nameVariants: [],
    membership: null,
    position: null,
    portrait: null,
    topics: [],
    publications: [],
  };
}

function mostFrequentAuthor(source: ParsedSource): { name: string; count: number } | undefined {
  const counts = new Map<string, number>();
  for (const work of source.works)
    for (const author of new Set(work.authors)) counts.set(author, (counts.get(author) ?? 0) + 1);
  const [name, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return name === undefined ? undefined : { name, count: count! };
}
