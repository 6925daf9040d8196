import { isRecord } from './is-record';
import type { FormatId } from './imported-work';

/** A file the importer recognises as no format it reads; the message says what it looked like. */
export class UnknownFormatError extends Error {
  override name = 'UnknownFormatError';
}

/**
 * The format of a file, judged from its content alone (extensions lie: Zotero's CSL-JSON and
 * ORCID's JSON both end in .json). Anything that is none of the four is a directory page, which
 * the page importer judges for itself.
 */
export function detectFormat(text: string): FormatId | 'directory-page' {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^<(?:\?xml|!DOCTYPE dblpperson|dblpperson)\b/i.test(start)) {
    if (/<dblpperson[\s>]/.test(start)) return 'dblp-xml';
    throw new UnknownFormatError('this is XML but not a DBLP person file (no <dblpperson> element)');
  }
  // JSON starts with an object or a list of them; a page may start with "[Portrait]" or "{".
  if (/^(?:\{\s*["}]|\[\s*[{\]])/.test(start)) return jsonFormat(start);
  // A BibTeX entry (@article{key, …) at the start of a line; free text before it is a comment.
  if (/^[ \t]*@(?!comment\b|string\b|preamble\b)[a-z]+[ \t]*[{(]/im.test(start)) return 'bibtex';
  return 'directory-page';
}

function jsonFormat(text: string): FormatId {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UnknownFormatError(`this looks like JSON but does not parse: ${(error as Error).message}`);
  }
  if (Array.isArray(data)) return 'csl-json';
  if (isRecord(data)) {
    if (Array.isArray(data.group)) return 'orcid-works';
    // citation.js and some Zotero tools write a single item as a bare object.
    if (typeof data.type === 'string' && ('title' in data || 'id' in data)) return 'csl-json';
    if (Array.isArray(data.items)) return 'csl-json';
    if ('schemaVersion' in data && 'publications' in data)
      throw new UnknownFormatError('this is a profile JSON, not a source: pass it to --merge');
  }
  throw new UnknownFormatError(
    'this JSON is neither CSL-JSON (an array of items) nor an ORCID works summary (an object with "group")',
  );
}
