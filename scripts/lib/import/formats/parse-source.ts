import type { FormatId, ParsedSource } from './imported-work';

/**
 * The works of a BibTeX, CSL-JSON, ORCID or DBLP file. Each parser loads on demand: the BibTeX
 * parser alone takes about a second to load, which a directory-page import should not pay.
 */
export async function parseSource(text: string, format: FormatId): Promise<ParsedSource> {
  switch (format) {
    case 'bibtex':
      return (await import('./parse-bibtex')).parseBibtex(text);
    case 'csl-json':
      return (await import('./parse-csl-json')).parseCslJson(text);
    case 'orcid-works':
      return (await import('./parse-orcid-works')).parseOrcidWorks(text);
    case 'dblp-xml':
      return (await import('./parse-dblp-xml')).parseDblpXml(text);
  }
}
