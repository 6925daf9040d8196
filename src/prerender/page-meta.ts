import type { Language } from '../i18n/load-messages';
import { checkPagePaths, versionHref, type PagePaths } from './site-urls';

export type HeadMeta = { name: string; content: string } | { property: string; content: string };
export type HeadLink =
  { rel: 'canonical'; href: string } | { rel: 'alternate'; hreflang: string; href: string };

/** A page's head as plain data: renderHeadHtml writes it; `lang` is for `<html lang>`. */
export interface PageHead {
  lang: Language;
  title: string;
  meta: HeadMeta[];
  links: HeadLink[];
}

const OG_LOCALES: Record<Language, string> = { en: 'en_US', fr: 'fr_FR' };

/** The language versions a page links (hreflang → which version); x-default is English's. */
const VERSIONS = [
  ['en', 'en'],
  ['fr', 'fr'],
  ['x-default', 'en'],
] as const;

export interface PageMetaInput {
  language: Language;
  /** Open Graph's type: `profile` for a person's page, `website` for the others. */
  type: 'profile' | 'website';
  title: string;
  description: string;
  paths: PagePaths;
  /** The deployment's URL (parsed SITE_URL): without it, no canonical, no og:url, no hreflang. */
  site: URL | undefined;
  /** A picture for link previews, its URL already resolved for crawlers. */
  image?: { url: string; alt: string };
}

/**
 * Every page's head: the description, Open Graph and Twitter card tags, and with the site's URL the
 * canonical link, og:url (the same URL) and the language versions (en, fr, x-default), all
 * absolute: search engines ignore a relative hreflang (and Lighthouse fails it), so without the
 * site's URL there are none; the page's language switch links the versions for visitors either way.
 */
export function pageMeta(input: PageMetaInput): PageHead {
  const { language, title, description, site, image } = input;
  const paths = checkPagePaths(input.paths);
  const links: HeadLink[] = site
    ? [
        { rel: 'canonical', href: versionHref(paths, language, site) },
        ...VERSIONS.map(([hreflang, version]) => ({
          rel: 'alternate' as const,
          hreflang,
          href: versionHref(paths, version, site),
        })),
      ]
    : [];
  const canonical = links.find((link) => link.rel === 'canonical')?.href;
  const other: Language = language === 'en' ? 'fr' : 'en';

  const meta: HeadMeta[] = [
    { name: 'description', content: description },
    { property: 'og:type', content: input.type },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:locale', content: OG_LOCALES[language] },
    { property: 'og:locale:alternate', content: OG_LOCALES[other] },
    ...(canonical ? [{ property: 'og:url', content: canonical }] : []),
    ...(image
      ? [
          { property: 'og:image', content: image.url },
          { property: 'og:image:alt', content: image.alt },
        ]
      : []),
    { name: 'twitter:card', content: 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
    ...(image
      ? [
          { name: 'twitter:image', content: image.url },
          { name: 'twitter:image:alt', content: image.alt },
        ]
      : []),
  ];
  return { lang: language, title, meta, links };
}
