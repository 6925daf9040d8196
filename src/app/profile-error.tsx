import { InvalidProfileError, ProfileLoadError, ProfileNotFoundError } from '../data/profile-errors';
import { useMessages } from '../i18n/messages-context';
import { Heading } from '../lib/heading-level';
import type { LocationAdapter } from '../lib/location';

interface Props {
  error: unknown;
  slug: string;
  location: LocationAdapter;
  onRetry: () => void;
}

/** Errors the page explains to the visitor, as opposed to bugs. */
export function isExpectedProfileError(error: unknown): boolean {
  return (
    error instanceof ProfileNotFoundError ||
    error instanceof InvalidProfileError ||
    error instanceof ProfileLoadError
  );
}

const button =
  'mt-6 inline-flex min-h-11 items-center rounded-lg bg-indigo-700 px-4 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200';

/** What went wrong, in words a visitor (or the profile's maintainer) can act on. */
export function ProfileError({ error, slug, location, onRetry }: Props) {
  const t = useMessages();

  if (error instanceof ProfileNotFoundError) {
    const showDefault = () => {
      const params = location.read();
      params.delete('profile');
      location.push(params);
    };
    return (
      <ErrorPage title={t.errors.notFoundTitle}>
        <p>{t.errors.notFound(slug)}</p>
        {location.read().has('profile') && (
          <button type="button" className={button} onClick={showDefault}>
            {t.errors.showDefault}
          </button>
        )}
      </ErrorPage>
    );
  }

  if (error instanceof InvalidProfileError) {
    return (
      <ErrorPage title={t.errors.invalidTitle}>
        <p>{t.errors.invalidIntro(error.problems.length)}</p>
        <ul className="mt-4 space-y-2">
          {error.problems.map((problem, index) => (
            <li key={index} className="rounded-lg bg-slate-100 px-3 py-2 dark:bg-slate-900">
              <code className="font-mono text-sm font-semibold break-all text-red-800 dark:text-red-300">
                {problem.path}
              </code>{' '}
              {problem.message}
            </li>
          ))}
        </ul>
      </ErrorPage>
    );
  }

  const detail = error instanceof ProfileLoadError ? error.message : t.errors.unexpected;
  return (
    <ErrorPage title={error instanceof ProfileLoadError ? t.errors.loadTitle : t.errors.unexpectedTitle}>
      <div role="alert">
        <p>{detail}</p>
      </div>
      <button type="button" className={button} onClick={onRetry}>
        {t.errors.tryAgain}
      </button>
    </ErrorPage>
  );
}

function ErrorPage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <Heading depth={0} className="text-2xl font-bold tracking-tight sm:text-3xl">
        {title}
      </Heading>
      <div className="mt-4 leading-relaxed text-slate-700 dark:text-slate-300">{children}</div>
    </main>
  );
}
