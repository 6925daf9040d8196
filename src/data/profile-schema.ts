import { z } from 'zod';
import { foldForSearch } from '../lib/fold-text';

/**
 * The one source of truth for a profile: TypeScript types, the run-time check of
 * loaded data, the importer's output check, `npm run validate-data` and the
 * published `data/profile.schema.json` all come from here.
 */

export const SCHEMA_VERSION = 1;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(SLUG_PATTERN, 'must be a slug: lowercase letters, digits and single hyphens');

const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  .refine(
    (value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value),
    'must not contain control characters',
  );

export const httpUrl = z.string().refine((value) => isHttpUrl(value), 'must be an absolute http(s) URL');

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const LINK_KINDS = ['arxiv', 'doi', 'proceedings', 'code', 'pdf', 'html', 'other'] as const;
export const PUBLICATION_KINDS = [
  'conference',
  'workshop',
  'journal',
  'commentary',
  'preprint',
  'other',
] as const;

export const linkSchema = z
  .object({
    kind: z.enum(LINK_KINDS),
    url: httpUrl,
    label: text.optional().describe('Shown instead of the kind, e.g. "Code (GitHub)"'),
  })
  .strict();

export const publicationSchema = z
  .object({
    id: slug.describe('Stable slug, unique within the profile'),
    title: text,
    alternateTitles: z
      .array(text)
      .default([])
      .describe('Other titles the work is known by (e.g. an earlier arXiv version); searchable'),
    authors: z
      .array(text)
      .min(1, 'must list at least one author')
      .describe('In paper order, the profile owner included'),
    year: z.number().int().min(1900).max(2100),
    venue: text.nullable().describe('Where it appeared, null when unconfirmed'),
    kind: z.enum(PUBLICATION_KINDS),
    topics: z.array(text).default([]).describe("Each one of the profile's topics"),
    abstract: text.nullable(),
    abstractTruncated: z.boolean().describe("True when the source lost the abstract's end"),
    identifiers: z
      .object({
        arxiv: z
          .string()
          .regex(/^\d{4}\.\d{4,5}$/, 'must look like 2401.09865')
          .optional(),
        doi: z
          .string()
          .regex(/^10\.\d{4,9}\/\S+$/, 'must look like 10.1038/xyz')
          .optional(),
      })
      .strict()
      .default({}),
    links: z.array(linkSchema).default([]),
  })
  .strict();

export const portraitSchema = z
  .object({
    src: z
      .string()
      .refine(
        (value) => isHttpUrl(value) || /^\/?[\w./-]+$/.test(value),
        'must be an http(s) URL or a path inside the site',
      )
      .nullable()
      .describe('null when no image is available: the page shows initials'),
    alt: text,
  })
  .strict();

export const profileSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: slug,
    name: text,
    nameVariants: z
      .array(text)
      .default([])
      .describe('Other spellings of the owner in author lists, e.g. the native spelling'),
    membership: text.nullable(),
    position: text.nullable(),
    portrait: portraitSchema.nullable(),
    topics: z.array(text),
    publications: z.array(publicationSchema),
  })
  .strict()
  .superRefine((profile, ctx) => {
    for (const issue of crossFieldIssues(profile)) ctx.addIssue({ code: 'custom', ...issue });
  });

export type Link = z.infer<typeof linkSchema>;
export type LinkKind = Link['kind'];
export type Publication = z.infer<typeof publicationSchema>;
export type PublicationKind = Publication['kind'];
export type Portrait = z.infer<typeof portraitSchema>;
export type Profile = z.infer<typeof profileSchema>;
/** What a file may contain before defaults are applied. */
export type ProfileInput = z.input<typeof profileSchema>;

/** Rules that span fields; each returns the JSON path of the offending value. */
export function crossFieldIssues(profile: Profile): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];

  const seenTopics = new Set<string>();
  profile.topics.forEach((topic, index) => {
    if (seenTopics.has(topic))
      issues.push({ path: ['topics', index], message: `duplicate topic "${topic}"` });
    seenTopics.add(topic);
  });

  const ownerNames = new Set([profile.name, ...profile.nameVariants].map(foldForSearch));
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

    const titleKey = foldForSearch(publication.title)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    const titleTwin = seenTitles.get(titleKey);
    if (titleTwin !== undefined)
      issues.push({ path: at('title'), message: `duplicate title (also publications[${titleTwin}])` });
    else seenTitles.set(titleKey, index);

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
  const result = profileSchema.safeParse(data);
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: toJsonPath(issue.path), message: issue.message })),
  };
}
