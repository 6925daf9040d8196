import { useMemo } from 'react';
import type { MemberHref } from '../../../lib/member-links';
import { useMembers } from '../api/members-query';
import { memberLinks } from '../utils/member-hrefs';
import type { MemberSummary } from '../utils/member-summary';

/**
 * The MemberLinksProvider's value for a page at `pagePath` once `profiles/members.json` has loaded
 * (undefined until then, or when it cannot load: author lists then show no profile links).
 * `exceptSlug`: the profile shown, whose owner needs no link to their own page.
 */
export function useMemberLinks(
  baseUrl: string,
  pagePath: string,
  exceptSlug?: string,
  initialMembers?: MemberSummary[],
): MemberHref | undefined {
  const { data } = useMembers(baseUrl, initialMembers);
  return useMemo(() => data && memberLinks(data, pagePath, exceptSlug), [data, pagePath, exceptSlug]);
}
