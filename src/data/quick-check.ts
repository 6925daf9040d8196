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
import { renderRuleIssues } from './profile-rules';
import type { Link, Portrait, Profile, ProfileLinks, Publication } from './profile-schema';
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

/*
 * profileObjectSchema's field rules without zod, so that zod stays out of the first view: a
 * profile that passes here is one zod would accept, with the same defaults filled in. Anything in
 * doubt fails (an explicit `undefined`, an object that is not plain), and the page then reads the
 * data with the zod-based reader. quick-check.test.ts holds the two to agreement.
 */

type Check<T> = (value: unknown) => T;

/** Thrown at the first value the schema could refuse; quickCheckProfile turns it into null. */
const INVALID = new Error('not certainly valid');

function fail(): never {
  throw INVALID;
}

const string =
  (patterns: RegExp[], maxLength = Infinity): Check<string> =>
  (value) =>
    typeof value === 'string' && value.length <= maxLength && patterns.every((pattern) => pattern.test(value))
      ? value
      : fail();

const TEXT_PATTERNS = [NOT_BLANK, NO_PADDING, NO_CONTROL, NO_BIDI_CONTROL, NO_LONE_SURROGATE];
const text = string(TEXT_PATTERNS, TEXT_MAX_LENGTH);

const httpUrl = (...patterns: RegExp[]): Check<string> => {
  const pattern = string([HTTP_URL, ...patterns], URL_MAX_LENGTH);
  return (value) => {
    const url = pattern(value);
    return safeHref(url) === undefined ? fail() : url;
  };
};

const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value) =>
    value === null ? null : check(value);

/** Absent stays absent; strictObject has already refused a key present with `undefined`. */
const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value) =>
    value === undefined ? undefined : check(value);

const withDefault =
  <T>(check: Check<T>, fallback: () => T): Check<T> =>
  (value) =>
    value === undefined ? fallback() : check(value);

const array =
  <T>(check: Check<T>, minLength = 0): Check<T[]> =>
  (value) => {
    if (!Array.isArray(value) || value.length < minLength) fail();
    // A loop, not map(): map skips the holes of a sparse array, which the schema refuses.
    const checked: T[] = [];
    for (let index = 0; index < value.length; index += 1) checked.push(check(value[index]));
    return checked;
  };

const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value) =>
    values.includes(value as T) ? (value as T) : fail();

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** No key but the listed ones; a listed check returning undefined means the key is left out. */
const strictObject =
  <T>(fields: { [K in keyof T]-?: Check<T[K]> }): Check<T> =>
  (value) => {
    if (!isPlainObject(value)) fail();
    for (const key of Object.keys(value)) if (!Object.hasOwn(fields, key) || value[key] === undefined) fail();
    const checked: Partial<T> = {};
    for (const key in fields) {
      const field = fields[key](Object.hasOwn(value, key) ? value[key] : undefined);
      if (field !== undefined) checked[key] = field;
    }
    return checked as T;
  };

const link = strictObject<Link>({
  kind: oneOf(LINK_KINDS),
  url: httpUrl(),
  label: optional(text),
});

const publication = strictObject<Publication>({
  id: string([SLUG_PATTERN]),
  title: text,
  alternateTitles: withDefault(array(text), () => []),
  authors: array(text, 1),
  year: (value) =>
    Number.isInteger(value) && (value as number) >= YEAR_RANGE.min && (value as number) <= YEAR_RANGE.max
      ? (value as number)
      : fail(),
  venue: nullable(text),
  kind: oneOf(PUBLICATION_KINDS),
  topics: withDefault(array(text), () => []),
  abstract: nullable(string(TEXT_PATTERNS, ABSTRACT_MAX_LENGTH)),
  abstractTruncated: (value) => (typeof value === 'boolean' ? value : fail()),
  identifiers: withDefault(
    strictObject<Publication['identifiers']>({
      arxiv: optional(string([ARXIV_ID])),
      doi: optional(string([DOI])),
    }),
    () => ({}),
  ),
  links: withDefault(array(link), () => []),
});

const portrait = strictObject<Portrait>({
  src: nullable((value) => {
    const src = string([IMAGE_SRC])(value);
    return safeHref(src, 'site-path') === undefined ? fail() : src;
  }),
  alt: text,
});

const profileLinks = strictObject<ProfileLinks>({
  homepage: optional(httpUrl()),
  googleScholar: optional(httpUrl(SCHOLAR_URL)),
  orcid: optional(string([ORCID_ID])),
  dblp: optional(httpUrl(DBLP_URL)),
  github: optional(string([GITHUB_USER])),
  email: optional(string([EMAIL_PATTERN])),
});

/**
 * An object whose keys pass `key` and whose values pass `value`. A `__proto__` key (JSON.parse
 * makes it an own key) is what zod does with it: left out of a record of any text key, refused in
 * a record of listed keys.
 */
const record =
  <V>(key: Check<string>, value: Check<V>, protoKey: 'skip' | 'refuse'): Check<Record<string, V>> =>
  (input) => {
    if (!isPlainObject(input)) fail();
    const checked: Record<string, V> = {};
    for (const [name, entry] of Object.entries(input)) {
      if (name === '__proto__' && protoKey === 'skip') continue;
      checked[key(name)] = value(entry);
    }
    return checked;
  };

const topicLabels: Check<NonNullable<Profile['topicLabels']>> = record(
  oneOf(TOPIC_LABEL_LANGUAGES),
  record(text, text, 'skip'),
  'refuse',
);

const profile = strictObject<Profile>({
  $schema: optional(string([])),
  schemaVersion: (value) => (value === SCHEMA_VERSION ? SCHEMA_VERSION : fail()),
  id: string([SLUG_PATTERN]),
  name: text,
  nameVariants: withDefault(array(text), () => []),
  membership: nullable(text),
  position: nullable(text),
  portrait: nullable(portrait),
  links: optional(profileLinks),
  topics: array(text),
  topicLabels: optional(topicLabels),
  publications: array(publication),
});

/**
 * The profile, with the schema's defaults filled in, when `data` certainly passes
 * profileObjectSchema; null when it may not (then ask the schema, which says why).
 */
export function quickCheckProfile(data: unknown): Profile | null {
  try {
    return profile(data);
  } catch {
    return null;
  }
}

/**
 * The profile when the page can show it as it is: it passes the quick check and the rules the page
 * relies on (read-profile.ts on the page's thread, profile-reader.ts in the worker). Null when the
 * forgiving reader must look at it.
 */
export function vouchedProfile(data: unknown): Profile | null {
  const profile = quickCheckProfile(data);
  return profile && renderRuleIssues(profile).length === 0 ? profile : null;
}
