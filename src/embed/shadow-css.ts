/**
 * Build-time fixes that let Tailwind's CSS work in a shadow root on any host page:
 *
 * - Breakpoints (`sm:`, `md:` …) follow the widget's own width, not the window's: a profile in a
 *   narrow column gets the narrow layout. Width media queries become container queries on the
 *   `rp` container (the widget's root), their rem read as the default 16 px.
 * - `rem` follows the host's root font size (`html { font-size: 10px }` would shrink the widget), so
 *   every rem in a declaration becomes a multiple of `--rp-rem`, which the element sets on its host.
 *   Rems in at-rule preludes stay: media queries cannot use var() and read the initial font size.
 * - Browsers ignore `@property` inside shadow roots, so Tailwind's fallback for browsers without it
 *   (initial values for `--tw-*` on every element, behind an `@supports` test) must always apply,
 *   or borders, rings and shadows render nothing.
 */
export function toShadowCss(css: string): string {
  return unconditionalPropertyFallback(remToVar(widthMediaToContainer(css)));
}

export const CONTAINER_NAME = 'rp';
const WIDTH_MEDIA =
  /@media\s*\(\s*(width\s*(?:>=|<)|min-width\s*:|max-width\s*:)\s*(\d*\.?\d+)(rem|em|px)\s*\)/gi;

export function widthMediaToContainer(css: string): string {
  return css.replace(WIDTH_MEDIA, (_whole, test: string, value: string, unit: string) => {
    const px = Number(value) * (unit.toLowerCase() === 'px' ? 1 : 16);
    const op = test.replace(/\s+/g, '').toLowerCase();
    const condition = op === 'width>=' || op === 'min-width:' ? `min-width: ${px}px` : `max-width: ${px}px`;
    return `@container ${CONTAINER_NAME} (${condition})`;
  });
}

// A number not glued to a name or an escaped selector character (`.text-\[2rem\]` is a class).
const REM_OR_AT_RULE = /(@[a-z-]+[^{};]*)|(?<![\w\\[\]-])(-?(?:\d+\.?\d*|\.\d+))rem\b/gi;

export function remToVar(css: string): string {
  return css.replace(REM_OR_AT_RULE, (whole, atRule: string | undefined, number: string | undefined) =>
    atRule !== undefined || number === undefined ? whole : `calc(${number} * var(--rp-rem))`,
  );
}

/** Removes the `@supports (…) {` wrapper (and its closing brace) inside `@layer properties`. */
export function unconditionalPropertyFallback(css: string): string {
  const layer = /@layer\s+properties\s*\{\s*@supports\b/.exec(css);
  if (!layer) return css;
  const supportsAt = css.indexOf('@supports', layer.index);
  const open = css.indexOf('{', supportsAt);
  const close = matchingBrace(css, open);
  if (close < 0) return css;
  return css.slice(0, supportsAt) + css.slice(open + 1, close) + css.slice(close + 1);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return -1;
}
