import type { Profile } from '../data/profile-schema';
import type { SiteSettings } from '../data/site-schema';
import type { Messages } from '../i18n/en';

export type Institute = NonNullable<SiteSettings['institute']>;

/** What search engines show of a description before they cut it. */
export const DESCRIPTION_MAX_LENGTH = 155;

/** The profile's topics, those with most publications first (ties keep the profile's order). */
function mainTopics(profile: Pick<Profile, 'topics' | 'publications'>): string[] {
  const counts = new Map(profile.topics.map((topic) => [topic, 0]));
  // A publication lists a topic once (the profile rules reject or drop a repeat): no set per
  // publication, which cost 22 ms at 20,000 publications when the page describes a `?profile=`.
  for (const publication of profile.publications)
    for (const topic of publication.topics) {
      const count = counts.get(topic);
      if (count !== undefined) counts.set(topic, count + 1);
    }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([topic]) => topic);
}

/** "Affiliate Member, Mila – …", as the header shows it: the membership, the institute, or both. */
function affiliationText(
  membership: string | null,
  institute: Institute | null | undefined,
  t: Messages,
): string | null {
  const parts = [membership, institute?.name].filter(Boolean);
  return parts.length > 0 ? parts.join(t.profile.membershipAt) : null;
}

/**
 * The meta description: the position, the affiliation, then as many of the main topics as fit in
 * DESCRIPTION_MAX_LENGTH characters (at most five); cut at a word if the first two already do not.
 */
export function profileDescription(
  profile: Pick<Profile, 'position' | 'membership' | 'topics' | 'publications'>,
  institute: Institute | null | undefined,
  t: Messages,
): string {
  const facts = [profile.position, affiliationText(profile.membership, institute, t)].flatMap((fact) =>
    fact ? [sentence(fact)] : [],
  );
  let description = facts.join(' ');
  for (const topics of prefixes(mainTopics(profile).slice(0, 5))) {
    const longer = [...facts, t.topics.summary(topics)].join(' ');
    if (codePoints(longer) > DESCRIPTION_MAX_LENGTH) break;
    description = longer;
  }
  return cutAtWord(description, DESCRIPTION_MAX_LENGTH);
}

function sentence(text: string): string {
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
}

function* prefixes<T>(items: T[]): Generator<T[]> {
  for (let end = 1; end <= items.length; end += 1) yield items.slice(0, end);
}

function codePoints(text: string): number {
  return Array.from(text).length;
}

/** At most `max` code points, cut before a word that does not fit and marked with "…". */
function cutAtWord(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const space = head.search(/\s\S*$/u);
  const kept = (
    space > 0
      ? head.slice(0, space)
      : Array.from(head)
          .slice(0, max - 1)
          .join('')
  ).replace(/[\s,;:.–—-]+$/u, '');
  return `${kept}…`;
}
