import type { ProfilePage, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildPublication, OWNER } from '../../tests/builders';
import { HOSTILE, realInstitute, realProfile } from '../../tests/real-profile';
import type { LinkKind, Profile, Publication } from '../data/profile-schema';
import { linkTargets } from '../features/publications/components/link-targets';
import { LANGUAGES } from '../i18n/load-messages';
import { jsonLdScript } from './json-ld-script';
import { ABSTRACT_BUDGET, profileJsonLd, type JsonLdOptions } from './profile-json-ld';

/** What a crawler reads: the script element's text from a parsed page, parsed as JSON. */
function embedAndRead(data: object) {
  const text = jsonLdScript(data);
  const doc = new DOMParser().parseFromString(
    `<!doctype html><head><script type="application/ld+json">${text}</script></head><body><p>after</p></body>`,
    'text/html',
  );
  const scripts = doc.querySelectorAll('script');
  return { text, doc, scripts, parsed: JSON.parse(scripts[0]!.textContent) as Record<string, unknown> };
}

// The JSON as read back: loose on purpose, the assertions say what each field must hold.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- read-back JSON

function read(profile: Profile, options: Partial<JsonLdOptions> = {}): Json {
  const data: WithContext<ProfilePage> = profileJsonLd(profile, { language: 'en', ...options });
  return embedAndRead(data).parsed;
}

const LANDING: LinkKind[] = ['proceedings', 'html', 'doi', 'arxiv'];

/** Every property of one article against its publication. */
function expectArticle(article: Json, publication: Publication, personId: string, owner: string[]) {
  expect(article['@type']).toBe('ScholarlyArticle');
  expect(article.name).toBe(publication.title);
  if (publication.alternateTitles.length > 0)
    expect(article.alternateName).toEqual(publication.alternateTitles);
  else expect(article).not.toHaveProperty('alternateName');
  expect(article.author.map((author: Json) => author.name)).toEqual(publication.authors);
  for (const author of article.author as Json[]) {
    expect(author['@type']).toBe('Person');
    if (owner.includes(author.name)) expect(author['@id']).toBe(personId);
    else expect(author).not.toHaveProperty('@id');
  }
  expect(article.datePublished).toBe(String(publication.year));

  if (publication.kind === 'conference' || publication.kind === 'workshop') {
    expect(article.publication).toEqual({ '@type': 'PublicationEvent', name: publication.venue });
    expect(article).not.toHaveProperty('isPartOf');
  } else if (publication.kind === 'journal' || publication.kind === 'commentary') {
    expect(article.isPartOf).toEqual({ '@type': 'Periodical', name: publication.venue });
  }
  if (publication.venue === null) {
    expect(article).not.toHaveProperty('isPartOf');
    expect(article).not.toHaveProperty('publication');
  }

  const identifiers = (article.identifier ?? []) as Json[];
  const expected = [
    ...(publication.identifiers.arxiv ? [['arXiv', publication.identifiers.arxiv]] : []),
    ...(publication.identifiers.doi ? [['DOI', publication.identifiers.doi]] : []),
  ];
  expect(identifiers.map((identifier) => [identifier.propertyID, identifier.value])).toEqual(expected);
  for (const identifier of identifiers) expect(identifier['@type']).toBe('PropertyValue');

  // The card's links, the same the page shows: the best landing page is the url, the rest but code sameAs.
  const links = linkTargets(publication);
  const landing = LANDING.flatMap((kind) => links.filter((link) => link.kind === kind));
  if (landing.length > 0) expect(article.url).toBe(landing[0]!.url);
  else expect(article).not.toHaveProperty('url');
  const others = links.filter((link) => link.kind !== 'code' && link.url !== article.url);
  expect(article.sameAs ?? []).toEqual([...new Set(others.map((link) => link.url))]);
  for (const link of links.filter((link) => link.kind === 'code'))
    expect(article.sameAs ?? []).not.toContain(link.url);
  for (const link of publication.links.filter((link) => link.kind !== 'code'))
    expect([article.url, ...(article.sameAs ?? [])]).toContain(link.url);

  if (publication.abstract) expect(article.abstract).toBe(publication.abstract);
  else expect(article).not.toHaveProperty('abstract');
}

describe.each(LANGUAGES)('the JSON-LD of the real profile in %s', (language) => {
  const profile = realProfile();
  const institute = realInstitute()!;
  const setup = () => read(profile, { language, institute });

  it('is a schema.org ProfilePage in the page language whose main entity is the person', () => {
    const page = setup();
    expect(page['@context']).toBe('https://schema.org');
    expect(page['@type']).toBe('ProfilePage');
    expect(page.inLanguage).toBe(language);
    expect(page).not.toHaveProperty('url');
    const person = page.mainEntity;
    expect(person['@type']).toBe('Person');
    expect(person.name).toBe(profile.name);
    expect(person.alternateName).toEqual(profile.nameVariants);
    expect(person.jobTitle).toBe(profile.position);
    const organization = { '@type': 'Organization', name: institute.name, url: institute.url };
    expect(person.memberOf).toEqual(organization);
    expect(person.affiliation).toEqual(organization);
    expect(person.knowsAbout).toEqual(profile.topics);
    expect(profile.portrait?.src ?? null).toBeNull();
    expect(person).not.toHaveProperty('image');
  });

  it('lists every publication as a ScholarlyArticle, in order, authors in paper order', () => {
    const page = setup();
    const owner = [profile.name, ...profile.nameVariants];
    expect(page.hasPart).toHaveLength(profile.publications.length);
    profile.publications.forEach((publication, index) =>
      expectArticle(page.hasPart[index], publication, page.mainEntity['@id'], owner),
    );
    // The owner is in every author list (a curation rule), so every article points at the person.
    for (const article of page.hasPart as Json[])
      expect(article.author.some((author: Json) => author['@id'] === page.mainEntity['@id'])).toBe(true);
  });
});

describe('profileJsonLd', () => {
  it('gives the page URL and an absolute person id only with a site URL and paths, and refuses a bad site URL', () => {
    const paths = { page: 'fr/ada/', en: 'ada/', fr: 'fr/ada/' };
    expect(read(buildProfile(), { paths })).not.toHaveProperty('url');
    expect(read(buildProfile(), { language: 'fr', paths, siteUrl: 'https://profiles.example' }).url).toBe(
      'https://profiles.example/fr/ada/',
    );
    const page = read(buildProfile(), { language: 'fr', paths, siteUrl: 'https://profiles.example/' });
    expect(page.mainEntity['@id']).toBe('https://profiles.example/fr/ada/#person');
    expect(page.hasPart[0].author.map((author: Json) => author['@id'])).toEqual([
      undefined,
      page.mainEntity['@id'],
    ]);
    expect(() => profileJsonLd(buildProfile(), { language: 'en', siteUrl: 'profiles.example' })).toThrow(
      /siteUrl must be an absolute http\(s\) URL/,
    );
  });

  it('gives an image only for a usable portrait, absolute when it can be', () => {
    const withSrc = (src: string | null) => buildProfile({ portrait: { src, alt: 'Portrait' } });
    expect(read(withSrc('https://cdn.example/ada.jpg')).mainEntity.image).toBe('https://cdn.example/ada.jpg');
    expect(
      read(withSrc('images/ada.jpg'), { siteUrl: 'https://profiles.example/people/' }).mainEntity.image,
    ).toBe('https://profiles.example/people/images/ada.jpg');
    expect(read(withSrc('images/ada.jpg'))).not.toHaveProperty('mainEntity.image');
    expect(read(withSrc(null))).not.toHaveProperty('mainEntity.image');
    expect(read(buildProfile({ portrait: null }))).not.toHaveProperty('mainEntity.image');
  });

  it('leaves out what a profile lacks: no job title, no organization, no alternate names', () => {
    const person = read(buildProfile({ position: null, nameVariants: [] }), { institute: null }).mainEntity;
    expect(person).not.toHaveProperty('jobTitle');
    expect(person).not.toHaveProperty('memberOf');
    expect(person).not.toHaveProperty('alternateName');
  });

  it("links the person's profiles as sameAs, never the email address", () => {
    const profile = buildProfile({
      links: {
        orcid: '0000-0002-1825-0097',
        github: 'ada',
        homepage: 'https://ada.example/',
        email: 'ada@example.org',
      },
    });
    expect(read(profile).mainEntity.sameAs).toEqual([
      'https://ada.example/',
      'https://orcid.org/0000-0002-1825-0097',
      'https://github.com/ada',
    ]);
  });

  it('takes the best landing link as url, the identifiers when there is no link, and each kind its venue', () => {
    const publications = [
      buildPublication({
        kind: 'journal',
        venue: 'Journal of Things',
        identifiers: { doi: '10.1234/abc', arxiv: '2401.00001' },
        links: [
          { kind: 'arxiv', url: 'https://arxiv.org/abs/2401.00001' },
          { kind: 'code', url: 'https://github.com/ada/things' },
          { kind: 'pdf', url: 'https://journal.example/abc.pdf' },
          { kind: 'html', url: 'https://journal.example/abc' },
        ],
      }),
      buildPublication({
        kind: 'preprint',
        venue: null,
        identifiers: { doi: '10.1234/only-doi' },
        links: [],
      }),
      buildPublication({ kind: 'other', venue: 'A blog', identifiers: {}, links: [] }),
    ];
    const profile = buildProfile({ publications });
    const articles = read(profile).hasPart as Json[];
    articles.forEach((article, index) => expectArticle(article, publications[index]!, '#person', [OWNER]));
    expect(articles[0]!.url).toBe('https://journal.example/abc');
    expect(articles[1]!.url).toBe('https://doi.org/10.1234/only-doi');
    expect(articles[2]).not.toHaveProperty('url');
    expect(articles[2]!.isPartOf).toEqual({ '@type': 'CreativeWork', name: 'A blog' });
  });

  it('carries whole abstracts, first articles first, up to its budget, and every article regardless', () => {
    const long = 'Words about a study of things. '.repeat(40); // 1,240 characters
    const publications = [
      ...Array.from({ length: 30 }, (_, index) => buildPublication({ abstract: `${index} ${long}` })),
      buildPublication({ abstract: 'A short one still fits.' }),
      buildPublication({ abstract: null }),
    ];
    const articles = read(buildProfile({ publications })).hasPart as Json[];
    expect(articles.map((article) => article.name)).toEqual(publications.map(({ title }) => title));
    const carried = articles.flatMap((article, index) =>
      'abstract' in article ? [{ index, abstract: article.abstract as string }] : [],
    );
    for (const { index, abstract } of carried) expect(abstract).toBe(publications[index]!.abstract);
    const total = carried.reduce((sum, { abstract }) => sum + abstract.length, 0);
    expect(total).toBeLessThanOrEqual(ABSTRACT_BUDGET);
    // The first articles up to the budget, none of the long ones after, and a short one that still fits.
    const longCarried = carried.filter(({ index }) => index < 30).map(({ index }) => index);
    expect(longCarried).toEqual([...longCarried.keys()]);
    expect(total + long.length + 3).toBeGreaterThan(ABSTRACT_BUDGET);
    expect(articles[30]!.abstract).toBe('A short one still fits.');
    expect(articles[31]).not.toHaveProperty('abstract');
  });
});

describe('jsonLdScript with hostile data', () => {
  const publication = buildPublication({
    title: `Title ${HOSTILE}`,
    alternateTitles: [`Other ${HOSTILE}`],
    authors: [`Author ${HOSTILE}`, OWNER],
    venue: `Venue ${HOSTILE}`,
    abstract: `Abstract ${HOSTILE}`,
  });
  const profile = buildProfile({ name: OWNER, position: `Chair ${HOSTILE}`, publications: [publication] });
  const data = profileJsonLd(profile, {
    language: 'en',
    institute: { name: HOSTILE, url: 'https://i.example/' },
  });

  it('cannot end or derail the script element: the page parses to one script holding the same data', () => {
    const { doc, scripts, parsed } = embedAndRead(data);
    expect(scripts).toHaveLength(1);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.body.innerHTML).toBe('<p>after</p>');
    expect(parsed).toEqual(JSON.parse(JSON.stringify(data)));
    expect(parsed.hasPart).toEqual([expect.objectContaining({ name: publication.title })]);
  });

  it('writes no < > & U+2028 or U+2029 raw, and JSON.parse reads each back', () => {
    const text = jsonLdScript({ value: `<>&\u2028\u2029${HOSTILE}` });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script');
    expect(JSON.parse(text)).toEqual({ value: `<>&\u2028\u2029${HOSTILE}` });
  });
});
