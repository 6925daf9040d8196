import type { Profile } from '../../../data/profile-schema';
import { Heading } from '../../../lib/heading-level';
import { Portrait } from './portrait';

export function ProfileHeader({ profile }: { profile: Profile }) {
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
        {profile.membership && (
          <p className="mt-1 text-sm font-medium tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
            {profile.membership}
          </p>
        )}
      </div>
    </header>
  );
}
