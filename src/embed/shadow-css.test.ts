import { describe, expect, test } from 'vitest';
import { remToVar, toShadowCss, unconditionalPropertyFallback, widthMediaToContainer } from './shadow-css';

describe('remToVar', () => {
  test('turns rems in declarations into multiples of --rp-rem', () => {
    expect(remToVar(':host{--spacing:.25rem;--text-sm:0.875rem}a{margin:-1rem 2REM 10px}')).toBe(
      ':host{--spacing:calc(.25 * var(--rp-rem));--text-sm:calc(0.875 * var(--rp-rem))}' +
        'a{margin:calc(-1 * var(--rp-rem)) calc(2 * var(--rp-rem)) 10px}',
    );
  });

  test('leaves media and container queries, and words that merely contain rem, alone', () => {
    const css =
      '@media (width>=40rem){.sm\\:p-4{padding:1rem}}@container (min-width:20rem){a{b:c}}.remote-x{top:0}.text-\\[2rem\\]{font-size:2rem}';
    expect(remToVar(css)).toBe(
      '@media (width>=40rem){.sm\\:p-4{padding:calc(1 * var(--rp-rem))}}@container (min-width:20rem){a{b:c}}.remote-x{top:0}.text-\\[2rem\\]{font-size:calc(2 * var(--rp-rem))}',
    );
  });

  test('has nothing to do on CSS without rem', () => {
    expect(remToVar('a{margin:1em 2px}')).toBe('a{margin:1em 2px}');
  });
});

describe('unconditionalPropertyFallback', () => {
  const guarded =
    '@layer properties{@supports (((-webkit-hyphens:none)) and (not (margin-trim:inline))) or ((-moz-orient:inline) and (not (color:rgb(from red r g b)))){*,:before,:after,::backdrop{--tw-border-style:solid;--tw-shadow:0 0 #0000}}}';

  test('drops the @supports guard and keeps its rules inside the layer', () => {
    expect(unconditionalPropertyFallback(`${guarded}.a{color:red}`)).toBe(
      '@layer properties{*,:before,:after,::backdrop{--tw-border-style:solid;--tw-shadow:0 0 #0000}}.a{color:red}',
    );
  });

  test('leaves other @supports blocks and CSS without the layer as they were', () => {
    const other = '@supports (display:grid){a{b:c}}';
    expect(unconditionalPropertyFallback(other)).toBe(other);
    expect(toShadowCss(other)).toBe(other);
  });

  test('an unbalanced stylesheet is returned unchanged rather than cut', () => {
    const broken = '@layer properties{@supports (x:y){*{--tw-a:0}';
    expect(unconditionalPropertyFallback(broken)).toBe(broken);
  });
});

describe('widthMediaToContainer', () => {
  test('turns width breakpoints into queries on the widget’s own width, in px', () => {
    expect(
      widthMediaToContainer(
        '@media (width>=40rem){a{b:c}}@media (min-width: 48rem){a{b:c}}@media (width<30em){a{b:c}}@media (max-width:500px){a{b:c}}',
      ),
    ).toBe(
      '@container rp (min-width: 640px){a{b:c}}@container rp (min-width: 768px){a{b:c}}' +
        '@container rp (max-width: 480px){a{b:c}}@container rp (max-width: 500px){a{b:c}}',
    );
  });

  test('leaves every other media query alone', () => {
    const css =
      '@media (hover:hover){a{b:c}}@media (prefers-color-scheme:dark){a{b:c}}@media print{a{b:c}}@media (min-height:40rem){a{b:c}}';
    expect(widthMediaToContainer(css)).toBe(css);
  });
});
