import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION, type DataProblem, type Profile } from '../../../src/data/profile-schema';
import { readProfile } from '../../../src/data/read-profile';
import type { SiteSettings } from '../../../src/data/site-schema';
import {
  INSTITUTE_PROFILE_ID,
  type InstituteFile,
} from '../../../src/features/directory/utils/institute-file';
import { memberSummary, type MembersFile } from '../../../src/features/directory/utils/member-summary';
import { instituteTopics, mergeInstitutePublications } from './institute-publications';

const PROFILE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/** The profile files of a folder (`<slug>.json`), sorted by name. */
export function listProfileFiles(profilesDir: string): string[] {
  return readdirSync(profilesDir)
    .filter((file) => PROFILE_FILE.test(file))
    .sort();
}

/**
 * Every profile of the folder, read as the page reads it: what the page would leave out of a
 * profile is left out here too (validate-data names it), and a file the page could not show at
 * all is left out of the directory with a warning.
 */
export async function readProfiles(
  profilesDir: string,
  warn: (message: string) => void = console.warn,
): Promise<Profile[]> {
  const profiles: Profile[] = [];
  for (const file of listProfileFiles(profilesDir)) {
    const slug = file.replace(/\.json$/, '');
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(profilesDir, file), 'utf8'));
    } catch (error) {
      warn(`${file} is left out of the directory: ${(error as Error).message}`);
      continue;
    }
    const result = await readProfile(data, slug);
    if (result.ok) profiles.push(result.profile);
    else warn(`${file} is left out of the directory: ${describe(result.problems)}`);
  }
  return profiles;
}

function describe(problems: readonly DataProblem[]): string {
  return problems
    .slice(0, 3)
    .map((problem) => `${problem.path} ${problem.message}`)
    .join('; ');
}

/** The members page's data and the institute's publication list, from every member's profile. */
export function buildDirectory(
  profiles: readonly Profile[],
  site: SiteSettings,
): { members: MembersFile; institute: InstituteFile } {
  const sorted = [...profiles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { topics, canonical, labels } = instituteTopics(sorted);
  const merged = mergeInstitutePublications(sorted, canonical);
  return {
    members: { members: sorted.map(memberSummary) },
    institute: {
      profile: {
        schemaVersion: SCHEMA_VERSION,
        id: INSTITUTE_PROFILE_ID,
        name: site.institute?.name ?? 'Members',
        nameVariants: [],
        membership: null,
        position: null,
        portrait: null,
        topics,
        ...(labels && { topicLabels: labels }),
        publications: merged.map((entry) => entry.publication),
      },
      publicationMembers: Object.fromEntries(merged.map((entry) => [entry.publication.id, entry.members])),
    },
  };
}
