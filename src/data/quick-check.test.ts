import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProfile, buildPublication } from '../../tests/builders';
import {
  applyAt,
  curated,
  editedField,
  fullProfile,
  fullProfilePaths,
  hostileJson,
  makeNotJson,
  nearValid,
  notJson,
  urlLike,
  validProfile,
  type Change,
} from '../../tests/near-valid-profiles';
import * as schema from './profile-schema';
import { quickCheckProfile } from './quick-check';
import {
  ABSTRACT_MAX_LENGTH,
  SCHEMA_VERSION,
  TEXT_MAX_LENGTH,
  URL_MAX_LENGTH,
  YEAR_RANGE,
} from './schema-constants';

const { profileObjectSchema } = schema;
const SEED = 20_261_126;

/** The quick check's promise: a profile only when zod accepts the data, and then zod's profile. */
function expectAgreesWithSchema(data: unknown, where?: string) {
  const quick = quickCheckProfile(data);
  const parsed = profileObjectSchema.safeParse(data);
  if (quick !== null) {
    expect(parsed.success, where).toBe(true);
    expect(quick, where).toStrictEqual(parsed.data);
  }
  return { quick, zodAccepts: parsed.success };
}

describe('quickCheckProfile on valid profiles', () => {
  it.each(curated)('returns what the schema returns for %s', (_, data) => {
    expect(quickCheckProfile(data)).toStrictEqual(profileObjectSchema.parse(data));
  });

  it.each([
    ['the builders’ profile', buildProfile()],
    ['a profile with every optional field', fullProfile()],
    [
      'a profile with a portrait inside the site',
      buildProfile({ portrait: { src: 'images/ada.jpg', alt: 'Ada' } }),
    ],
  ])('returns what the schema returns for %s', (_, data) => {
    expect(quickCheckProfile(data)).toStrictEqual(profileObjectSchema.parse(data));
  });

  it('fills in the defaults the schema fills in when the fields are left out', () => {
    const data: Record<string, unknown> = { ...fullProfile() };
    delete data.nameVariants;
    const publication: Record<string, unknown> = { ...buildPublication() };
    for (const key of ['alternateTitles', 'topics', 'identifiers', 'links']) delete publication[key];
    data.publications = [publication];

    const quick = quickCheckProfile(data);
    expect(quick).toStrictEqual(profileObjectSchema.parse(data));
    expect(quick?.nameVariants).toEqual([]);
    expect(quick?.publications[0]).toMatchObject({
      alternateTitles: [],
      topics: [],
      identifiers: {},
      links: [],
    });
  });

  it('knows every field the schema knows (the full profile above fills them all)', () => {
    const profile = fullProfile();
    const publication = profile.publications[0]!;
    const keys = (value: object) => Object.keys(value).sort();
    const shapeKeys = (shape: object) => Object.keys(shape).sort();
    expect(keys(profile)).toEqual(shapeKeys(profileObjectSchema.shape));
    expect(keys(profile.links!)).toEqual(shapeKeys(schema.profileLinksSchema.shape));
    expect(keys(profile.portrait!)).toEqual(shapeKeys(schema.portraitSchema.shape));
    expect(keys(publication)).toEqual(shapeKeys(schema.publicationSchema.shape));
    expect(keys(publication.identifiers)).toEqual(
      shapeKeys(schema.publicationSchema.shape.identifiers.def.innerType.shape),
    );
    expect(keys(publication.links[0]!)).toEqual(shapeKeys(schema.linkSchema.shape));
  });
});

type Edit = (profile: schema.Profile) => void;
const firstPublication = (profile: schema.Profile) => profile.publications[0]!;
const set =
  (pick: (profile: schema.Profile) => object, key: string, value: unknown): Edit =>
  (profile) =>
    Object.assign(pick(profile), { [key]: value });
const setLinkUrl = (url: string) => set((profile) => firstPublication(profile).links[0]!, 'url', url);
const setTitle = (title: string) => set(firstPublication, 'title', title);

// Each line states one rule at its edge; both checks must agree on it.
const atTheLimits: [string, Edit][] = [
  [`a title of ${TEXT_MAX_LENGTH} characters`, setTitle('x'.repeat(TEXT_MAX_LENGTH))],
  [
    `an abstract of ${ABSTRACT_MAX_LENGTH} characters`,
    set(firstPublication, 'abstract', 'y'.repeat(ABSTRACT_MAX_LENGTH)),
  ],
  [`a URL of ${URL_MAX_LENGTH} characters`, setLinkUrl('https://a.example/'.padEnd(URL_MAX_LENGTH, 'p'))],
  [`the year ${YEAR_RANGE.min}`, set(firstPublication, 'year', YEAR_RANGE.min)],
  [`the year ${YEAR_RANGE.max}`, set(firstPublication, 'year', YEAR_RANGE.max)],
  ['a tab and a newline inside a text', setTitle('Line one\nline\ttwo')],
  ['an emoji (a surrogate pair)', setTitle('Deep 😀 learning')],
];

const refused: [string, Edit][] = [
  [`a title of ${TEXT_MAX_LENGTH + 1} characters`, setTitle('x'.repeat(TEXT_MAX_LENGTH + 1))],
  [
    `an abstract of ${ABSTRACT_MAX_LENGTH + 1} characters`,
    set(firstPublication, 'abstract', 'y'.repeat(ABSTRACT_MAX_LENGTH + 1)),
  ],
  [
    `a URL of ${URL_MAX_LENGTH + 1} characters`,
    setLinkUrl('https://a.example/'.padEnd(URL_MAX_LENGTH + 1, 'p')),
  ],
  [`the year ${YEAR_RANGE.min - 1}`, set(firstPublication, 'year', YEAR_RANGE.min - 1)],
  [`the year ${YEAR_RANGE.max + 1}`, set(firstPublication, 'year', YEAR_RANGE.max + 1)],
  ['a year that is no integer', set(firstPublication, 'year', 2020.5)],
  ['a year written as a string', set(firstPublication, 'year', '2020')],
  ['an empty title', setTitle('')],
  ['a blank title', setTitle('   ')],
  ['a title padded with a space', setTitle('Title ')],
  ['a control character', setTitle('bell\u0007')],
  ['a right-to-left override', setTitle('evil\u202egnp.exe')],
  ['a bidi isolate', setTitle('\u2066isolated\u2069')],
  ['a lone high surrogate', setTitle('broken \ud83d here')],
  ['a lone low surrogate', setTitle('broken \ude00 here')],
  ['a javascript: link', setLinkUrl('javascript:alert(1)')],
  ['a data: link', setLinkUrl('data:text/html,<script>alert(1)</script>')],
  ['a scheme split by a tab', setLinkUrl('java\tscript:alert(1)')],
  ['a protocol-relative link', setLinkUrl('//evil.example/x')],
  ['an upper-case scheme', setLinkUrl('HTTPS://EXAMPLE.COM/')],
  ['a space in a URL', setLinkUrl('https://exa mple.com/')],
  [
    'a link kind the schema does not know',
    set((profile) => firstPublication(profile).links[0]!, 'kind', 'video'),
  ],
  ['a portrait outside the site', set((profile) => profile.portrait!, 'src', '//evil.example/ada.jpg')],
  ['a bad publication slug', set(firstPublication, 'id', 'Bad--Slug')],
  ['a bad arXiv id', set((profile) => firstPublication(profile).identifiers, 'arxiv', '2401.986')],
  ['a bad DOI', set((profile) => firstPublication(profile).identifiers, 'doi', '10.12/x')],
  ['no authors', set(firstPublication, 'authors', [])],
  ['null authors', set(firstPublication, 'authors', null)],
  ['an unknown publication kind', set(firstPublication, 'kind', 'book')],
  ['an unknown key', set(firstPublication, 'extra', true)],
  ['an unknown key in the profile links', set((profile) => profile.links!, 'twitter', 'ada')],
  [
    'a Scholar link to another host',
    set((profile) => profile.links!, 'googleScholar', 'https://example.org/'),
  ],
  ['a DBLP link over http', set((profile) => profile.links!, 'dblp', 'http://dblp.org/pid/1.html')],
  ['a malformed ORCID', set((profile) => profile.links!, 'orcid', '0000-0002-1825-009')],
  ['a malformed email', set((profile) => profile.links!, 'email', 'ada@')],
  ['another schema version', set((profile) => profile, 'schemaVersion', SCHEMA_VERSION + 1)],
  ['a missing name', (profile) => delete (profile as Partial<schema.Profile>).name],
  ['topic labels in a language the page lacks', set((profile) => profile, 'topicLabels', { de: {} })],
  ['a blank topic label', set((profile) => profile.topicLabels!, 'fr', { 'Deep Learning': ' ' })],
  ['topic labels given as a list', set((profile) => profile, 'topicLabels', { fr: ['Apprentissage'] })],
];

describe('quickCheckProfile at the schema’s edges', () => {
  it.each(atTheLimits)('accepts %s, as the schema does', (_, edit) => {
    const data = fullProfile();
    edit(data);
    expect(quickCheckProfile(data)).toStrictEqual(profileObjectSchema.parse(data));
  });

  it.each(refused)('refuses %s, as the schema does', (_, edit) => {
    const data = fullProfile();
    edit(data);
    expect(quickCheckProfile(data)).toBeNull();
    expect(profileObjectSchema.safeParse(data).success).toBe(false);
  });
});

describe('quickCheckProfile against the schema, on generated profiles', () => {
  it('accepts valid profiles with the schema’s result', () => {
    fc.assert(
      fc.property(validProfile, (data) => {
        expect(quickCheckProfile(data)).toStrictEqual(profileObjectSchema.parse(data));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('returns a profile only when the schema accepts the data, and then the schema’s result', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nearValid(fc.oneof(hostileJson, notJson)), (data) => {
        if (expectAgreesWithSchema(data).quick !== null) accepted += 1;
      }),
      { seed: SEED, numRuns: 2000 },
    );
    // Both ways out are taken: the edits are neither all harmless nor all fatal.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(1900);
  });

  it('refuses no JSON the schema accepts (else the page would load zod for nothing)', () => {
    fc.assert(
      fc.property(nearValid(hostileJson), (edited) => {
        const data: unknown = JSON.parse(JSON.stringify(edited) ?? 'null');
        const { quick, zodAccepts } = expectAgreesWithSchema(data);
        expect(quick !== null).toBe(zodAccepts);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('on each field of a full profile, agrees with the schema on JSON and refuses what it refuses', () => {
    let accepted = 0;
    fc.assert(
      fc.property(editedField(fc.oneof(hostileJson, notJson, urlLike)), (edited) => {
        expectAgreesWithSchema(edited);
        const data: unknown = JSON.parse(JSON.stringify(edited) ?? 'null');
        const { quick, zodAccepts } = expectAgreesWithSchema(data);
        expect(quick !== null).toBe(zodAccepts);
        if (quick !== null) accepted += 1;
      }),
      { seed: SEED, numRuns: 1500 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});

describe('quickCheckProfile against the schema, field by field', () => {
  // Every field of the full profile, left out or set to each of these, one at a time.
  const wrongValues = [
    ...[null, true, 0, 1, 2020.5, YEAR_RANGE.min - 1, YEAR_RANGE.max + 1, '2020', '', ' ', 'x', 'x '],
    ...['a\u0000b', 'a\u202eb', 'a\ud800b', 'Bad Slug', 'a--b', 'HTTPS://EXAMPLE.COM/', 'https://256.1.1.1/'],
    ...['javascript:alert(1)', '//evil.example/', 'images/ada.jpg', 'x'.repeat(TEXT_MAX_LENGTH + 1)],
    ...[[], [''], ['x'], [null], {}, { x: 1 }],
  ];

  it.each(fullProfilePaths.map((path) => [schema.toJsonPath(path), path] as const))(
    'agrees at %s',
    (where, path) => {
      const edits: [string, Change][] = [
        ['left out', { delete: true }],
        ...wrongValues.map((value): [string, Change] => [JSON.stringify(value), { replaceWith: value }]),
      ];
      for (const [what, edit] of edits) {
        const { quick, zodAccepts } = expectAgreesWithSchema(
          applyAt(fullProfile(), path, edit),
          `${where}: ${what}`,
        );
        expect(quick !== null, `${where}: ${what}`).toBe(zodAccepts);
      }
      // Not JSON: only the promise holds (the quick check refuses an explicit undefined, for one).
      for (const make of makeNotJson)
        expectAgreesWithSchema(applyAt(fullProfile(), path, { replaceWith: make() }), where);
    },
  );
});
