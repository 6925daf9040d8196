import { createContext, use } from 'react';

/**
 * Where an author's own profile is, when the author is a member of the same institute: a URL
 * relative to the page being shown, or undefined. The directory build provides it; a lone profile
 * or an embed has none, and author lists then show no profile links.
 */
export type MemberHref = (authorName: string) => string | undefined;

const MemberLinksContext = createContext<MemberHref | undefined>(undefined);

export const MemberLinksProvider = MemberLinksContext.Provider;

export function useMemberHref(): MemberHref | undefined {
  return use(MemberLinksContext);
}
