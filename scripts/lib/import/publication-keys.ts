import { foldForSearch } from '../../../src/lib/fold-text';

export { titleKey } from '../../../src/data/profile-schema';

const MAX_ID_LENGTH = 60;

/** "Bošnjak, M." → "bosnjak-m"; empty when nothing Latin is left. */
export function slugify(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "Johannes Von Oswald" and "Johannes von Oswald", "Miloś" and "Miłoś" are one person. */
export function nameKey(name: string): string {
  return foldForSearch(name).replace(/[^a-z]+/g, '');
}

/**
 * Stable ids for titles, in order: the title's slug cut at a word boundary to at most 60
 * characters, with "-2", "-3"… when an id is taken.
 */
export function publicationIds(titles: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set(taken);
  return titles.map((title) => {
    const base = shorten(slugify(title) || 'publication', MAX_ID_LENGTH);
    let id = base;
    for (let suffix = 2; used.has(id); suffix += 1)
      id = `${shorten(base, MAX_ID_LENGTH - `-${suffix}`.length)}-${suffix}`;
    used.add(id);
    return id;
  });
}

function shorten(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
}
