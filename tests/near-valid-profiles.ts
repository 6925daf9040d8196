import fc from 'fast-check';
import type { Profile } from '../src/data/profile-schema';
import {
  ABSTRACT_MAX_LENGTH,
  LINK_KINDS,
  PUBLICATION_KINDS,
  SCHEMA_VERSION,
  TEXT_MAX_LENGTH,
  URL_MAX_LENGTH,
  YEAR_RANGE,
} from '../src/data/schema-constants';
import { buildProfile, buildPublication } from './builders';

/*
 * Profiles for checking a reader against the schema: valid ones (curated, built, generated), and
 * near-valid ones made by editing valid ones (a key left out or added, a value replaced, a
 * character slipped into a string).
 */

// Every curated profile, so that a new one is held to the quick check too.
export const curated = Object.entries(
  import.meta.glob<unknown>('../data/profiles/*.json', { eager: true, import: 'default' }),
);

/** Every optional field present: a field the schema gains shows up in quick-check.test.ts's key test. */
export function fullProfile(): Profile {
  return buildProfile({
    $schema: '../profile.schema.json',
    nameVariants: ['Ada Forscherin'],
    portrait: { src: 'https://example.org/ada.jpg', alt: 'Portrait of Ada Researcher' },
    links: {
      homepage: 'https://ada.example.org/',
      googleScholar: 'https://scholar.google.com/citations?user=abc123',
      orcid: '0000-0002-1825-0097',
      dblp: 'https://dblp.org/pid/12/3456.html',
      github: 'ada-researcher',
      email: 'ada@example.org',
    },
    topics: ['Deep Learning'],
    topicLabels: { fr: { 'Deep Learning': 'Apprentissage profond' } },
    publications: [
      buildPublication({
        alternateTitles: ['An earlier title'],
        topics: ['Deep Learning'],
        abstract: 'What we found.\nAnd why.',
        identifiers: { arxiv: '2401.09865', doi: '10.1038/nature14539' },
        links: [{ kind: 'arxiv', url: 'https://arxiv.org/abs/2401.09865', label: 'arXiv' }],
      }),
    ],
  });
}

const validUrl = fc.constantFrom(
  'https://arxiv.org/abs/2410.01104',
  'http://example.com',
  'https://example.com/a?b=c&d=e#f',
  'https://xn--bcher-kva.example/',
  'https://例え.jp/パス',
  'https://[::1]:8080/x',
);
const validText = fc.oneof(
  fc.constantFrom('Deep Learning', 'Răzvan Pașcanu', 'Line one\nline\ttwo', 'Emoji 😀 inside', '漢字', 'x'),
  fc.constant('x'.repeat(TEXT_MAX_LENGTH)),
  fc.stringMatching(/^[A-Za-z][\w ,.:'()-]{0,30}[A-Za-z.)]$/),
);
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,3}$/);
const optionalKeys = { requiredKeys: [] as [] };

const link = fc.record(
  { kind: fc.constantFrom(...LINK_KINDS), url: validUrl, label: validText },
  { requiredKeys: ['kind', 'url'] },
);
const publication = fc.record(
  {
    id: slug,
    title: validText,
    alternateTitles: fc.array(validText, { maxLength: 2 }),
    authors: fc.array(validText, { minLength: 1, maxLength: 4 }),
    year: fc.integer({ min: YEAR_RANGE.min, max: YEAR_RANGE.max }),
    venue: fc.option(validText, { nil: null }),
    kind: fc.constantFrom(...PUBLICATION_KINDS),
    topics: fc.array(validText, { maxLength: 3 }),
    abstract: fc.option(fc.oneof(validText, fc.constant('y'.repeat(ABSTRACT_MAX_LENGTH))), { nil: null }),
    abstractTruncated: fc.boolean(),
    identifiers: fc.record(
      {
        arxiv: fc.stringMatching(/^\d{4}\.\d{4,5}$/),
        doi: fc.constantFrom('10.1038/nature14539', '10.48550/arXiv.2401.09865', '10.123456789/x(y)'),
      },
      optionalKeys,
    ),
    links: fc.array(link, { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'title', 'authors', 'year', 'venue', 'kind', 'abstract', 'abstractTruncated'] },
);
const generatedProfile = fc.record(
  {
    $schema: fc.constant('../profile.schema.json'),
    schemaVersion: fc.constant(SCHEMA_VERSION),
    id: slug,
    name: validText,
    nameVariants: fc.array(validText, { maxLength: 2 }),
    membership: fc.option(validText, { nil: null }),
    position: fc.option(validText, { nil: null }),
    portrait: fc.option(
      fc.record({
        src: fc.option(fc.oneof(validUrl, fc.constantFrom('images/ada.jpg', '/ada.png')), { nil: null }),
        alt: validText,
      }),
      { nil: null },
    ),
    links: fc.record(
      {
        homepage: validUrl,
        googleScholar: fc.constantFrom(
          'https://scholar.google.com/citations?user=x',
          'https://scholar.google.co.uk/x',
        ),
        orcid: fc.constantFrom('0000-0002-1825-0097', '0000-0001-5109-368X'),
        dblp: fc.constant('https://dblp.org/pid/12/3456.html'),
        github: fc.constantFrom('octocat', 'a-b-c', 'A1'),
        email: fc.constantFrom('ada@example.org', 'a.b+c@sub.example.co.uk'),
      },
      optionalKeys,
    ),
    topics: fc.array(validText, { maxLength: 3 }),
    publications: fc.array(publication, { maxLength: 4 }),
  },
  {
    requiredKeys: [
      'schemaVersion',
      'id',
      'name',
      'membership',
      'position',
      'portrait',
      'topics',
      'publications',
    ],
  },
);

export const validProfile = fc.oneof(
  generatedProfile,
  fc.constantFrom(...curated.map(([, data]) => data), buildProfile(), fullProfile()),
);

/** Values that break a rule somewhere, and some that are valid elsewhere (a kind, a URL, a slug…). */
const hostileString = fc.constantFrom(
  ...['', ' ', 'padded ', ' padded', '\tx', 'x\n', 'a\u0000b', 'bell\u0007', 'del\u007f', 'vt\u000b'],
  ...['rlo\u202egnp.exe', 'lri\u2066x', 'pdi\u2069', 'lone \ud800 high', 'lone \udfff low', '\udc00\ud800'],
  ...[
    'x'.repeat(TEXT_MAX_LENGTH + 1),
    'y'.repeat(ABSTRACT_MAX_LENGTH + 1),
    'https://a.b/'.padEnd(URL_MAX_LENGTH + 1, 'p'),
  ],
  ...['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>'],
  ...['java\tscript:alert(1)', 'java\nscript:alert(1)', ' https://example.com/', '//evil.example/x'],
  ...['https:evil.example', 'https:/evil.example', 'https://', 'https:///x', 'http://exa mple.com/'],
  ...['https://example.com/\u0085', 'https://\u00a0example.com', 'HTTPS://EXAMPLE.COM/', 'https://[::1'],
  ...['https://exa%mple.com/', 'https://a..b/', 'ftp://example.com/', 'mailto:ada@example.org'],
  ...['../secret', '/images/ada.jpg', 'images/ada.jpg', '..', '.', 'a/../b', 'images\\ada.jpg'],
  ...['Bad-Slug', 'a--b', '-a', 'a-', 'a_b', '2401.0986', '2401.098655', '240.10986', '2401.09865v2'],
  ...['10.123/x', '10.1234/', '10.1234/a b', 'doi:10.1234/x', '0000-0002-1825-009', '0000-0002-1825-009x'],
  ...['-octocat', 'octo--cat', 'a'.repeat(40), 'ada@', 'ada@example', 'ada @example.org', 'ADA@EXAMPLE.ORG'],
  ...['https://scholar.google.com.evil.example/', 'http://scholar.google.com/x', 'https://dblp.org.evil/'],
  ...['conference', 'Conference', 'arxiv', 'preprint', 'code', 'Deep Learning', 'a-valid-slug', '1'],
);
export const hostileJson = fc.oneof(
  hostileString,
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1,
    2,
    1899,
    1900,
    2100,
    2101,
    2020.5,
    1e21,
    [],
    {},
    [[]],
    [''],
    ['x'],
    { x: 1 },
  ),
  validText,
  validUrl,
  fc.jsonValue({ maxDepth: 2 }),
);
/** Not JSON: what a careless caller could pass. Made fresh each time (they are edited in place). */
export const makeNotJson = [
  () => undefined,
  () => Number.NaN,
  () => Infinity,
  () => -0,
  () => new Date(0),
  () => new String('x'),
  () => new Number(2020),
  () => ['x', , 'y'], // eslint-disable-line no-sparse-arrays -- a hole is the point
  () => Object.assign(Object.create(null) as object, { kind: 'arxiv', url: 'https://a.example/' }),
  () =>
    Object.assign(Object.create({ label: 'inherited' }) as object, {
      kind: 'arxiv',
      url: 'https://a.example/',
    }),
  () =>
    new (class Link {
      kind = 'arxiv';
      url = 'https://a.example/';
    })(),
];
export const notJson = fc.constantFrom(...makeNotJson).map((make) => make());

const unknownKey = fc.oneof(
  fc.constantFrom(
    'extra',
    'Title',
    'title ',
    '__proto__',
    'constructor',
    'toString',
    'links',
    'label',
    'arxiv',
    'src',
  ),
  fc.string({ maxLength: 6 }),
);
const insertion = fc.oneof(
  fc.constantFrom(
    ...[
      '\u0000',
      '\u0007',
      '\t',
      '\n',
      '\r',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u2028',
      '\u202a',
      '\u202e',
    ],
    ...[
      '\u2066',
      '\u2069',
      '\ud800',
      '\udbff',
      '\udc00',
      '\udfff',
      ' ',
      '😀',
      'é',
      ':',
      '/',
      '//',
      '-',
      '--',
    ],
    ...['.', '%', '@', 'javascript:', 'A', '0'],
  ),
  fc.string({ maxLength: 3 }),
);

export type Change =
  | { delete: true }
  | { addKey: string; value: unknown }
  | { replaceWith: unknown }
  | { insert: string; at: number };

const change = (value: fc.Arbitrary<unknown>): fc.Arbitrary<Change> =>
  fc.oneof(
    fc.constant({ delete: true as const }),
    fc.record({ addKey: unknownKey, value }),
    fc.record({ replaceWith: value }),
    fc.record({ insert: insertion, at: fc.nat() }),
  );

type Container = Record<string, unknown> | unknown[];
/** Arrays and plain objects, as JSON.parse makes them: the rest is left whole (a String object…). */
const isContainer = (value: unknown): value is Container =>
  Array.isArray(value) ||
  (typeof value === 'object' &&
    value !== null &&
    [Object.prototype, null].includes(Object.getPrototypeOf(value)));
const fresh = (value: unknown) => (isContainer(value) ? structuredClone(value) : value);

type Path = (string | number)[];

/** Where random steps lead in `root`: at each level, the child the step picks modulo their number. */
function walk(root: unknown, steps: number[]): Path {
  const path: Path = [];
  let node = root;
  for (const step of steps) {
    const keys = isContainer(node) ? Object.keys(node) : [];
    if (keys.length === 0) break;
    const key = Array.isArray(node) ? step % keys.length : keys[step % keys.length]!;
    path.push(key);
    node = (node as Record<string | number, unknown>)[key];
  }
  return path;
}

/** Every position in a value, containers included, as paths from the root. */
function pathsIn(value: unknown, path: Path = []): Path[] {
  if (!isContainer(value)) return [path];
  return [
    path,
    ...Object.entries(value).flatMap(([key, child]) =>
      pathsIn(child, [...path, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}

export function applyAt(root: unknown, path: Path, change: Change): unknown {
  const box: Container = { root };
  let parent: Container = box;
  let key: string | number = 'root';
  for (const next of path) {
    const node: unknown = (parent as Record<string | number, unknown>)[key];
    if (!isContainer(node) || !Object.hasOwn(node, next)) break;
    parent = node;
    key = next;
  }
  const slots = parent as Record<string | number, unknown>;
  const node = slots[key];
  if ('delete' in change) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete slots[key];
  } else if ('addKey' in change) {
    const target = isContainer(node) && !Array.isArray(node) ? node : parent;
    // As JSON.parse does: an own key even for "__proto__".
    Object.defineProperty(target, change.addKey, {
      value: fresh(change.value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else if ('replaceWith' in change) slots[key] = fresh(change.replaceWith);
  else if (typeof node === 'string') {
    const at = change.at % (node.length + 1);
    slots[key] = node.slice(0, at) + change.insert + node.slice(at);
  } else slots[key] = change.insert;
  return (box as Record<string, unknown>).root;
}

/** Valid profiles of any size, each edited one to three times at random places. */
export const nearValid = (value: fc.Arbitrary<unknown>) =>
  fc
    .tuple(
      validProfile,
      fc.array(fc.record({ steps: fc.array(fc.nat(), { maxLength: 6 }), change: change(value) }), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    // A copy: fast-check reuses generated values while shrinking, and the edits work in place.
    .map(([profile, edits]) =>
      edits.reduce(
        (data, { steps, change }) => applyAt(data, walk(data, steps), change),
        structuredClone(profile),
      ),
    );

/** Strings shaped like URLs, most of them a part away from valid: a scheme, a host, a path. */
export const urlLike = fc
  .tuple(
    fc.constantFrom(
      'https://',
      'http://',
      'HTTP://',
      'https:/',
      'https:',
      '//',
      'javascript://',
      'https:\\\\',
      ' https://',
    ),
    fc.constantFrom(
      ...[
        'example.com',
        'scholar.google.com',
        'dblp.org',
        '[::1]',
        '[::1',
        '1.2.3.4',
        '256.1.1.1',
        'exa%mple.com',
      ],
      ...[
        'example.com:8080',
        'example.com:99999',
        'user@example.com',
        'a..b',
        'xn--',
        '例え.jp',
        'ex ample.com',
        '',
      ],
    ),
    fc.constantFrom('', '/', '/citations?user=x', '/pid/1.html', '/a b', '/%zz', '#f', '/\u0085', '/\t'),
  )
  .map((parts) => parts.join(''));

/** The full profile edited once at a position picked evenly: every field gets its share. */
export const fullProfilePaths = pathsIn(fullProfile());
export const editedField = (value: fc.Arbitrary<unknown>) =>
  fc
    .tuple(fc.constantFrom(...fullProfilePaths), change(value))
    .map(([path, change]) => applyAt(fullProfile(), path, change));
