import type { Diagnostic } from './diagnostics';
import { mergeDuplicates } from './merge-duplicates';
import { parseDirectoryPage, type DirectoryPage } from './parse-directory-page';
import { scrapePublications, type ScrapedPublication } from './scrape-publications';

/** Page → unique, cleaned publications and every message about the page, in line order. */
export function importDirectoryPage(content: Uint8Array | string): {
  page: DirectoryPage;
  publications: ScrapedPublication[];
  diagnostics: Diagnostic[];
} {
  const page = parseDirectoryPage(content);
  const scraped = scrapePublications(page.entries);
  const unique = mergeDuplicates(scraped.publications);
  return {
    page,
    publications: unique.publications,
    diagnostics: [...page.diagnostics, ...scraped.diagnostics, ...unique.diagnostics],
  };
}
