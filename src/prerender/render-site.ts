import type { LanguagePages } from '../app/language-switch';
import type { InstituteFile } from '../features/directory/utils/institute-file';
import type { MemberSummary } from '../features/directory/utils/member-summary';
import type { Language } from '../i18n/load-messages';
import { relativeHref } from '../lib/relative-href';
import type { Institute } from './profile-description';
import { renderDirectoryPage } from './render-directory-page';
import { renderProfilePage } from './render-profile-page';

/** How many publications the institute list's HTML holds; the rest loads as data. */
export const INSTITUTE_PREVIEW_SIZE = 50;

export interface SiteInput {
  template: string;
  profiles: { slug: string; data: unknown }[];
  /** The profile the site's root shows; when it names no profile, the root is the members page. */
  defaultSlug: string | undefined;
  siteUrl?: string;
  institute?: Institute | null;
  css?: string;
  /** The build's members.json and institute.json: with them, `people/` and `publications/`. */
  directory?: { members: MemberSummary[]; institute: InstituteFile };
}

export interface RenderedPage {
  file: string;
  html: string;
}

/** The institute list's first publications, and which members each is of. */
export function institutePreview(institute: InstituteFile): InstituteFile {
  const publications = institute.profile.publications.slice(0, INSTITUTE_PREVIEW_SIZE);
  return {
    profile: { ...institute.profile, publications },
    publicationMembers: Object.fromEntries(
      publications.map((publication) => [publication.id, institute.publicationMembers[publication.id] ?? []]),
    ),
  };
}

/** A page and its other language's version, each relative to where the page is. */
function versionsOf(page: string, versions: Record<Language, string>): LanguagePages {
  return { en: relativeHref(page, versions.en), fr: relativeHref(page, versions.fr) };
}

/**
 * Where a page is written: its English and French versions, and copies of both at the site's root
 * ('' and 'fr/', whose language switches link each other) when it is the root's page.
 */
function copiesOf(versions: Record<Language, string>, atRoot: boolean) {
  const root = { en: '', fr: 'fr/' };
  return [
    { page: versions.en, language: 'en' as const, switchTo: versions },
    { page: versions.fr, language: 'fr' as const, switchTo: versions },
    ...(atRoot
      ? [
          { page: root.en, language: 'en' as const, switchTo: root },
          { page: root.fr, language: 'fr' as const, switchTo: root },
        ]
      : []),
  ];
}

/**
 * Every page of the site in both languages: each profile at `<slug>/` and `fr/<slug>/`, the
 * members page at `people/`, the institute list at `publications/`, and at the root ('' and 'fr/')
 * the default profile, or the members page when there is none.
 */
export async function renderSite(input: SiteInput): Promise<RenderedPage[]> {
  const pages: RenderedPage[] = [];
  const hasDefault = input.profiles.some(({ slug }) => slug === input.defaultSlug);

  for (const { slug, data } of input.profiles) {
    const versions = { en: `${slug}/`, fr: `fr/${slug}/` };
    for (const copy of copiesOf(versions, slug === input.defaultSlug))
      pages.push({
        file: `${copy.page}index.html`,
        html: await renderProfilePage({
          template: input.template,
          slug,
          data,
          language: copy.language,
          // Head links (canonical, hreflang) name the profile's own pages, also from the root copies.
          paths: { page: copy.page, ...versions },
          languagePages: versionsOf(copy.page, copy.switchTo),
          siteUrl: input.siteUrl,
          institute: input.institute,
          css: input.css,
          members: input.directory?.members,
        }),
      });
  }

  const { directory } = input;
  if (!directory) return pages;
  const preview = institutePreview(directory.institute);
  for (const page of ['members', 'publications'] as const) {
    const folder = page === 'members' ? 'people/' : 'publications/';
    const versions = { en: folder, fr: `fr/${folder}` };
    for (const copy of copiesOf(versions, page === 'members' && !hasDefault))
      pages.push({
        file: `${copy.page}index.html`,
        html: await renderDirectoryPage({
          template: input.template,
          page,
          language: copy.language,
          paths: { page: copy.page, ...versions },
          languagePages: versionsOf(copy.page, copy.switchTo),
          members: directory.members,
          preview,
          publicationTotal: directory.institute.profile.publications.length,
          instituteName: input.institute?.name ?? directory.institute.profile.name,
          siteUrl: input.siteUrl,
          css: input.css,
        }),
      });
  }
  return pages;
}
