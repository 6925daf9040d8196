import { titleKey } from '../../../../src/data/profile-schema';
import type { ImportedPublication } from '../imported-profile';
import type { ImportedWork } from './imported-work';

/**
 * Finds the publication a work is, by DOI, then arXiv id, then title or alternate title, without
 * comparing every work with every publication (a thousand of each took seconds that way).
 */
export class PublicationIndex {
  private readonly byDoi = new Map<string, number>();
  private readonly byArxiv = new Map<string, number>();
  private readonly byTitle = new Map<string, number>();

  constructor(publications: readonly ImportedPublication[]) {
    publications.forEach((publication, index) => this.add(publication, index));
  }

  /** Registers what identifies `publication` (at `index`), keeping earlier claims on a key. */
  add(publication: ImportedPublication, index: number): void {
    const claim = (map: Map<string, number>, key: string | undefined) => {
      if (key !== undefined && !map.has(key)) map.set(key, index);
    };
    claim(this.byDoi, publication.identifiers.doi?.toLowerCase());
    claim(this.byArxiv, publication.identifiers.arxiv);
    for (const title of [publication.title, ...publication.alternateTitles])
      claim(this.byTitle, titleKey(title));
  }

  find(work: ImportedWork): number | undefined {
    const { doi, arxiv } = work.identifiers;
    const byDoi = doi === undefined ? undefined : this.byDoi.get(doi.toLowerCase());
    if (byDoi !== undefined) return byDoi;
    const byArxiv = arxiv === undefined ? undefined : this.byArxiv.get(arxiv);
    if (byArxiv !== undefined) return byArxiv;
    return [work.title, ...work.alternateTitles]
      .map((title) => this.byTitle.get(titleKey(title)))
      .find((index) => index !== undefined);
  }
}
