/**
 * The policy the example host page is served with (tests and `npm run preview`): everything from the
 * page's own origin, nothing inline, no eval. The embed must work under it unchanged.
 */
export const STRICT_CSP =
  "default-src 'self'; require-trusted-types-for 'script'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'self'";

/** The example host pages, and the iframe page they embed, get the strict policy. */
export const servedWithStrictCsp = (pathname: string) =>
  pathname.startsWith('/examples/') || pathname === '/embed.html';
