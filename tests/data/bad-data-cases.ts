import { readFileSync } from 'node:fs';

/**
 * The bad-data corpus (issue 11): each dataset, what `npm run validate-data` says about it and
 * what the page does with it. Files live in tests/fixtures/bad-data; the two huge ones are built
 * here rather than committed.
 */
export interface BadDataCase {
  name: string;
  text: () => string;
  /** The JSON path validate-data must name, or null when it accepts the file. */
  rejectedAt: string | null;
  /** What the page does: refuses the whole file, leaves out an entry or a value, or shows it all. */
  page: 'rejected' | 'drops-entry' | 'drops-value' | 'shown';
  /** The JSON path the page names when it is not the validator's (a more precise one). */
  pagePath?: string;
  /** Where ajv with data/profile.schema.json legitimately differs: a rule across fields it cannot state. */
  ajvAccepts?: 'cross-field';
  /** Text from the data the page must show as text, exactly. */
  shows?: string;
}

// From the repository's root, where the test runners start.
const fixture = (name: string) => () => readFileSync(`tests/fixtures/bad-data/${name}.json`, 'utf8');

const SENTINEL = 'window.__pwned=1';

/** A valid dataset to build the generated cases from. */
const base = () => JSON.parse(fixture('html-in-title')()) as { publications: Record<string, unknown>[] };

function generated(change: (data: ReturnType<typeof base>) => void) {
  return () => {
    const data = base();
    data.publications[0]!.title = 'A study of things, part 1';
    change(data);
    return JSON.stringify(data);
  };
}

const link = (name: string): BadDataCase => ({
  name,
  text: fixture(name),
  rejectedAt: '$.publications[1].links[0].url',
  page: 'drops-value',
});

export const BAD_DATA_CASES: BadDataCase[] = [
  // Not a profile at all: the page refuses it, naming where.
  { name: 'invalid-json', text: fixture('invalid-json'), rejectedAt: '$', page: 'rejected' },
  { name: 'truncated', text: fixture('truncated'), rejectedAt: '$', page: 'rejected' },
  { name: 'not-an-object', text: fixture('not-an-object'), rejectedAt: '$', page: 'rejected' },
  { name: 'wrong-type-name', text: fixture('wrong-type-name'), rejectedAt: '$.name', page: 'rejected' },
  { name: 'missing-name', text: fixture('missing-name'), rejectedAt: '$.name', page: 'rejected' },
  {
    name: 'publications-not-a-list',
    text: fixture('publications-not-a-list'),
    rejectedAt: '$.publications',
    page: 'rejected',
  },
  {
    name: 'unknown-schema-version',
    text: fixture('unknown-schema-version'),
    rejectedAt: '$.schemaVersion',
    page: 'rejected',
  },

  // Entries that cannot be shown: the page leaves them out.
  {
    name: 'wrong-type-year',
    text: fixture('wrong-type-year'),
    rejectedAt: '$.publications[0].year',
    page: 'drops-entry',
  },
  {
    name: 'year-out-of-range',
    text: fixture('year-out-of-range'),
    rejectedAt: '$.publications[0].year',
    page: 'drops-entry',
  },
  {
    name: 'missing-title',
    text: fixture('missing-title'),
    rejectedAt: '$.publications[1].title',
    page: 'drops-entry',
  },
  {
    name: 'duplicate-ids',
    text: fixture('duplicate-ids'),
    rejectedAt: '$.publications[2].id',
    page: 'drops-entry',
    ajvAccepts: 'cross-field',
  },
  {
    name: 'null-byte',
    text: fixture('null-byte'),
    rejectedAt: '$.publications[0].title',
    page: 'drops-entry',
  },
  {
    name: 'bidi-override',
    text: fixture('bidi-override'),
    rejectedAt: '$.publications[0].title',
    page: 'drops-entry',
  },

  // Bad values inside entries: the page leaves the value out and shows the entry.
  {
    name: 'wrong-type-topics',
    text: fixture('wrong-type-topics'),
    rejectedAt: '$.topics',
    page: 'drops-value',
  },
  {
    name: 'topic-not-in-profile',
    text: fixture('topic-not-in-profile'),
    rejectedAt: '$.publications[0].topics[1]',
    page: 'drops-value',
    ajvAccepts: 'cross-field',
  },
  {
    name: 'duplicate-profile-topics',
    text: fixture('duplicate-profile-topics'),
    rejectedAt: '$.topics[2]',
    page: 'drops-value',
  },
  link('link-javascript'),
  link('link-javascript-capitals'),
  link('link-data'),
  link('link-vbscript'),
  link('link-protocol-relative'),
  link('link-tab-in-scheme'),
  link('link-leading-space'),
  {
    name: 'portrait-javascript',
    text: fixture('portrait-javascript'),
    rejectedAt: '$.portrait.src',
    page: 'drops-value',
  },
  {
    name: 'lone-surrogate',
    text: fixture('lone-surrogate'),
    rejectedAt: '$.publications[0].authors[0]',
    page: 'drops-value',
  },
  {
    name: 'control-character-in-author',
    text: fixture('control-character-in-author'),
    rejectedAt: '$.publications[0].authors[0]',
    page: 'drops-value',
  },
  {
    name: 'unknown-field',
    text: fixture('unknown-field'),
    rejectedAt: '$.publications[0]',
    page: 'drops-value',
    pagePath: '$.publications[0].html',
  },
  {
    name: 'huge-abstract',
    text: generated((data) => {
      data.publications[0]!.abstract = `${'All work and no play. '.repeat(50_000)}The end.`;
    }),
    rejectedAt: '$.publications[0].abstract',
    page: 'drops-value',
  },

  // Odd but valid: shown, as text.
  {
    name: 'html-in-title',
    text: fixture('html-in-title'),
    rejectedAt: null,
    page: 'shown',
    shows: `<img src=x onerror="${SENTINEL}"> Bold <b>claims</b>`,
  },
  {
    name: 'script-in-title',
    text: fixture('script-in-title'),
    rejectedAt: null,
    page: 'shown',
    shows: `<script>${SENTINEL}</script>`,
  },
  {
    name: 'html-in-authors',
    text: fixture('html-in-authors'),
    rejectedAt: null,
    page: 'shown',
    shows: `<img src=x onerror="${SENTINEL}">`,
  },
  {
    name: 'script-in-abstract',
    text: fixture('script-in-abstract'),
    rejectedAt: null,
    page: 'shown',
    shows: `Results </p><script>${SENTINEL}</script> hold.`,
  },
  {
    name: 'html-in-topic-name',
    text: fixture('html-in-topic-name'),
    rejectedAt: null,
    page: 'shown',
    shows: `<script>${SENTINEL}</script>`,
  },
  {
    name: 'empty-publication-list',
    text: fixture('empty-publication-list'),
    rejectedAt: null,
    page: 'shown',
  },
  {
    name: 'right-to-left',
    text: fixture('right-to-left'),
    rejectedAt: null,
    page: 'shown',
    shows: 'تعلم الآلة المستمر',
  },
  {
    name: 'combining-marks',
    text: fixture('combining-marks'),
    rejectedAt: null,
    page: 'shown',
    shows: 'Z\u0351\u0352\u0357a\u0315\u0301l\u0358g\u0334o\u0338 text',
  },
  {
    name: 'emoji',
    text: fixture('emoji'),
    rejectedAt: null,
    page: 'shown',
    shows: 'Learning 🧠 with 🤖 agents 👩🏽‍🔬',
  },
  {
    name: 'ten-thousand-authors',
    text: generated((data) => {
      data.publications[0]!.authors = [
        'Ada Researcher',
        ...Array.from({ length: 9_999 }, (_, index) => `Coauthor Number ${index + 1}`),
      ];
    }),
    rejectedAt: null,
    page: 'shown',
  },
  // Only curation rules forbid it: the page can show it as it is.
  {
    name: 'owner-missing',
    text: fixture('owner-missing'),
    rejectedAt: '$.publications[0].authors',
    page: 'shown',
    ajvAccepts: 'cross-field',
  },
];

export { SENTINEL };
