import { renderRuleIssues } from './profile-rules';
import { issuesToProblems, profileObjectSchema, type Profile } from './profile-schema';
import type { DroppedData, ReadProfileResult } from './read-profile';
import { pathKey, salvage, type Drop, type SalvageLog } from './salvage';
import { schemaMessage, typeName } from './schema-messages';

type Path = (string | number)[];

const { shape } = profileObjectSchema._zod.def;
const LISTED = 100;

/**
 * The page's forgiving reading of a profile that failed the quick check (read-profile.ts). Only a
 * file without a profile's shape is rejected: not an object, a schema version this page does not
 * know, no name, publications that are not a list. Otherwise a bad value is left out, a
 * publication that cannot be shown is left out, and the rest is shown. The rules are
 * profile-schema.ts's, field by field; `npm run validate-data` rejects all of it.
 */
export function salvageProfile(data: unknown, slug: string): ReadProfileResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: [{ path: '$', message: `expected object, received ${typeName(data)}` }] };
  const record = data as Record<string, unknown>;
  const problems = (['schemaVersion', 'name', 'publications'] as const).flatMap((key) => {
    // Only whether publications is a list matters here; its entries are read one by one below.
    const value = key === 'publications' && Array.isArray(record[key]) ? [] : record[key];
    const result = shape[key].safeParse(value, { error: schemaMessage });
    return result.success ? [] : issuesToProblems(result.error.issues.map((issue) => prefix(key, issue)));
  });
  if (problems.length > 0) return { ok: false, problems };

  const log: SalvageLog = { drops: [], kept: new Map() };
  // Required, but the page can do without: the URL's slug stands in for a bad id, no topics for bad topics.
  const patched = { ...record };
  for (const [key, stand] of [
    ['id', slug],
    ['topics', []],
  ] as const) {
    const result = shape[key].safeParse(record[key], { error: schemaMessage });
    if (!result.success && !(key === 'topics' && Array.isArray(record[key]))) {
      log.drops.push({ path: [key], issues: result.error.issues.map((issue) => prefix(key, issue)) });
      patched[key] = stand;
    }
  }
  const salvaged = salvage(profileObjectSchema, patched, [], log);
  if (!salvaged.ok) return { ok: false, problems: issuesToProblems(salvaged.issues) };
  const { profile, drops } = applyRenderRules(salvaged.value as Profile, log);

  const all = [...log.drops, ...drops];
  const entries = all.filter((drop) => drop.path.length === 2 && drop.path[0] === 'publications').length;
  return {
    ok: true,
    profile,
    dropped: {
      entries,
      values: all.length - entries,
      problems: issuesToProblems(all.flatMap((drop) => drop.issues).slice(0, LISTED)),
    },
  };
}

const prefix = (key: string, issue: { path: PropertyKey[]; message: string }) => ({
  ...issue,
  path: [key, ...issue.path],
});

/** Leaves out what the cross-field rules the page needs name: a twin topic, a twin id, an unknown topic. */
function applyRenderRules(profile: Profile, log: SalvageLog): { profile: Profile; drops: Drop[] } {
  const issues = renderRuleIssues(profile);
  if (issues.length === 0) return { profile, drops: [] };
  const gone = new Set(issues.map((issue) => pathKey(dropped(issue.path))));
  const keep = (path: Path) => !gone.has(pathKey(path));
  return {
    profile: {
      ...profile,
      topics: profile.topics.filter((_, index) => keep(['topics', index])),
      publications: profile.publications.flatMap((publication, index) => {
        if (!keep(['publications', index])) return [];
        const topics = publication.topics.filter((_, topic) =>
          keep(['publications', index, 'topics', topic]),
        );
        return [topics.length === publication.topics.length ? publication : { ...publication, topics }];
      }),
    },
    drops: issues.map((issue) => {
      const path = originalPath(issue.path, log.kept);
      return { path: dropped(path), issues: [{ path, message: issue.message }] };
    }),
  };
}

/** A twin id takes its whole publication with it; anything else goes alone. */
function dropped(path: Path): Path {
  return path[0] === 'publications' && path[2] === 'id' ? path.slice(0, 2) : path;
}

/** Maps indexes into the salvaged arrays back to indexes into the file, for the maintainer. */
function originalPath(path: Path, kept: Map<string, number[]>): Path {
  const original: Path = [];
  for (const segment of path) {
    original.push(
      typeof segment === 'number' ? (kept.get(pathKey(original))?.[segment] ?? segment) : segment,
    );
  }
  return original;
}

/** One console warning per load for the maintainer, next to the page's notice. */
export function warnOfDropped(slug: string, { entries, values, problems }: DroppedData): void {
  if (entries + values === 0) return;
  console.warn(
    `researcher-profile: ${entries} entries and ${values} values of "${slug}" could not be shown ` +
      `(npm run validate-data explains each):\n` +
      problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'),
  );
}
