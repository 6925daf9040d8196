import type * as z from 'zod/mini';
import { EMAIL_PATTERN } from '../lib/safe-href';
import * as patterns from './patterns';

type Issue = z.core.$ZodRawIssue;

/**
 * Plain-English messages for the schema's own checks. Zod's English locale would do the same
 * for every check zod has, at about 1.3 KB gzip on the page: these cover the ones the profile
 * schema uses, and refinements bring their own message.
 */
export function schemaMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing (expected ${issue.expected})`
        : `expected ${issue.expected}, received ${typeName(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at least ${issue.minimum} ${issue.origin === 'array' ? 'item' : 'character'}${Number(issue.minimum) === 1 ? '' : 's'}`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${issue.maximum} characters long`
        : `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return (issue.pattern && messageOf(issue.pattern)) || 'has the wrong format';
    default:
      return 'is invalid';
  }
}

export function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  if (typeof input === 'number' && !Number.isInteger(input)) return 'number';
  return typeof input;
}

let patternMessages: Map<string, string> | undefined;

/** Built on first use, so a bundle that imports this file but never calls it leaves the table out. */
const messageOf = (pattern: string) =>
  (patternMessages ??= new Map(
    (
      [
        [patterns.SLUG_PATTERN, 'must be a slug: lowercase letters, digits and single hyphens'],
        [patterns.NOT_BLANK, 'must not be empty'],
        [patterns.NO_PADDING, 'must not start or end with spaces'],
        [patterns.NO_CONTROL, 'must not contain control characters'],
        [
          patterns.NO_BIDI_CONTROL,
          'must not contain bidirectional control characters (U+202A–202E, U+2066–2069)',
        ],
        [patterns.NO_LONE_SURROGATE, 'must not contain a lone surrogate (broken Unicode)'],
        [patterns.HTTP_URL, 'must be an absolute http(s) URL'],
        [patterns.IMAGE_SRC, 'must be an http(s) URL or a path inside the site'],
        [patterns.ARXIV_ID, 'must look like 2401.09865'],
        [patterns.DOI, 'must look like 10.1038/xyz'],
        [patterns.SCHOLAR_URL, 'must be a https://scholar.google… URL'],
        [patterns.DBLP_URL, 'must be a https://dblp.org/ URL'],
        [patterns.ORCID_ID, 'must be an ORCID iD like 0000-0002-1825-0097'],
        [patterns.GITHUB_USER, 'must be a GitHub user name'],
        [EMAIL_PATTERN, 'must be a plain email address'],
      ] as const
    ).map(([pattern, message]) => [String(pattern), message]),
  )).get(pattern);
