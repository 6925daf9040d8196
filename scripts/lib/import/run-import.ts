import { readFileSync } from 'node:fs';
import { ownerNameKeys, parseProfile } from '../../../src/data/profile-schema';
import { foldForSearch } from '../../../src/lib/fold-text';
import { formatDiagnostic, PageError, type Diagnostic } from './diagnostics';
import { buildImportedProfile, profileToJson, type ImportedProfile } from './imported-profile';
import { mergeCurated } from './merge-curated';
import { readCurated } from './read-curated';
import { importDirectoryPage } from './import-directory-page';
import { writeFileAtomically } from './write-file-atomically';
import { formatReport } from './formats/import-report';
import { runSourceImport } from './formats/run-source-import';

const USAGE = `Usage: npm run import -- <page.txt> [--out <file.json>] [--merge <existing.json>] [--dry-run]
       npm run import -- <refs.bib|items.json|works.json|person.xml> [same options] [--owner "Full Name"]

The file is told apart by its content: a BibTeX file, CSL-JSON (Zotero, Mendeley, citation.js),
an ORCID works summary (pub.orcid.org/v3.0/<id>/works, JSON), a DBLP person file
(dblp.org/pid/<pid>.xml), or a scraped directory page. For the first four, --merge matches
publications by DOI, then arXiv id, then title, keeps every curated value and fills only empty
ones; a report lists what was added, updated (which fields), unchanged, in conflict, or skipped
(not the owner's). New publications get "topics": [] and, without a year in the source,
"year": null, which npm run validate-data rejects until curated. Without --merge, --owner names
whose works they are (a DBLP file names its person).

  --dry-run                print the report only; write nothing

Reads a scraped directory page (portrait line, name, membership, position, "Research Topics",
"Publications"; UTF-8, or UTF-16 with a BOM) and prints a profile JSON, or writes it to --out.

  --out <file.json>        write the profile there instead of printing it; a failed import
                           leaves the file as it was (it is replaced whole, never partly)
  --merge <existing.json>  keep that curated profile's facts (year, venue, kind, topics, links,
                           identifiers, official titles, full author lists, name variants,
                           portrait image); add the page's new publications. <existing.json>
                           must pass the schema, and so must the result, or nothing is written.
                           A report lists each page publication as added, updated (which
                           fields), unchanged or in conflict (authors the profile lacks).
  -h, --help               print this help

The page has no year, venue or kind: without --merge every publication gets "year": null,
"venue": null and "kind": "other", and the page leaves the owner out of author lists. Such a
file is a draft: npm run validate-data rejects it until it is curated.

Messages go to stderr as "page.txt:LINE: warning: ..." (repaired or doubtful names, removed
HTML, decoded LaTeX, short abstracts told from titles, merged duplicates). Exit status: 0 done
(even with warnings), 1 unreadable page or invalid merged profile, 2 wrong usage.`;

export interface ImportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface Options {
  page: string;
  out?: string;
  merge?: string;
  owner?: string;
  dryRun?: boolean;
}

class UsageError extends Error {}

/**
 * The whole `npm run import` command; returns the exit status, or a promise of it for the file
 * formats whose parsers load on demand (a directory page's import stays synchronous).
 */
export function runImport(argv: readonly string[], io: ImportIo): number | Promise<number> {
  let options: Options | 'help';
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`import: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const fromSource = runSourceImport({ ...options, file: options.page }, io);
  if (fromSource !== undefined) return fromSource;
  const report = (diagnostics: readonly Diagnostic[]) => {
    for (const diagnostic of [...diagnostics].sort((a, b) => a.line - b.line))
      io.stderr(`${formatDiagnostic(options.page, diagnostic)}\n`);
  };

  try {
    const { page, publications, diagnostics } = importDirectoryPage(readFileSync(options.page));

    let profile: ImportedProfile;
    if (options.merge) {
      const curated = readCurated(options.merge, io);
      if (!curated) return 1;
      const merged = mergeCurated(page, publications, curated);
      report([...diagnostics, ...merged.diagnostics]);
      // What the merge did, publication by publication: the output with --dry-run, else beside it.
      (options.dryRun ? io.stdout : io.stderr)(formatReport(options.page, merged.report));
      profile = merged.profile;
      const result = parseProfile(profile);
      if (!result.ok) {
        io.stderr(`import: error: the merged profile is invalid, nothing written:\n`);
        for (const problem of result.problems) io.stderr(`  ${problem.path}: ${problem.message}\n`);
        return 1;
      }
    } else {
      profile = buildImportedProfile(page, publications);
      report([...diagnostics, ...draftWarnings(profile, page.publicationsHeading.line)]);
    }

    if (options.dryRun) {
      (options.merge ? io.stdout : io.stderr)(`--dry-run: nothing written\n`);
      return 0;
    }
    const json = profileToJson(profile);
    if (options.out) writeFileAtomically(options.out, json);
    else io.stdout(json);
    return 0;
  } catch (error) {
    if (error instanceof PageError) {
      report([{ line: error.line, severity: 'error', message: error.message }]);
      return 1;
    }
    if (isFileSystemError(error)) {
      io.stderr(`import: error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function parseArguments(argv: readonly string[]): Options | 'help' {
  const positional: string[] = [];
  const flags: Partial<Record<'out' | 'merge' | 'owner', string>> & { dryRun?: boolean } = {};
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--help' || argument === '-h') return 'help';
    if (argument === '--dry-run') {
      flags.dryRun = true;
      continue;
    }
    const flag = /^--(out|merge|owner)(?:=(.*))?$/.exec(argument);
    if (flag) {
      const name = flag[1] as 'out' | 'merge' | 'owner';
      const value = flag[2] ?? argv[++index];
      if (!value || value.startsWith('--'))
        throw new UsageError(`--${name} needs a ${name === 'owner' ? 'name' : 'file name'}`);
      if (flags[name] !== undefined) throw new UsageError(`--${name} given twice`);
      flags[name] = value;
    } else if (argument.startsWith('-')) throw new UsageError(`unknown option ${argument}`);
    else positional.push(argument);
  }
  if (positional.length !== 1)
    throw new UsageError(
      positional.length === 0 ? 'no page given' : `one page at a time, got ${positional.length}`,
    );
  return { page: positional[0]!, ...flags };
}

// Without --merge the output is a draft; say exactly what curation it needs.
function draftWarnings(profile: ImportedProfile, line: number): Diagnostic[] {
  const count = profile.publications.length;
  if (count === 0) return [];
  // The schema's own rule for who the owner is, so this warning and validate-data agree.
  const owner = ownerNameKeys(profile);
  const withoutOwner = profile.publications.filter(
    (publication) => !publication.authors.some((author) => owner.has(foldForSearch(author))),
  ).length;
  const warnings = [
    `${count} publication(s) need a year: run with --merge or edit the file; npm run validate-data will reject it until then`,
    `venue is null and kind is "other" for all ${count}: the page shows neither`,
  ];
  if (withoutOwner > 0)
    warnings.push(
      `${withoutOwner} publication(s) do not list "${profile.name}": the page drops the owner; add them`,
    );
  return warnings.map((message) => ({ line, severity: 'warning', message }));
}

// ENOENT, EISDIR, EACCES…: Node's message names the operation and the path.
function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'syscall' in error;
}
