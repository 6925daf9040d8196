import { detectFormat } from './detect-format';
import type { ParsedSource } from './imported-work';
import { parseBibtex } from './parse-bibtex';
import { parseCslJson } from './parse-csl-json';
import { parseDblpXml } from './parse-dblp-xml';
import { parseOrcidWorks } from './parse-orcid-works';

/** The works of a BibTeX, CSL-JSON, ORCID or DBLP file; undefined for a directory page. */
export function parseSource(text: string): ParsedSource | undefined {
  const format = detectFormat(text);
  switch (format) {
    case 'bibtex':
      return parseBibtex(text);
    case 'csl-json':
      return parseCslJson(text);
    case 'orcid-works':
      return parseOrcidWorks(text);
    case 'dblp-xml':
      return parseDblpXml(text);
    case 'directory-page':
      return undefined;
  }
}
