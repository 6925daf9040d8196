import type { Link } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';
import { PaperLink } from './paper-link';

export function PublicationLinks({ links, title }: { links: Link[]; title: string }) {
  const t = useMessages();
  if (links.length === 0) return null;
  return (
    <ul aria-label={t.card.links} className="pub-links">
      {links.map((link, index) => (
        <li key={`${link.url}-${index}`}>
          <PaperLink href={link.url} label={link.label ?? t.links[link.kind]} title={title} />
        </li>
      ))}
    </ul>
  );
}
