import * as z from 'zod/mini';
import { EMAIL_PATTERN, safeHref } from '../lib/safe-href';
import {
  ARXIV_ID,
  DBLP_URL,
  DOI,
  GITHUB_USER,
  HTTP_URL,
  IMAGE_SRC,
  NO_BIDI_CONTROL,
  NO_CONTROL,
  NO_LONE_SURROGATE,
  NO_PADDING,
  NOT_BLANK,
  ORCID_ID,
  SCHOLAR_URL,
  SLUG_PATTERN,
} from './patterns';
import { curationRuleIssues } from './curation-rules';
import {
  ABSTRACT_MAX_LENGTH,
  LINK_KINDS,
  PUBLICATION_KINDS,
  SCHEMA_VERSION,
  TEXT_MAX_LENGTH,
  TOPIC_LABEL_LANGUAGES,
  URL_MAX_LENGTH,
  YEAR_RANGE,
} from './schema-constants';
import { renderRuleIssues } from './profile-rules';
import { schemaMessage } from './schema-messages';

/**
 * The one source of truth for a profile: TypeScript types, the run-time check of
 * loaded data, the importer's output check, `npm run validate-data` and the
 * published `data/profile.schema.json` all come from here (its field descriptions live with the
 * generator, scripts/lib/profile-json-schema.ts, to keep them off the page). It uses `zod/mini`
 * because classic zod adds about 90 KB (gzip) to the page.
 */

export { LINK_KINDS, PUBLICATION_KINDS, SCHEMA_VERSION };

export { SLUG_PATTERN };

// Patterns rather than refinements where possible, so the published JSON Schema carries the rule
// too. Their messages are in schema-messages.ts, keyed by pattern, to keep them off the page.
const slug = z.string().check(z.regex(SLUG_PATTERN));

const textChecks = (maxLength: number) => [
  z.regex(NOT_BLANK),
  z.regex(NO_PADDING),
  z.regex(NO_CONTROL),
  z.regex(NO_BIDI_CONTROL),
  z.regex(NO_LONE_SURROGATE),
  z.maxLength(maxLength),
];

const text = z.string().check(...textChecks(TEXT_MAX_LENGTH));

/** Absolute http(s) URLs, written plainly: see safeHref, which the pattern and the check mirror. */
export function isHttpUrl(value: string): boolean {
  return safeHref(value) !== undefined;
}

export const httpUrl = z.string().check(
  z.regex(HTTP_URL),
  z.maxLength(URL_MAX_LENGTH),
  // What a pattern cannot see, such as a malformed host; skipped when the pattern already failed.
  z.refine((value) => !HTTP_URL.test(value) || isHttpUrl(value), 'is not a valid URL'),
);

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
  year: z.number().check(z.int(), z.minimum(YEAR_RANGE.min), z.maximum(YEAR_RANGE.max)),
  venue: z.nullable(text), // null when unconfirmed
  kind: z.enum(PUBLICATION_KINDS),
  topics: z._default(z.array(text), []),
  abstract: z.nullable(z.string().check(...textChecks(ABSTRACT_MAX_LENGTH))),
  abstractTruncated: z.boolean(), // the source lost the abstract's end
  identifiers: z._default(
    z.strictObject({
      arxiv: z.optional(z.string().check(z.regex(ARXIV_ID))),
      doi: z.optional(z.string().check(z.regex(DOI))),
    }),
    {},
  ),
  links: z._default(z.array(linkSchema), []),
});

export const portraitSchema = z.strictObject({
  // null when no image is available: the page shows initials.
  src: z.nullable(
    z.string().check(
      z.regex(IMAGE_SRC),
      z.refine(
        (value) => !IMAGE_SRC.test(value) || safeHref(value, 'site-path') !== undefined,
        'is not a valid URL',
      ),
    ),
  ),
  alt: text,
});

/** Where else the researcher is found. Identifiers where a service has them, else its URL. */
export const profileLinksSchema = z.strictObject({
  homepage: z.optional(httpUrl),
  googleScholar: z.optional(httpUrl.check(z.regex(SCHOLAR_URL))),
  orcid: z.optional(z.string().check(z.regex(ORCID_ID))),
  dblp: z.optional(httpUrl.check(z.regex(DBLP_URL))),
  github: z.optional(z.string().check(z.regex(GITHUB_USER))),
  email: z.optional(z.string().check(z.regex(EMAIL_PATTERN))),
});

/** The profile's fields, without the cross-field rules (the page reads them field by field). */
export const profileObjectSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: slug,
  name: text,
  // Other spellings of the owner in author lists, e.g. the native spelling.
  nameVariants: z._default(z.array(text), []),
  membership: z.nullable(text),
  position: z.nullable(text),
  portrait: z.nullable(portraitSchema),
  links: z.optional(profileLinksSchema),
  topics: z.array(text),
  // A topic's label in another language, by the topic's name: `{ "fr": { "Deep Learning": "…" } }`.
  // Names stay the topics' identity (and their URL slugs), so a shared link works in every language.
  topicLabels: z.optional(z.partialRecord(z.enum(TOPIC_LABEL_LANGUAGES), z.record(text, text))),
  publications: z.array(publicationSchema),
});

/**
 * The whole contract: what validate-data, the importer and the JSON Schema check. Marked pure so
 * the page, which reads field by field (read-profile.ts), does not ship it or the curation rules.
 */
export const profileSchema = /* @__PURE__ */ profileObjectSchema.check(
  z.superRefine((profile, ctx) => {
    for (const issue of [...renderRuleIssues(profile), ...curationRuleIssues(profile)])
      ctx.addIssue({ code: 'custom', input: profile, ...issue });
  }),
);

export type Link = z.infer<typeof linkSchema>;
export type LinkKind = Link['kind'];
export type Publication = z.infer<typeof publicationSchema>;
export type PublicationKind = Publication['kind'];
export type Portrait = z.infer<typeof portraitSchema>;
export type ProfileLinks = z.infer<typeof profileLinksSchema>;
export type Profile = z.infer<typeof profileSchema>;

export { titleKey } from './curation-rules';
export { ownerNameKeys } from './owner-names';

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

export function issuesToProblems(issues: readonly { path: PropertyKey[]; message: string }[]): DataProblem[] {
  return issues.map((issue) => ({ path: toJsonPath(issue.path), message: issue.message }));
}

export type ParseProfileResult = { ok: true; profile: Profile } | { ok: false; problems: DataProblem[] };

/** The strict check (validate-data, the importer, tests): every rule, every problem. */
export function parseProfile(data: unknown): ParseProfileResult {
  // Messages per call, not via z.config(): no global side effects.
  const result = profileSchema.safeParse(data, { error: schemaMessage });
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, problems: issuesToProblems(result.error.issues) };
}
