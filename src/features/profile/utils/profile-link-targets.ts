import type { ProfileLinks } from '../../../data/profile-schema';
import { safeHref } from '../../../lib/safe-href';

export type ProfileLinkKind = keyof ProfileLinks;

/** In the order the header lists them; the value is what comes before the stored id or URL. */
const PREFIXES: Record<ProfileLinkKind, string> = {
  homepage: '',
  googleScholar: '',
  orcid: 'https://orcid.org/',
  dblp: '',
  github: 'https://github.com/',
  email: 'mailto:',
};

/** The profile's links that make a safe URL, in order (the schema already checked each value). */
export function profileLinkTargets(
  links: ProfileLinks = {},
): { kind: ProfileLinkKind; value: string; href: string }[] {
  return (Object.keys(PREFIXES) as ProfileLinkKind[]).flatMap((kind) => {
    const value = links[kind];
    const href = value && safeHref(PREFIXES[kind] + value, kind === 'email' ? 'mailto' : undefined);
    return href ? [{ kind, value, href }] : [];
  });
}
