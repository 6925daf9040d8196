import type { Profile } from '../data/profile-schema';
import type { Language } from '../i18n/load-messages';
import { messagesFor } from './messages-for';
import { profileDescription, type Institute } from './profile-description';
import { checkPagePaths, imageUrl, parseSiteUrl, versionHref, type PagePaths } from './site-urls';

export interface HeadOptions {
  language: Language;
  /** The deployment's absolute http(s) URL (SITE_URL): without it, no canonical and no og:url. */
  siteUrl?: string;
  /** data/site.json's institute, shown after the membership as in the header. */
  institute?: Institute | null;
  paths: PagePaths;
}

export type HeadMeta = { name: string; content: string } | { property: string; content: string };
export type HeadLink =
  { rel: 'canonical'; href: string } | { rel: 'alternate'; hreflang: string; href: string };

/** A page's head as plain data: renderHeadHtml writes it; `lang` is for `<html lang>`. */
export interface ProfileHead {
  lang: Language;
  title: string;
  meta: HeadMeta[];
  links: HeadLink[];
}

export const OG_LOCALES: Record<Language, string> = { en: 'en_US', fr: 'fr_FR' };

/** "Name — position", or the name alone. */
function profileTitle(profile: Pick<Profile, 'name' | 'position'>): string {
  return profile.position ? `${profile.name} — ${profile.position}` : profile.name;
}

export function profileHead(profile: Profile, options: HeadOptions): ProfileHead {
  const { language } = options;
  const site = options.siteUrl === undefined ? undefined : parseSiteUrl(options.siteUrl);
  const paths = checkPagePaths(options.paths);
  const title = profileTitle(profile);
  const description = profileDescription(profile, options.institute, messagesFor(language));
  const canonical = site ? versionHref(paths, language, site) : undefined;
  const image = imageUrl(profile.portrait?.src, site, paths.page);
  const other: Language = language === 'en' ? 'fr' : 'en';

  const meta: HeadMeta[] = [
    { name: 'description', content: description },
    { property: 'og:type', content: 'profile' },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:locale', content: OG_LOCALES[language] },
    { property: 'og:locale:alternate', content: OG_LOCALES[other] },
  ];
  if (canonical) meta.push({ property: 'og:url', content: canonical });
  if (image && profile.portrait) {
    meta.push({ property: 'og:image', content: image });
    meta.push({ property: 'og:image:alt', content: profile.portrait.alt });
  }
  meta.push(
    { name: 'twitter:card', content: 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
  );
  if (image && profile.portrait) {
    meta.push({ name: 'twitter:image', content: image });
    meta.push({ name: 'twitter:image:alt', content: profile.portrait.alt });
  }

  return { lang: language, title, meta, links: siteLinks(paths, language, site) };
}

/**
 * The canonical URL and the language versions (en, fr, x-default), all absolute: search engines
 * ignore a relative hreflang (and Lighthouse fails it), so without the site's URL there are none;
 * the page's language switch links the versions for visitors either way.
 */
export function siteLinks(paths: PagePaths, language: Language, site: URL | undefined): HeadLink[] {
  if (!site) return [];
  const links: HeadLink[] = [{ rel: 'canonical', href: versionHref(paths, language, site) }];
  for (const [hreflang, version] of [
    ['en', 'en'],
    ['fr', 'fr'],
    ['x-default', 'en'],
  ] as const)
    links.push({ rel: 'alternate', hreflang, href: versionHref(paths, version, site) });
  return links;
}
