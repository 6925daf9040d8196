import type { Profile } from '../../../data/profile-schema';
import { Heading } from '../../../lib/heading-level';
import { siteSettings } from '../../../data/site-settings';
import { useMessages } from '../../../i18n/messages-context';
import { safeHref } from '../../../lib/safe-href';
import { Portrait } from './portrait';
import { ProfileLinks } from './profile-links';

export function ProfileHeader({ profile }: { profile: Profile }) {
  const t = useMessages().profile;
  const { institute } = siteSettings;
  const instituteHref = safeHref(institute?.url);
  return (
    <header className="flex flex-col gap-5 sm:flex-row sm:items-center sm:gap-7">
      <Portrait portrait={profile.portrait} name={profile.name} />
      <div className="min-w-0">
        <Heading depth={0} className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
          {profile.name}
        </Heading>
        {profile.position && (
          <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{profile.position}</p>
        )}
        {(profile.membership || institute) && (
          <p className="mt-1 text-sm font-medium text-indigo-800 dark:text-indigo-200">
            {profile.membership}
            {profile.membership && institute && t.membershipAt}
            {institute &&
              (instituteHref ? (
                <a
                  href={instituteHref}
                  className="underline decoration-indigo-300 underline-offset-2 hover:decoration-2"
                >
                  {institute.name}
                </a>
              ) : (
                institute.name
              ))}
          </p>
        )}
        <ProfileLinks links={profile.links} />
      </div>
    </header>
  );
}
