import type { Profile } from '../../../data/profile-schema';

/**
 * `profiles/institute.json`: every member's publications merged into one profile-shaped list (the
 * publications browser shows it as it shows a profile), and for each of its publications (by id)
 * the members (profile slugs) whose lists have it.
 */
export interface InstituteFile {
  profile: Profile;
  publicationMembers: Record<string, string[]>;
}

/** The institute list's profile id (reserved: no member can take it). */
export const INSTITUTE_PROFILE_ID = 'institute';

/** The files the build writes beside `profiles/<slug>.json`. */
export const MEMBERS_FILE = 'members.json';
export const INSTITUTE_FILE = 'institute.json';
/** The institute list's first publications, which its prerendered page holds (the prerender writes it). */
export const INSTITUTE_PREVIEW_FILE = 'institute-preview.json';
