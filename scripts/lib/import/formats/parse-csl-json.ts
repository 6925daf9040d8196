import { isRecord } from './is-record';
import { emptyWork, type ImportedWork, type ParsedSource, type SourceNote } from './imported-work';
import { plainText } from './rich-text';
import { findArxivId, identifiersAndLinks } from './work-identifiers';
import { isPreprintVenue, kindFromVenue, parseYear } from './work-kind';

/**
 * CSL-JSON, as Zotero, Mendeley and citation.js export it: an array of items (a single item, or
 * `{ "items": [...] }`, is read too). Zotero writes an arXiv preprint as type "article" with
 * number "arXiv:…" and an arXiv DOI.
 */
export function parseCslJson(text: string): ParsedSource {
  const notes: SourceNote[] = [];
  const data: unknown = JSON.parse(text);
  const [items, base] = Array.isArray(data)
    ? [data, '$']
    : isRecord(data) && Array.isArray(data.items)
      ? [data.items, '$.items']
      : [[data], '$'];
  const single = !Array.isArray(data) && base === '$';
  const works: ImportedWork[] = [];
  items.forEach((item: unknown, index) => {
    const path = single ? base : `${base}[${index}]`;
    const note = (severity: SourceNote['severity'], field: string, message: string) =>
      notes.push({ at: { path: field ? `${path}.${field}` : path }, severity, message });
    if (!isRecord(item)) {
      note('error', '', 'is not a CSL item (an object): skipped');
      return;
    }
    const work = itemToWork(item, path, note);
    if (work) works.push(work);
  });
  return { format: 'csl-json', works, notes, skipped: [], allWorksArePersons: false };
}

type Note = (severity: SourceNote['severity'], field: string, message: string) => void;

function itemToWork(item: Record<string, unknown>, path: string, note: Note): ImportedWork | undefined {
  const title = plainText(item.title);
  if (!title) {
    note('error', 'title', 'is missing or empty: item skipped');
    return undefined;
  }
  const work = emptyWork({ path }, title);

  const names = Array.isArray(item.author) ? item.author : [];
  if (item.author !== undefined && !Array.isArray(item.author))
    note('warning', 'author', 'is not a list of names');
  const others = names.filter(isOthers);
  work.authors = names.flatMap((name, index) => {
    if (isOthers(name)) return [];
    const text = personName(name);
    if (text === undefined) note('warning', `author[${index}]`, 'has no readable name: left out');
    return text === undefined ? [] : [text];
  });
  work.authorsComplete = work.authors.length > 0 && others.length === 0;
  if (names.length === 0) note('warning', 'author', 'no authors listed');

  work.year = issuedYear(item.issued);
  if (item.issued !== undefined && work.year === null)
    note('warning', 'issued', 'has no readable year: left empty');

  const container =
    plainText(item['container-title']) ?? plainText(item['event-title']) ?? plainText(item.event);
  const publisher = plainText(item.publisher);
  const number = plainText(item.number) ?? '';
  const arxivHint = [number, plainText(item.note) ?? '', plainText(item.archive_location) ?? ''];
  const found = identifiersAndLinks({
    dois: plainText(item.DOI) ? [plainText(item.DOI)!] : [],
    arxivs: arxivHint.filter((hint) => findArxivId(hint) !== undefined),
    urls: plainText(item.URL) ? [plainText(item.URL)!] : [],
  });
  for (const rejected of found.rejected) note('warning', '', `${rejected} not understood: left out`);
  work.identifiers = found.identifiers;
  work.links = found.links;

  const preprintServer = isPreprintVenue(container ?? null) || isPreprintVenue(publisher ?? null);
  work.kind = kindOf(
    String(item.type ?? ''),
    container ?? null,
    preprintServer || work.identifiers.arxiv !== undefined,
  );
  work.venue = work.kind === 'preprint' ? null : (container ?? null);
  work.abstract = plainText(item.abstract) ?? null;
  return work;
}

function kindOf(type: string, container: string | null, onArxiv: boolean): ImportedWork['kind'] {
  switch (type) {
    case 'paper-conference':
      return kindFromVenue('conference', container);
    case 'article-journal':
      return container === null && onArxiv ? 'preprint' : kindFromVenue('journal', container);
    case 'article': // Zotero's "Preprint" item type
    case 'manuscript':
    case 'report':
    case 'post':
    case 'webpage':
      return onArxiv ? 'preprint' : 'other';
    default:
      return 'other';
  }
}

// Some converters turn BibTeX's "and others" into a name.
function isOthers(name: unknown): boolean {
  if (!isRecord(name)) return false;
  const text = (plainText(name.literal) ?? plainText(name.family) ?? '').toLowerCase();
  return !plainText(name.given) && (text === 'others' || text === 'et al.' || text === 'et al');
}

/** `{ given, family, "non-dropping-particle": "van" }` → "Hado van Hasselt"; `{ literal }` as is. */
function personName(name: unknown): string | undefined {
  if (!isRecord(name)) return undefined;
  const literal = plainText(name.literal);
  if (literal) return literal;
  const parts = [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family]
    .map(plainText)
    .filter(Boolean);
  if (!plainText(name.family)) return undefined;
  const suffix = plainText(name.suffix);
  return suffix ? `${parts.join(' ')}, ${suffix}` : parts.join(' ');
}

/** `{ "date-parts": [[2024, 8]] }` (numbers or strings), `{ raw: "2024-08" }` or `{ literal: "2024" }`. */
function issuedYear(issued: unknown): number | null {
  if (!isRecord(issued)) return null;
  const parts = issued['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0])) return parseYear(parts[0][0]);
  return parseYear(issued.raw) ?? parseYear(issued.literal);
}
