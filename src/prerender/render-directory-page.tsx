import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { DirectoryApp, type DirectoryPage } from '../app/directory-app';
import type { LanguagePages } from '../app/language-switch';
import { membersQueryOptions } from '../features/directory/api/members-query';
import type { InstituteFile } from '../features/directory/utils/institute-file';
import type { MemberSummary } from '../features/directory/utils/member-summary';
import type { Language } from '../i18n/load-messages';
import { createMemoryLocation } from '../lib/location';
import { fillTemplate } from './fill-template';
import { messagesFor } from './messages-for';
import { pageMeta, type PageHead } from './page-meta';
import { renderHeadHtml } from './render-head-html';
import { renderToHtml } from './render-to-html';
import { parseSiteUrl, type PagePaths } from './site-urls';
import { directoryText } from '../i18n/directory';

export interface DirectoryPageInput {
  template: string;
  page: DirectoryPage;
  language: Language;
  paths: PagePaths;
  languagePages: LanguagePages;
  members: MemberSummary[];
  /** The institute list's first publications (the rest loads as data). */
  preview: InstituteFile;
  /** How many publications the whole institute list has. */
  publicationTotal: number;
  instituteName: string;
  siteUrl?: string;
  css?: string;
}

/** The members page or the institute's publication list as a complete HTML document. */
export async function renderDirectoryPage(input: DirectoryPageInput): Promise<string> {
  const { page, language, paths } = input;
  const queryClient = new QueryClient();
  // The same key the client fills before it hydrates (main.tsx): both render the same members.
  queryClient.setQueryData(membersQueryOptions('profiles').queryKey, input.members);
  const body = await renderToHtml(
    <StrictMode>
      <DirectoryApp
        page={page}
        location={createMemoryLocation()}
        baseUrl="profiles"
        pagePath={paths.page}
        messages={messagesFor(language)}
        queryClient={queryClient}
        languagePages={input.languagePages}
        preview={input.preview}
      />
    </StrictMode>,
  );
  return fillTemplate(input.template, {
    lang: language,
    head: renderHeadHtml(directoryHead(input)),
    body,
    page: paths.page,
    css: input.css,
    rootData: { page, 'page-path': paths.page, 'language-pages': JSON.stringify(input.languagePages) },
  });
}

function directoryHead(input: DirectoryPageInput): PageHead {
  const { language, instituteName } = input;
  const t = directoryText(messagesFor(language));
  const members = input.page === 'members';
  return pageMeta({
    language,
    type: 'website',
    title: members ? t.membersPageTitle(instituteName) : t.publicationsTitle(instituteName),
    description: members
      ? t.membersDescription(instituteName, input.members.length)
      : t.publicationsDescription(instituteName, input.publicationTotal),
    paths: input.paths,
    site: input.siteUrl === undefined ? undefined : parseSiteUrl(input.siteUrl),
  });
}
