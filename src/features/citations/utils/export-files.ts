import type { Publication } from '../../../data/profile-schema';
import { bibtexBibliography } from './bibtex-entry';
import { cslJson } from './csl-json';

export type ExportFormat = 'bibtex' | 'bibtex-ascii' | 'csl-json';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** The file a visitor downloads: `<slug>-publications.bib` or `.json`, for the list shown. */
export function exportFile(
  format: ExportFormat,
  publications: readonly Publication[],
  profileSlug: string,
  keyScope: readonly Publication[] = publications,
): ExportFile {
  const base = `${profileSlug}-publications`;
  switch (format) {
    case 'csl-json':
      return {
        name: `${base}.json`,
        type: 'application/vnd.citationstyles.csl+json',
        text: cslJson(publications, keyScope),
      };
    case 'bibtex-ascii':
      return {
        name: `${base}-ascii.bib`,
        type: 'application/x-bibtex',
        text: bibtexBibliography(publications, { encoding: 'ascii', keyScope }),
      };
    default:
      return {
        name: `${base}.bib`,
        type: 'application/x-bibtex;charset=utf-8',
        text: bibtexBibliography(publications, { encoding: 'utf8', keyScope }),
      };
  }
}

/** Hands a file to the browser's downloads, through a temporary link. */
export function downloadFile({ name, type, text }: ExportFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
