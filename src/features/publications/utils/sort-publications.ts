import type { Publication } from '../../../data/profile-schema';
import { foldForSearch } from '../../../lib/fold-text';
import type { SortOrder } from './view-state';

/**
 * Items in the chosen order; ties keep their original order. Titles are compared folded (so
 * "Łukasz" files under L) and then by the locale's rules, with numbers in numeric order.
 */
export function sortPublications<T>(
  items: readonly T[],
  order: SortOrder,
  publicationOf: (item: T) => Publication,
  locale?: string,
): T[] {
  if (order === 'title') {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return items
      .map((item) => ({ item, key: foldForSearch(publicationOf(item).title) }))
      .sort((a, b) => collator.compare(a.key, b.key))
      .map(({ item }) => item);
  }
  const direction = order === 'oldest' ? 1 : -1;
  // Array.prototype.sort is stable, so equal years keep their original order.
  return [...items].sort((a, b) => direction * (publicationOf(a).year - publicationOf(b).year));
}
