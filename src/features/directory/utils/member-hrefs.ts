import { ownerNameKeys } from '../../../data/owner-names';
import { foldForSearch } from '../../../lib/fold-text';
import { relativeHref } from '../../../lib/relative-href';
import type { MemberHref } from '../../../lib/member-links';
import type { MemberSummary } from './member-summary';

/** The page's language folder: 'fr/' for a page under fr/, '' for English. */
function languageFolder(pagePath: string): string {
  return pagePath.startsWith('fr/') ? 'fr/' : '';
}

/**
 * A member's profile page (`<slug>/`, or `fr/<slug>/` from a French page) as a URL relative to
 * the page at `pagePath` (a folder path from the site's root: '', 'people/', 'fr/ada/').
 */
export function memberPageHref(pagePath: string, slug: string): string {
  return relativeHref(pagePath, `${languageFolder(pagePath)}${slug}/`);
}

/**
 * The MemberLinksProvider's value for a page: an author named as a member (their name or one of
 * its other spellings, case and accents ignored: "Razvan Pascanu" is "Răzvan Pașcanu") gets that
 * member's profile. A name two members share links to neither, rather than to the wrong one.
 * `exceptSlug` is the profile shown, whose own name needs no link to itself.
 */
export function memberLinks(
  members: readonly MemberSummary[],
  pagePath: string,
  exceptSlug?: string,
): MemberHref {
  const byName = new Map<string, string | null>();
  for (const member of members)
    for (const key of ownerNameKeys(member)) {
      const other = byName.get(key);
      byName.set(key, other === undefined || other === member.slug ? member.slug : null);
    }
  return (authorName) => {
    const slug = byName.get(foldForSearch(authorName.trim()));
    return slug && slug !== exceptSlug ? memberPageHref(pagePath, slug) : undefined;
  };
}
