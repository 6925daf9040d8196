import type {
  CreativeWork,
  Organization,
  Person,
  ProfilePage,
  PropertyValue,
  PublicationEvent,
  ScholarlyArticle,
  WithContext,
} from 'schema-dts';
import type { LinkKind, Profile, Publication } from '../data/profile-schema';
import { ownerNameKeys } from '../data/owner-names';
import { foldForSearch } from '../lib/fold-text';
import { safeHref } from '../lib/safe-href';
import { linkTargets } from '../features/publications/components/link-targets';
import type { Language } from '../i18n/load-messages';
import { profileLinkTargets } from '../features/profile/utils/profile-link-targets';
import type { Institute } from './profile-description';
import { checkPagePaths, imageUrl, parseSiteUrl, versionHref, type PagePaths } from './site-urls';

export interface JsonLdOptions {
  language: Language;
  /** The deployment's absolute http(s) URL: with `paths`, gives the page's `url`. */
  siteUrl?: string;
  institute?: Institute | null;
  /** The same paths as the head's; without them, no page URL and no site-path portrait. */
  paths?: PagePaths;
}

/** Links that are the article itself, best landing page first (what `url` takes). */
const LANDING: readonly LinkKind[] = ['proceedings', 'html', 'doi', 'arxiv'];
/**
 * Characters of abstracts the JSON-LD carries, first articles first. Whole abstracts would double it on
 * a long list (50 articles: 110 KB of a page that must stay under 500 KB), and the page's HTML holds
 * every abstract anyway. A curated profile of a dozen papers stays whole.
 */
export const ABSTRACT_BUDGET = 16_000;
const IDENTIFIERS = [
  ['arxiv', 'arXiv'],
  ['doi', 'DOI'],
] as const;

/**
 * A schema.org ProfilePage: its mainEntity is the Person; each publication is a ScholarlyArticle in
 * `hasPart` (the page is made of those entries; schema.org has no property from a Person to their works).
 */
export function profileJsonLd(profile: Profile, options: JsonLdOptions): WithContext<ProfilePage> {
  const site = options.siteUrl === undefined ? undefined : parseSiteUrl(options.siteUrl);
  const paths = options.paths && checkPagePaths(options.paths);
  const pageUrl = site && paths ? versionHref(paths, options.language, site) : undefined;
  // The main Person, which the owner's entry in every author list points at.
  const personId = `${pageUrl ?? ''}#person`;
  const owner = ownerNameKeys(profile);
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    inLanguage: options.language,
    ...(pageUrl && { url: pageUrl }),
    mainEntity: person(
      profile,
      personId,
      options.institute,
      imageUrl(profile.portrait?.src, site, paths?.page),
    ),
    hasPart: withinBudget(profile.publications).map(({ publication, abstract }) =>
      scholarlyArticle(publication, personId, owner, abstract),
    ),
  };
}

/** Each publication with its abstract while the abstracts so far fit the budget (a shorter one may still fit). */
function withinBudget(publications: readonly Publication[]) {
  let left = ABSTRACT_BUDGET;
  return publications.map((publication) => {
    const { abstract } = publication;
    if (abstract === null || abstract.length > left) return { publication, abstract: undefined };
    left -= abstract.length;
    return { publication, abstract };
  });
}

function person(
  profile: Profile,
  id: string,
  institute: Institute | null | undefined,
  image: string | undefined,
): Person {
  const organization: Organization | undefined = institute
    ? {
        '@type': 'Organization',
        name: institute.name,
        ...(safeHref(institute.url) && { url: institute.url }),
      }
    : undefined;
  const sameAs = profileLinkTargets(profile.links)
    .filter((link) => link.kind !== 'email')
    .map((link) => link.href);
  return {
    '@type': 'Person',
    '@id': id,
    name: profile.name,
    ...(profile.nameVariants.length > 0 && { alternateName: profile.nameVariants }),
    ...(profile.position && { jobTitle: profile.position }),
    ...(organization && { memberOf: organization, affiliation: organization }),
    knowsAbout: profile.topics,
    ...(image && { image }),
    ...(sameAs.length > 0 && { sameAs }),
  };
}

function scholarlyArticle(
  publication: Publication,
  personId: string,
  owner: Set<string>,
  abstract: string | undefined,
): ScholarlyArticle {
  const { url, sameAs } = articleUrls(publication);
  const identifiers = articleIdentifiers(publication);
  return {
    '@type': 'ScholarlyArticle',
    name: publication.title,
    ...(publication.alternateTitles.length > 0 && { alternateName: publication.alternateTitles }),
    // In paper order: JSON-LD consumers keep an array's order as written.
    author: publication.authors.map((name): Person =>
      owner.has(foldForSearch(name))
        ? { '@type': 'Person', '@id': personId, name }
        : { '@type': 'Person', name },
    ),
    datePublished: String(publication.year),
    ...venue(publication),
    ...(identifiers.length > 0 && { identifier: identifiers }),
    ...(url && { url }),
    ...(sameAs.length > 0 && { sameAs }),
    ...(abstract && { abstract }),
  };
}

/**
 * A conference or workshop is an event (`publication`: a PublicationEvent; `isPartOf` takes only
 * creative works); a journal or a commentary's magazine is a Periodical; anything else a plain
 * CreativeWork. No venue, no property.
 */
function venue(publication: Publication): Pick<CreativeWork, 'isPartOf' | 'publication'> {
  const name = publication.venue;
  if (!name) return {};
  switch (publication.kind) {
    case 'conference':
    case 'workshop': {
      const event: PublicationEvent = { '@type': 'PublicationEvent', name };
      return { publication: event };
    }
    case 'journal':
    case 'commentary':
      return { isPartOf: { '@type': 'Periodical', name } };
    default:
      return { isPartOf: { '@type': 'CreativeWork', name } };
  }
}

function articleIdentifiers({ identifiers }: Publication): PropertyValue[] {
  return IDENTIFIERS.flatMap(([key, propertyID]) => {
    const value = identifiers[key];
    return value ? [{ '@type': 'PropertyValue', propertyID, value } satisfies PropertyValue] : [];
  });
}

/**
 * The card's links (linkTargets: the publication's own, then arXiv and DOI pages from its
 * identifiers): `url` is the best landing page among them, `sameAs` every other one but code,
 * which is not the article itself.
 */
function articleUrls(publication: Publication): { url: string | undefined; sameAs: string[] } {
  const links = linkTargets(publication);
  const url = LANDING.map((kind) => links.find((link) => link.kind === kind)?.url).find(Boolean);
  const sameAs = links.filter((link) => link.kind !== 'code' && link.url !== url).map((link) => link.url);
  return { url, sameAs: [...new Set(sameAs)] };
}
