import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { DirectoryApp, type DirectoryAppProps } from '../app/directory-app';
import { fetchDirectoryJson } from '../features/directory/api/fetch-directory-json';
import { readInstitute } from '../features/directory/api/institute-query';
import { membersQueryOptions } from '../features/directory/api/members-query';
import { INSTITUTE_PREVIEW_FILE } from '../features/directory/utils/institute-file';

type Props = Omit<DirectoryAppProps, 'queryClient' | 'preview'>;

/**
 * The institute's pages (their own chunk: a profile page never loads the directory's code). A
 * prerendered page hydrates once it has what it was rendered with (the members, and the institute
 * list's first publications); until then, and if that cannot load, the static page stays as it is
 * and `onFailure` tells the visitor.
 */
export async function startDirectory(
  container: Element,
  props: Props,
  { hydrate, onFailure }: { hydrate: boolean; onFailure: (retry: () => void) => void },
): Promise<void> {
  const queryClient = new QueryClient();
  let preview: DirectoryAppProps['preview'];
  try {
    const [, previewData] = await Promise.all([
      queryClient.fetchQuery(membersQueryOptions(props.baseUrl)),
      props.page === 'publications' && hydrate
        ? fetchDirectoryJson(props.baseUrl, INSTITUTE_PREVIEW_FILE)
        : undefined,
    ]);
    preview = previewData === undefined ? undefined : await readInstitute(previewData);
  } catch {
    if (hydrate) return onFailure(() => void startDirectory(container, props, { hydrate, onFailure }));
    // Not prerendered: the page itself says what failed, with its own "Try again".
  }
  const element = (
    <StrictMode>
      <DirectoryApp {...props} queryClient={queryClient} preview={preview} />
    </StrictMode>
  );
  if (hydrate) hydrateRoot(container, element);
  else createRoot(container).render(element);
}
