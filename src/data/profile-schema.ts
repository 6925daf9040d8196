import * as z from 'zod/mini';
import { foldForSearch } from '../lib/fold-text';
import { topicSlug } from '../lib/topic-slug';
import { schemaMessage } from './schema-messages';

/**
 * The one source of truth for a profile: TypeScript types, the run-time check of
 * loaded data, the importer's output check, `npm run validate-data` and the
 * published `data/profile.schema.json` all come from here (its field descriptions live with the
 * generator, scripts/lib/profile-json-schema.ts, to keep them off the page). It uses `zod/mini`
 * because classic zod adds about 90 KB (gzip) to the page.
 */

export const SCHEMA_VERSION = 1;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string()
  .check(z.regex(SLUG_PATTERN, 'must be a slug: lowercase letters, digits and single hyphens'));

// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const text = z.string().check(
  z.refine((value) => value.trim().length > 0, 'must not be empty'),
  z.refine((value) => value === value.trim(), 'must not start or end with spaces'),
  z.refine((value) => !CONTROL_CHARACTERS.test(value), 'must not contain control characters'),
);

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const httpUrl = z.string().check(z.refine(isHttpUrl, 'must be an absolute http(s) URL'));

export const LINK_KINDS = ['arxiv', 'doi', 'proceedings', 'code', 'pdf', 'html', 'other'] as const;
export const PUBLICATION_KINDS = [
  'conference',
  'workshop',
  'journal',
  'commentary',
  'preprint',
  'other',
] as const;

export const linkSchema = z.strictObject({
  kind: z.enum(LINK_KINDS),
  url: httpUrl,
  label: z.optional(text),
});

export const publicationSchema = z.strictObject({
  id: slug,
  title: text,
  // Other titles the work is known by (an earlier arXiv version): searchable.
  alternateTitles: z._default(z.array(text), []),
  // In paper order, the profile owner included.
  authors: z.array(text).check(z.minLength(1, 'must list at least one author')),
  year: z.number().check(z.int(), z.minimum(1900), z.maximum(2100)),
  venue: z.nullable(text), // null when unconfirmed
  kind: z.enum(PUBLICATION_KINDS),
  topics: z._default(z.array(text), []),
  abstract: z.nullable(text),
  abstractTruncated: z.boolean(), // the source lost the abstract's end
  identifiers: z._default(
    z.strictObject({
      arxiv: z.optional(z.string().check(z.regex(/^\d{4}\.\d{4,5}$/, 'must look like 2401.09865'))),
      doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, 'must look like 10.1038/xyz'))),
    }),
    {},
  ),
  links: z._default(z.array(linkSchema), []),
});

export const portraitSchema = z.strictObject({
  // null when no image is available: the page shows initials.
  src: z.nullable(
    z
      .string()
      .check(
        z.refine(
          (value) => isHttpUrl(value) || /^\/?[\w.-]+(?:\/[\w.-]+)*$/.test(value),
          'must be an http(s) URL or a path inside the site',
        ),
      ),
  ),
  alt: text,
});

export const profileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: slug,
    name: text,
    // Other spellings of the owner in author lists, e.g. the native spelling.
    nameVariants: z._default(z.array(text), []),
    membership: z.nullable(text),
    position: z.nullable(text),
    portrait: z.nullable(portraitSchema),
    topics: z.array(text),
    publications: z.array(publicationSchema),
  })
  .check(
    z.superRefine((profile, ctx) => {
      for (const issue of crossFieldIssues(profile))
        ctx.addIssue({ code: 'custom', input: profile, ...issue });
    }),
  );

export type Link = z.infer<typeof linkSchema>;
export type LinkKind = Link['kind'];
export type Publication = z.infer<typeof publicationSchema>;
export type PublicationKind = Publication['kind'];
export type Portrait = z.infer<typeof portraitSchema>;
export type Profile = z.infer<typeof profileSchema>;

/** Rules that span fields; each returns the JSON path of the offending value. */
export function crossFieldIssues(profile: Profile): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];

  const seenTopics = new Set<string>();
  const topicBySlug = new Map<string, string>();
  profile.topics.forEach((topic, index) => {
    // Topics appear in shareable URLs by slug (`?topics=deep-learning`): two topics with one slug,
    // or a topic with none, could not be told apart there.
    const slug = topicSlug(topic);
    const twin = topicBySlug.get(slug);
    if (seenTopics.has(topic))
      issues.push({ path: ['topics', index], message: `duplicate topic "${topic}"` });
    else if (!slug)
      issues.push({
        path: ['topics', index],
        message: `"${topic}" needs a letter or digit to appear in URLs`,
      });
    else if (twin !== undefined)
      issues.push({
        path: ['topics', index],
        message: `"${topic}" and "${twin}" would share the URL slug "${slug}"`,
      });
    seenTopics.add(topic);
    if (slug && twin === undefined) topicBySlug.set(slug, topic);
  });

  const ownerNames = ownerNameKeys(profile);
  const seenIds = new Map<string, number>();
  const seenTitles = new Map<string, number>();

  profile.publications.forEach((publication, index) => {
    const at = (...rest: (string | number)[]) => ['publications', index, ...rest];

    const idTwin = seenIds.get(publication.id);
    if (idTwin !== undefined)
      issues.push({
        path: at('id'),
        message: `duplicate id "${publication.id}" (also publications[${idTwin}])`,
      });
    else seenIds.set(publication.id, index);

    const key = titleKey(publication.title);
    const titleTwin = seenTitles.get(key);
    if (titleTwin !== undefined)
      issues.push({ path: at('title'), message: `duplicate title (also publications[${titleTwin}])` });
    else seenTitles.set(key, index);

    publication.topics.forEach((topic, topicIndex) => {
      if (!seenTopics.has(topic))
        issues.push({
          path: at('topics', topicIndex),
          message: `"${topic}" is not one of the profile's topics`,
        });
    });
    if (new Set(publication.topics).size !== publication.topics.length)
      issues.push({ path: at('topics'), message: 'lists a topic twice' });

    if (!publication.authors.some((author) => ownerNames.has(foldForSearch(author))))
      issues.push({ path: at('authors'), message: `does not include the profile owner "${profile.name}"` });

    if (publication.abstract === null && publication.abstractTruncated)
      issues.push({ path: at('abstractTruncated'), message: 'is true but there is no abstract' });
  });

  return issues;
}

/** The owner's names, folded: an author is the owner when `ownerNameKeys(profile).has(foldForSearch(author))`. */
export function ownerNameKeys(profile: Pick<Profile, 'name' | 'nameVariants'>): Set<string> {
  return new Set([profile.name, ...profile.nameVariants].map(foldForSearch));
}

/** Titles that differ only in case, accents or punctuation are the same work. */
export function titleKey(title: string): string {
  return foldForSearch(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A problem in a profile, located by a JSON path such as `$.publications[3].year`. */
export interface DataProblem {
  path: string;
  message: string;
}

export function toJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${acc}.${name}` : `${acc}[${JSON.stringify(name)}]`;
  }, '$');
}

export type ParseProfileResult = { ok: true; profile: Profile } | { ok: false; problems: DataProblem[] };

export function parseProfile(data: unknown): ParseProfileResult {
  // Messages per call, not via z.config(): no global side effects.
  const result = profileSchema.safeParse(data, { error: schemaMessage });
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: toJsonPath(issue.path), message: issue.message })),
  };
}
