import type { AppProps } from '../app/app';

export type Theme = NonNullable<AppProps['theme']>;
const THEMES: readonly string[] = ['light', 'dark', 'auto'] satisfies Theme[];

/** `light`, `dark` or `auto` (any other value, or none, follows the visitor's colour scheme). */
export function themeFrom(value: string | null): Theme {
  const theme = value?.trim().toLowerCase() ?? '';
  return THEMES.includes(theme) ? (theme as Theme) : 'auto';
}

/** 1–6; anything else gives the embedded default, 2. */
export function headingLevelFrom(value: string | null): number {
  const level = Number(value?.trim() || Number.NaN);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

/** The URL keys' prefix with `sync-url`: `url-prefix`, else the element's id, else `rp`. */
export function urlPrefixFrom(urlPrefix: string | null, id: string): string {
  return urlPrefix?.trim() || id.trim() || 'rp';
}
