import type { Profile } from '../data/profile-schema';
import type { Language } from '../i18n/load-messages';
import { messagesFor } from './messages-for';
import { pageMeta, type PageHead } from './page-meta';
import { profileDescription, type Institute } from './profile-description';
import { imageUrl, parseSiteUrl, type PagePaths } from './site-urls';

export interface HeadOptions {
  language: Language;
  /** The deployment's absolute http(s) URL (SITE_URL): without it, no canonical and no og:url. */
  siteUrl?: string;
  /** data/site.json's institute, shown after the membership as in the header. */
  institute?: Institute | null;
  paths: PagePaths;
}

/** "Name — position", or the name alone. */
function profileTitle(profile: Pick<Profile, 'name' | 'position'>): string {
  return profile.position ? `${profile.name} — ${profile.position}` : profile.name;
}

export function profileHead(profile: Profile, options: HeadOptions): PageHead {
  const { language, paths } = options;
  const site = options.siteUrl === undefined ? undefined : parseSiteUrl(options.siteUrl);
  const image = imageUrl(profile.portrait?.src, site, paths.page);
  return pageMeta({
    language,
    type: 'profile',
    title: profileTitle(profile),
    description: profileDescription(profile, options.institute, messagesFor(language)),
    paths,
    site,
    image: image && profile.portrait ? { url: image, alt: profile.portrait.alt } : undefined,
  });
}
