import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { App } from '../app/app';
import type { LanguagePages } from '../app/language-switch';
import { fetchProfile, profileQueryOptions } from '../data/profile-query';
import type { ProfileSource } from '../data/profile-source';
import type { Language } from '../i18n/load-messages';
import { createMemoryLocation } from '../lib/location';
import { PAGE_SIZE } from '../features/publications/components/publication-list';
import { sortPublications } from '../features/publications/utils/sort-publications';
import { memberLinks } from '../features/directory/utils/member-hrefs';
import type { MemberSummary } from '../features/directory/utils/member-summary';
import type { Profile } from '../data/profile-schema';
import type { MemberHref } from '../lib/member-links';
import { fillTemplate } from './fill-template';
import { jsonLdScript } from './json-ld-script';
import { messagesFor } from './messages-for';
import type { Institute } from './profile-description';
import { profileHead } from './profile-head';
import { profileJsonLd } from './profile-json-ld';
import { renderHeadHtml } from './render-head-html';
import { renderToHtml } from './render-to-html';
import type { PagePaths } from './site-urls';

export interface ProfilePageInput {
  /** The built index.html. */
  template: string;
  slug: string;
  /** The profile's JSON as in data/profiles/ (validated here as the page validates it). */
  data: unknown;
  language: Language;
  paths: PagePaths;
  /** What the page's language switch links to (the root copies link to each other). */
  languagePages: LanguagePages;
  siteUrl?: string;
  institute?: Institute | null;
  /** The stylesheet, inlined in the page (see fillTemplate). */
  css?: string;
  /** The institute's members: co-authors among them link to their profiles. */
  members?: MemberSummary[];
}

/**
 * One profile page as a complete HTML document: the app rendered with the profile already loaded,
 * the head and JSON-LD built from the same data, in the template the build wrote.
 */
export async function renderProfilePage(input: ProfilePageInput): Promise<string> {
  const { slug, language, paths } = input;
  const loaded = await fetchProfile({ kind: 'inline', slug, data: input.data });
  // The client fetches the same profile from here, whatever the page's depth (see main.tsx).
  const source: ProfileSource = { kind: 'url', baseUrl: 'profiles', slug };
  const memberHref = input.members && memberLinks(input.members, paths.page, slug);
  const linksMembers = memberHref !== undefined && hasMemberCoauthor(loaded.profile, memberHref);
  const queryClient = new QueryClient();
  queryClient.setQueryData(profileQueryOptions(source).queryKey, loaded);

  const body = await renderToHtml(
    <StrictMode>
      <App
        source={source}
        location={createMemoryLocation()}
        queryClient={queryClient}
        messages={messagesFor(language)}
        ownsDocument
        languagePages={input.languagePages}
        titleInHead
        memberHref={linksMembers ? memberHref : undefined}
      />
    </StrictMode>,
  );

  const options = { language, siteUrl: input.siteUrl, institute: input.institute, paths };
  // Structured data describes what the HTML holds: the list's first page in its first order.
  const { publications } = loaded.profile;
  const inHtml = new Set(sortPublications(publications, 'newest', (item) => item).slice(0, PAGE_SIZE));
  const described = { ...loaded.profile, publications: publications.filter((item) => inHtml.has(item)) };
  const head = [
    renderHeadHtml(profileHead(loaded.profile, options)),
    `<script type="application/ld+json">${jsonLdScript(profileJsonLd(described, options))}</script>`,
  ].join('\n');
  return fillTemplate(input.template, {
    lang: language,
    head,
    body,
    page: paths.page,
    css: input.css,
    rootData: {
      profile: slug,
      'language-pages': JSON.stringify(input.languagePages),
      // The client loads members.json before it hydrates only when the HTML has member links.
      ...(linksMembers && { 'member-links': paths.page }),
    },
  });
}

function hasMemberCoauthor(profile: Profile, memberHref: MemberHref): boolean {
  return profile.publications.some((publication) => publication.authors.some((author) => memberHref(author)));
}
