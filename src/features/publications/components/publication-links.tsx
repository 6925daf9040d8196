import type { Link } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';
import { PaperLink } from './paper-link';

export function PublicationLinks({ links, title }: { links: Link[]; title: string }) {
  const t = useMessages();
  if (links.length === 0) return null;
  return (
    <ul aria-label={t.card.links} className="flex flex-wrap gap-x-4 gap-y-2">
      {links.map((link, index) => (
        <li key={`${link.url}-${index}`}>
          <PaperLink
            href={link.url}
            label={link.label ?? t.links[link.kind]}
            title={title}
            className="min-h-6 text-sm font-medium text-indigo-700 decoration-indigo-300 hover:decoration-current dark:text-indigo-300 dark:decoration-indigo-700"
          />
        </li>
      ))}
    </ul>
  );
}
