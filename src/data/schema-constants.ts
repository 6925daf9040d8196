/*
 * The schema's plain values, without zod: profile-schema.ts builds its rules from them, and the
 * page's quick check (quick-check.ts) uses them without pulling zod into the first view.
 */

export const SCHEMA_VERSION = 1;

export const LINK_KINDS = ['arxiv', 'doi', 'proceedings', 'code', 'pdf', 'html', 'other'] as const;
export const PUBLICATION_KINDS = [
  'conference',
  'workshop',
  'journal',
  'commentary',
  'preprint',
  'other',
] as const;

/** In UTF-16 code units, as JavaScript's `length` counts them. */
export const TEXT_MAX_LENGTH = 1000;
export const ABSTRACT_MAX_LENGTH = 10_000;
export const URL_MAX_LENGTH = 2048;

/** Languages a profile may give its topics' labels in, besides the names themselves (English). */
export const TOPIC_LABEL_LANGUAGES = ['fr'] as const;

export const YEAR_RANGE = { min: 1900, max: 2100 } as const;
