import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isRecord } from './is-record';
import {
  emptyWork,
  SourceError,
  type ImportedWork,
  type ParsedSource,
  type SourceNote,
} from './imported-work';
import { isKnownEntity, LATIN1_ENTITIES } from './latin1-entities';
import { plainText } from './rich-text';
import { identifiersAndLinks } from './work-identifiers';
import { isPreprintVenue, kindFromVenue, parseYear } from './work-kind';

const RECORD_TYPES = [
  'article',
  'inproceedings',
  'incollection',
  'proceedings',
  'book',
  'phdthesis',
  'mastersthesis',
  'www',
  'data',
];
const LISTS = new Set(['r', 'author', 'editor', 'ee', 'url', 'note', 'cite', 'title']);

/**
 * A DBLP person file (`dblp.org/pid/<pid>.xml`): `<dblpperson name pid>` holding one `<r>` per
 * record. Every record is the person's; their own entry in an author list is found by pid.
 */
export function parseDblpXml(text: string): ParsedSource {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new SourceError({ line: valid.err.line }, `not well-formed XML: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    // Everything stays a string: "1e5" is a volume, "0012" a page, not numbers.
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => LISTS.has(name),
  });
  for (const [name, value] of Object.entries(LATIN1_ENTITIES)) parser.addEntity(name, value);
  // Titles carry inline markup (<i>, <sub>, <sup>, <tt>) that would split them into pieces.
  const document: unknown = parser.parse(text.replace(/<title>[\s\S]*?<\/title>/g, stripInlineTags));
  const person = isRecord(document) ? document.dblpperson : undefined;
  if (!isRecord(person))
    throw new SourceError({ line: 1 }, 'no <dblpperson> element: not a DBLP person file');

  const notes: SourceNote[] = [];
  const skipped: ParsedSource['skipped'] = [];
  const works: ImportedWork[] = [];
  const records = Array.isArray(person.r) ? person.r : [];
  for (const record of records) {
    if (!isRecord(record)) continue;
    const type = RECORD_TYPES.find((name) => isRecord(record[name]));
    if (!type) continue;
    const fields = record[type] as Record<string, unknown>;
    const line = lineOfKey(text, String(fields.key ?? ''));
    const title = cleanTitle(first(fields.title));
    if (!title) {
      notes.push({
        at: { line },
        severity: 'error',
        message: `<${type} key="${fields.key}"> has no title: skipped`,
      });
      continue;
    }
    if (type === 'proceedings' || type === 'www' || type === 'data') {
      skipped.push({ at: { line }, title, reason: `a <${type}> record, not a paper` });
      continue;
    }
    works.push(recordToWork(type, fields, line, title, notes));
  }
  for (const match of text.matchAll(/&(?!(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)|&([a-z][a-z\d]*);/gi))
    if (match[1] && !isKnownEntity(match[1]))
      notes.push({
        at: { line: text.slice(0, match.index).split('\n').length },
        severity: 'warning',
        message: `unknown entity &${match[1]}; kept as written`,
      });
  return {
    format: 'dblp-xml',
    works,
    notes,
    skipped,
    person: plainText(person.name),
    allWorksArePersons: true,
  };
}

function recordToWork(
  type: string,
  fields: Record<string, unknown>,
  line: number,
  title: string,
  notes: SourceNote[],
): ImportedWork {
  const work = emptyWork({ line }, title);
  // DBLP tells namesakes apart with a number: "Wei Wang 0001".
  work.authors = list(fields.author)
    .map((author) => plainText(text(author))?.replace(/\s+\d{4}$/, ''))
    .filter((name): name is string => Boolean(name));
  if (work.authors.length === 0)
    notes.push({ at: { line }, severity: 'warning', message: `"${title}" lists no authors` });

  work.year = parseYear(first(fields.year));
  if (work.year === null)
    notes.push({ at: { line }, severity: 'warning', message: `"${title}" has no year: left empty` });

  const journal = plainText(first(fields.journal)) ?? null;
  const booktitle = plainText(first(fields.booktitle)) ?? null;
  const informal = fields.publtype === 'informal' || isPreprintVenue(journal);
  const volume = plainText(first(fields.volume)) ?? '';
  const found = identifiersAndLinks({
    dois: [],
    arxivs: informal && /\d{4}\.\d{4,5}/.test(volume) ? [volume] : [],
    urls: list(fields.ee)
      .map(text)
      .filter((url): url is string => typeof url === 'string'),
  });
  for (const rejected of found.rejected)
    notes.push({ at: { line }, severity: 'warning', message: `${rejected} not understood: left out` });
  work.identifiers = found.identifiers;
  work.links = found.links;

  if (informal) work.kind = 'preprint';
  else if (type === 'inproceedings') work.kind = kindFromVenue('conference', booktitle);
  else if (type === 'article') work.kind = kindFromVenue('journal', journal);
  else work.kind = 'other';
  // DBLP writes a conference's short name ("ICML") and the year apart.
  const venue = booktitle === null ? journal : withYear(booktitle, work.year);
  work.venue = work.kind === 'preprint' ? null : venue;
  return work;
}

function withYear(venue: string, year: number | null): string {
  return year === null || /\b(19|20)\d{2}\b/.test(venue) ? venue : `${venue} ${year}`;
}

function stripInlineTags(title: string): string {
  return `<title>${title.slice('<title>'.length, -'</title>'.length).replace(/<\/?(?:i|b|sub|sup|tt)>/g, '')}</title>`;
}

// DBLP ends titles with a period; a question or exclamation mark stays.
function cleanTitle(value: unknown): string | undefined {
  return plainText(text(value))?.replace(/(?<!\.)\.$/, '');
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function first(value: unknown): unknown {
  return text(list(value)[0]);
}

// An element with attributes comes back as { "#text": …, pid: … }.
function text(value: unknown): unknown {
  return isRecord(value) ? value['#text'] : value;
}

function lineOfKey(source: string, key: string): number {
  const at = source.indexOf(`key="${key}"`);
  return at < 0 ? 1 : source.slice(0, at).split('\n').length;
}
