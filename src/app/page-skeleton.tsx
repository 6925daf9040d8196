import { useMessages } from '../i18n/messages-context';

const bar = 'rounded bg-slate-200 motion-safe:animate-pulse dark:bg-slate-800';

/** The page's shape while the profile loads: never a spinner on a blank page. */
export function PageSkeleton() {
  const t = useMessages();
  return (
    <main aria-busy="true" className="mx-auto max-w-5xl px-4 py-8 sm:px-6 sm:py-12">
      <p role="status" className="sr-only">
        {t.loading}
      </p>
      <div aria-hidden="true" className="flex flex-col gap-5 sm:flex-row sm:items-center sm:gap-7">
        <div className={`size-24 shrink-0 rounded-full sm:size-32 ${bar}`} />
        <div className="flex-1 space-y-3">
          <div className={`h-9 w-3/5 ${bar}`} />
          <div className={`h-5 w-1/2 ${bar}`} />
          <div className={`h-4 w-1/4 ${bar}`} />
        </div>
      </div>
      <PublicationsSkeleton />
    </main>
  );
}

export function PublicationsSkeleton() {
  return (
    <div aria-hidden="true" className="mt-8 sm:mt-10">
      <div className={`h-4 w-36 ${bar}`} />
      <div className="mt-3 flex flex-wrap gap-2">
        {['w-28', 'w-40', 'w-24', 'w-36', 'w-32', 'w-20', 'w-44'].map((width) => (
          <div key={width} className={`h-9 rounded-full ${width} ${bar}`} />
        ))}
      </div>
      <div className={`mt-12 h-11 ${bar}`} />
      <div className="mt-6 space-y-4">
        {[0, 1, 2].map((index) => (
          <div key={index} className="space-y-3 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
            <div className={`h-4 w-1/3 ${bar}`} />
            <div className={`h-5 w-4/5 ${bar}`} />
            <div className={`h-4 w-full ${bar}`} />
            <div className={`h-4 w-11/12 ${bar}`} />
          </div>
        ))}
      </div>
    </div>
  );
}
