import type { DataProblem, Profile } from './profile-schema';
import { vouchedProfile } from './quick-check';

/** What the page left out of a profile it could still show. */
export interface DroppedData {
  /** Publications not shown at all. */
  entries: number;
  /** Values left out of what is shown: a link, an author, a topic, an unknown field… */
  values: number;
  /** Why, by JSON path into the file as written: the first hundred, enough to start fixing. */
  problems: DataProblem[];
}

export type ReadProfileResult =
  { ok: true; profile: Profile; dropped: DroppedData } | { ok: false; problems: DataProblem[] };

const NOTHING_DROPPED: DroppedData = { entries: 0, values: 0, problems: [] };

/**
 * How the page reads a profile: a quick check without zod, and for data it cannot vouch for, the
 * forgiving reader (salvage-profile.ts) with the zod schema, loaded only then: zod, the reader and
 * their messages stay out of the first view.
 */
export async function readProfile(data: unknown, slug: string): Promise<ReadProfileResult> {
  const profile = vouchedProfile(data);
  if (profile) return { ok: true, profile, dropped: NOTHING_DROPPED };
  const { salvageProfile, warnOfDropped } = await import('./salvage-profile');
  const salvaged = salvageProfile(data, slug);
  if (salvaged.ok) warnOfDropped(slug, salvaged.dropped);
  return salvaged;
}
