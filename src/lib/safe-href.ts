// eslint-disable-next-line no-control-regex -- spaces and control characters are how schemes get disguised
const SPACE_OR_CONTROL = /[\u0000-\u0020\u007f-\u009f]/;
const HTTP_START = /^https?:\/\/[^/]/i;
/** A path inside the site, such as `images/ada.jpg`: no scheme, no `//host`, no `..` tricks needed. */
export const SITE_PATH = /^\/?[\w.-]+(?:\/[\w.-]+)*$/;
/** Deliberately plain: one @, no spaces or characters that would change a mailto: URL's meaning. */
export const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"?&/%]+@[a-z\d-]+(?:\.[a-z\d-]+)+$/i;

type Extra = 'site-path' | 'mailto';

/**
 * The one gate every URL passes before it is rendered (`href`, `src`): an absolute http(s) URL
 * written plainly, or undefined. Browsers ignore tabs and newlines inside a scheme (`java\tscript:`)
 * and accept `//host` without one, so any space or control character, and anything but an explicit
 * `http://` or `https://` start, is refused rather than cleaned. `extra` admits one more form:
 * a path inside the site (portraits), or `mailto:` with a plain address.
 */
export function safeHref(value: unknown, extra?: Extra): string | undefined {
  if (typeof value !== 'string' || value.length > 2048 || SPACE_OR_CONTROL.test(value)) return undefined;
  if (extra === 'site-path' && SITE_PATH.test(value) && !/^\.*$/.test(value)) return value;
  if (extra === 'mailto' && value.startsWith('mailto:'))
    return EMAIL_PATTERN.test(value.slice(7)) ? value : undefined;
  if (!HTTP_START.test(value)) return undefined;
  // The start already fixes the scheme; parsing rules out what no browser could open (a bad host).
  try {
    new URL(value);
    return value;
  } catch {
    return undefined;
  }
}
