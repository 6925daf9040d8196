import type { Link } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';

export function PublicationLinks({ links }: { links: Link[] }) {
  const t = useMessages();
  if (links.length === 0) return null;
  return (
    <ul aria-label={t.card.links} className="flex flex-wrap gap-x-4 gap-y-2">
      {links.map((link, index) => (
        <li key={`${link.url}-${index}`}>
          <a
            href={link.url}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex min-h-6 items-center gap-1 text-sm font-medium text-indigo-700 underline decoration-indigo-300 underline-offset-4 hover:decoration-current dark:text-indigo-300 dark:decoration-indigo-700"
          >
            {link.label ?? t.links[link.kind]}
            <svg aria-hidden="true" viewBox="0 0 16 16" fill="currentColor" className="size-3.5 opacity-70">
              <path d="M6.22 8.72a.75.75 0 0 0 1.06 1.06l5.22-5.22v1.69a.75.75 0 0 0 1.5 0v-3.5a.75.75 0 0 0-.75-.75h-3.5a.75.75 0 0 0 0 1.5h1.69L6.22 8.72Z" />
              <path d="M3.5 6.75c0-.69.56-1.25 1.25-1.25H7A.75.75 0 0 0 7 4H4.75A2.75 2.75 0 0 0 2 6.75v4.5A2.75 2.75 0 0 0 4.75 14h4.5A2.75 2.75 0 0 0 12 11.25V9a.75.75 0 0 0-1.5 0v2.25c0 .69-.56 1.25-1.25 1.25h-4.5c-.69 0-1.25-.56-1.25-1.25v-4.5Z" />
            </svg>
          </a>
        </li>
      ))}
    </ul>
  );
}
