/* eslint-disable no-control-regex -- rejecting control characters is the point */
import { SITE_PATH } from '../lib/safe-href';
/*
 * The schema's patterns, named, so the schema (on the page) and their messages (schema-messages.ts,
 * for validate-data and the forgiving reader, off the first view) can share them. Each means the
 * same with and without the `u` flag: the JSON Schema carries them, and ajv compiles with it.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const NOT_BLANK = /\S/;
export const NO_PADDING = /^(?!\s)(?![\s\S]*\s$)/;
export const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
/** Overrides and isolates can make text display in another order than it reads (spoofing). */
export const NO_BIDI_CONTROL = /^[^\u202a-\u202e\u2066-\u2069]*$/;
/** A lone surrogate is broken Unicode: no URL can hold it (the page's search state), no font shows it. */
export const NO_LONE_SURROGATE =
  /^(?![\s\S]*(?:[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]))/;

/** Written plainly: browsers drop spaces and control characters inside a scheme (`java\tscript:`). */
export const HTTP_URL = /^https?:\/\/[^/\u0000-\u0020\u007f-\u009f][^\u0000-\u0020\u007f-\u009f]*$/;
/** An image: an http(s) URL or a path inside the site (safeHref's SITE_PATH). */
export const IMAGE_SRC = new RegExp(`${HTTP_URL.source}|${SITE_PATH.source}`);
export const ARXIV_ID = /^\d{4}\.\d{4,5}$/;
export const DOI = /^10\.\d{4,9}\/\S+$/;
export const SCHOLAR_URL = /^https:\/\/scholar\.google\.[a-z.]+\//;
export const DBLP_URL = /^https:\/\/dblp\.org\//;
export const ORCID_ID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
export const GITHUB_USER = /^[A-Za-z\d](?:-?[A-Za-z\d]){0,38}$/;
