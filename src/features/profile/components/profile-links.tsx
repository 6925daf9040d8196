import type { ProfileLinks as Links } from '../../../data/profile-schema';
import { useMessages } from '../../../i18n/messages-context';
import { profileLinkTargets } from '../utils/profile-link-targets';

/** Where else the researcher is found. Each link's text says where it goes; same tab, no surprise. */
export function ProfileLinks({ links }: { links: Links | undefined }) {
  const t = useMessages().profile;
  const targets = profileLinkTargets(links);
  return (
    targets.length > 0 && (
      <ul className="mt-3 flex flex-wrap gap-x-4 text-sm">
        {targets.map(({ kind, value, href }) => (
          <li key={kind}>
            <a href={href} className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
              {kind === 'email' ? value : t.links[kind]}
            </a>
          </li>
        ))}
      </ul>
    )
  );
}
