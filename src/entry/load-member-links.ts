import { fetchMembers } from '../features/directory/api/members-query';
import { memberLinks } from '../features/directory/utils/member-hrefs';
import type { MemberHref } from '../lib/member-links';

/**
 * The member links a prerendered profile page was rendered with (its own chunk, loaded only by
 * pages that have such links): the same members.json, the same page, the same owner left out.
 */
export async function loadMemberLinks(baseUrl: string, pagePath: string, slug: string): Promise<MemberHref> {
  return memberLinks(await fetchMembers(baseUrl), pagePath, slug);
}
