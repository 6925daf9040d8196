import type { PublicationKind } from '../../../../src/data/profile-schema';

// "arXiv preprint arXiv:2307.09638" (Google Scholar), "CoRR" (DBLP), "ArXiv" (Semantic Scholar).
const PREPRINT_VENUE = /^(?:arxiv|corr|biorxiv|medrxiv|ssrn)\b/i;

/** True for the venue names bibliographies give preprint servers: they are not venues. */
export function isPreprintVenue(venue: string | null): boolean {
  return venue !== null && PREPRINT_VENUE.test(venue.trim());
}

/** A paper in proceedings or a journal, told apart from a workshop paper or a preprint by its venue. */
export function kindFromVenue(base: 'conference' | 'journal', venue: string | null): PublicationKind {
  if (isPreprintVenue(venue)) return 'preprint';
  if (venue !== null && /\bworkshops?\b/i.test(venue)) return 'workshop';
  return base;
}

/** A year as sources write it ("2024", 2024, "2024-05-01"); null for anything else. */
export function parseYear(raw: unknown): number | null {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  const match = /^(\d{4})(?:$|-)/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1900 && year <= 2100 ? year : null;
}
