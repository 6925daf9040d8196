import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { emptyWork, type ImportedWork, type ParsedSource, type SourceNote } from './imported-work';
import { plainText } from './rich-text';
import { identifiersAndLinks } from './work-identifiers';
import { isPreprintVenue, kindFromVenue, parseYear } from './work-kind';

// Volumes that papers point to with `crossref`: they hold the venue, and are nobody's paper.
const CONTAINERS = new Set(['proceedings', 'mvproceedings', 'collection', 'mvcollection', 'periodical']);

/**
 * A .bib file (BibTeX or BibLaTeX, as Zotero, Google Scholar or DBLP write it) → works. LaTeX
 * accents and commands become Unicode; titles keep the case they were written in.
 */
export function parseBibtex(text: string): ParsedSource {
  const notes: SourceNote[] = [];
  const unknownCommands = new Map<string, Set<string>>();
  const library = parse(text, {
    // The parser sentence-cases English titles by default; a profile shows titles as published.
    sentenceCase: false,
    caseProtection: false,
    applyCrossRef: true,
    unsupported: (_node, tex, entry) => {
      const commands = unknownCommands.get(entry.key) ?? new Set();
      unknownCommands.set(entry.key, commands.add(tex));
      // TeX swallows the space after a command word; give it back so words stay apart.
      return `${tex} `;
    },
  });
  for (const error of library.errors)
    notes.push({
      at: { line: Number(/\bline (\d+)/.exec(error.error)?.[1] ?? lineOf(text, error.input ?? '', 0)) },
      severity: 'error',
      message: `${error.error}: entry skipped`,
    });

  const works: ImportedWork[] = [];
  const skipped: ParsedSource['skipped'] = [];
  let cursor = 0;
  for (const entry of library.entries) {
    if (!entry.input || Object.keys(entry.fields).length === 0) continue;
    const start = text.indexOf(entry.input, cursor);
    if (start >= 0) cursor = start + entry.input.length;
    const line = start >= 0 ? lineOf(text, entry.input, start) : lineOfKey(text, entry.key);
    const note = (severity: SourceNote['severity'], message: string) =>
      notes.push({ at: { line }, severity, message: `@${entry.type}{${entry.key}}: ${message}` });
    for (const command of unknownCommands.get(entry.key) ?? [])
      note('warning', `unknown LaTeX command ${command} kept as written`);
    if (CONTAINERS.has(entry.type.toLowerCase())) {
      skipped.push({
        at: { line },
        title: clean(entry.fields.title) ?? entry.key,
        reason: `a @${entry.type} volume, not a paper`,
      });
      continue;
    }
    const work = entryToWork(entry, line, note);
    if (work) works.push(work);
  }
  return { format: 'bibtex', works, notes, skipped, allWorksArePersons: false };
}

function entryToWork(
  entry: Entry,
  line: number,
  note: (severity: SourceNote['severity'], message: string) => void,
): ImportedWork | undefined {
  const fields = entry.fields;
  const title = clean(fields.title);
  if (!title) {
    note('error', 'has no title: entry skipped');
    return undefined;
  }
  const work = emptyWork({ line }, title);

  const creators = fields.author ?? [];
  work.authors = creators
    .filter((creator) => !isOthers(creator))
    .map(creatorName)
    .filter(Boolean);
  work.authorsComplete = creators.length > 0 && !creators.some(isOthers);
  if (creators.length === 0) note('warning', 'has no author field');

  const rawYear = fields.year ?? fields.date;
  work.year = parseYear(rawYear);
  if (rawYear !== undefined && work.year === null)
    note('warning', `year "${rawYear}" is not a year: left empty`);

  const venue = clean(fields.booktitle ?? fields.journal ?? fields.journaltitle ?? fields.eventtitle) ?? null;
  const archive = (fields.archiveprefix ?? fields.eprinttype ?? '').toLowerCase();
  const arxivs = [
    ...(fields.eprint && (archive === '' || archive === 'arxiv') ? [fields.eprint] : []),
    // Google Scholar: journal = {arXiv preprint arXiv:2307.09638}; DBLP: journal = {CoRR}, volume = {abs/2307.09638}.
    ...(isPreprintVenue(venue)
      ? [venue!, fields.volume ?? ''].filter((value) => /\d{4}\.\d{4,5}/.test(value))
      : []),
  ];
  const found = identifiersAndLinks({
    dois: fields.doi ? [fields.doi] : [],
    arxivs,
    urls: fields.url ? [fields.url] : [],
  });
  for (const rejected of found.rejected) note('warning', `${rejected} not understood: left out`);
  work.identifiers = found.identifiers;
  work.links = found.links;

  work.kind = kindOf(entry.type, venue, work.identifiers.arxiv !== undefined);
  work.venue = work.kind === 'preprint' ? null : venue;
  work.abstract = clean(fields.abstract) ?? null;
  return work;
}

function kindOf(type: string, venue: string | null, hasArxiv: boolean): ImportedWork['kind'] {
  switch (type.toLowerCase()) {
    case 'inproceedings':
    case 'conference':
      return kindFromVenue('conference', venue);
    case 'article':
      return venue === null && hasArxiv ? 'preprint' : kindFromVenue('journal', venue);
    case 'misc':
    case 'unpublished':
    case 'online':
    case 'preprint':
    case 'techreport':
    case 'report':
      return hasArxiv || isPreprintVenue(venue) ? 'preprint' : 'other';
    default:
      return 'other';
  }
}

function isOthers(creator: Creator): boolean {
  return creator.lastName === 'others' && !creator.firstName && !creator.name;
}

// A braced corporate author ({Google DeepMind}) comes back as `name`; people as name parts.
function creatorName(creator: Creator): string {
  if (creator.name) return clean(creator.name) ?? '';
  const family = [creator.prefix, creator.lastName].filter(Boolean).join(' ');
  const name = [creator.firstName, family].filter(Boolean).join(' ');
  return clean(creator.suffix ? `${name}, ${creator.suffix}` : name) ?? '';
}

function clean(value: string | undefined): string | undefined {
  return plainText(value);
}

function lineOf(text: string, input: string, from: number): number {
  const at = input ? text.indexOf(input, from) : -1;
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

function lineOfKey(text: string, key: string): number {
  const at = text.search(
    new RegExp(String.raw`@\w+\s*[{(]\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s*,`),
  );
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}
