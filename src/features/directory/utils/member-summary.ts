import type { Portrait, Profile } from '../../../data/profile-schema';
import { SLUG_PATTERN } from '../../../data/patterns';
import type { DataProblem } from '../../../data/profile-schema';

/** One member as the members page shows them: `profiles/members.json` holds one per profile. */
export interface MemberSummary {
  slug: string;
  name: string;
  /** Other spellings of the name in author lists (member links match these too). */
  nameVariants: string[];
  position: string | null;
  membership: string | null;
  topics: string[];
  /** The topics' labels in other languages, as the profile gives them (`{ fr: { topic: label } }`). */
  topicLabels?: Profile['topicLabels'];
  portrait: Portrait | null;
  publicationCount: number;
}

/** The whole of `profiles/members.json`. */
export interface MembersFile {
  members: MemberSummary[];
}

export function memberSummary(profile: Profile): MemberSummary {
  return {
    slug: profile.id,
    name: profile.name,
    nameVariants: profile.nameVariants,
    position: profile.position,
    membership: profile.membership,
    topics: profile.topics,
    ...(profile.topicLabels && { topicLabels: profile.topicLabels }),
    portrait: profile.portrait,
    publicationCount: profile.publications.length,
  };
}

export type ReadMembersResult =
  { ok: true; members: MemberSummary[] } | { ok: false; problems: DataProblem[] };

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextOrNull = (value: unknown) => value === null || isText(value);
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isLabels = (value: unknown) =>
  value === undefined ||
  (isRecord(value) &&
    Object.values(value).every(
      (labels) => isRecord(labels) && Object.values(labels).every((label) => isText(label)),
    ));

const FIELD_CHECKS: Record<keyof MemberSummary, (value: unknown) => boolean> = {
  slug: (value) => typeof value === 'string' && SLUG_PATTERN.test(value),
  name: isText,
  nameVariants: isTextList,
  position: isTextOrNull,
  membership: isTextOrNull,
  topics: isTextList,
  topicLabels: isLabels,
  portrait: (value) =>
    value === null || (isRecord(value) && isText(value.alt) && (value.src === null || isText(value.src))),
  publicationCount: (value) => Number.isInteger(value) && (value as number) >= 0,
};

/**
 * Checks what the build wrote (the page trusts nothing it fetches): every problem with its JSON
 * path, as validate-data words them. URLs are not vetted here: the portrait goes through safeHref.
 */
export function readMembers(data: unknown): ReadMembersResult {
  if (!isRecord(data) || !Array.isArray(data.members))
    return { ok: false, problems: [{ path: '$.members', message: 'must be a list of members' }] };
  const problems: DataProblem[] = [];
  const slugs = new Set<string>();
  data.members.forEach((member: unknown, index) => {
    const at = `$.members[${index}]`;
    if (!isRecord(member)) return problems.push({ path: at, message: 'must be an object' });
    for (const [field, check] of Object.entries(FIELD_CHECKS))
      if (!check(member[field])) problems.push({ path: `${at}.${field}`, message: 'is missing or invalid' });
    if (typeof member.slug === 'string') {
      if (slugs.has(member.slug))
        problems.push({ path: `${at}.slug`, message: `duplicate slug "${member.slug}"` });
      slugs.add(member.slug);
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, members: data.members as MemberSummary[] };
}
