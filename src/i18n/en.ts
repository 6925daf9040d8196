import { countingIn } from './format';

/**
 * Every string the page shows, in English. fr.ts exports an object of the same type (a missing key
 * fails the typecheck); the root component takes one as a prop, so no i18n library and no global
 * language state. Numbers and plurals go through Intl (format.ts), never concatenation.
 */

export interface StatusFilters {
  shown: number;
  total: number;
  query: string;
  topics: string[];
  mode: 'any' | 'all';
  /** Topics a link asked for that the profile does not have (said once, then dropped). */
  ignoredTopics?: string[];
  /** The years shown, when the visitor chose some. */
  years?: { from: number; to: number } | null;
}

const { count, form, number, list } = countingIn('en');
const PUBLICATIONS = { one: 'publication', other: 'publications' };

export const en = {
  lang: 'en',
  /** The name of the language switch. */
  language: 'Language',
  loading: 'Loading profile…',
  documentTitle: (name: string) => `${name} · Publications`,
  topics: {
    groupLabel: 'Research topics',
    /** Topics of the profile that no publication has yet: listed apart, as plain text. */
    unused: 'Also works on:',
    /** The main topics in the page's meta description (prerendered head). */
    summary: (topics: string[]) => `Research topics: ${list(topics, 'conjunction')}.`,
    /** Why some chips are disabled: selecting them would show nothing. */
    disabledWhy: (mode: 'any' | 'all', selected: string[], query: string) => {
      const parts: string[] = [];
      if (mode === 'all' && selected.length > 0) parts.push(`together with ${list(selected, 'conjunction')}`);
      if (query) parts.push(`matching “${query}”`);
      return `Greyed-out topics have no publication ${parts.join(' ')}.`;
    },
  },
  match: {
    legend: 'Match',
    any: 'Any selected topic',
    all: 'All selected topics',
  },
  clearFilters: 'Clear filters',
  search: {
    label: 'Search publications',
    placeholder: 'Title, author, venue, abstract…',
    shortcut: 'Press / to search',
    clear: 'Clear search',
  },
  sort: {
    label: 'Sort by',
    newest: 'Newest first',
    oldest: 'Oldest first',
    title: 'Title A–Z',
    relevance: 'Relevance',
  },
  status: ({ shown, total, query, topics, mode, ignoredTopics = [], years = null }: StatusFilters) => {
    let text = `Showing ${number(shown)} of ${count(total, PUBLICATIONS)}`;
    if (query) text += ` matching “${query}”`;
    if (topics.length > 0) text += ` in ${list(topics, mode === 'all' ? 'conjunction' : 'disjunction')}`;
    if (years) text += years.from === years.to ? ` from ${years.from}` : ` from ${years.from} to ${years.to}`;
    if (ignoredTopics.length > 0)
      text += `. The link's ${form(ignoredTopics.length, { one: 'topic', other: 'topics' })} ${list(
        ignoredTopics.map((slug) => `“${slug}”`),
        'conjunction',
      )} ${form(ignoredTopics.length, { one: 'is', other: 'are' })} not on this profile and ${form(
        ignoredTopics.length,
        { one: 'was', other: 'were' },
      )} ignored`;
    return text;
  },
  publications: {
    heading: 'Publications',
    showMore: (remaining: number) => `Show more publications (${number(remaining)} more)`,
  },
  card: {
    alsoTitled: 'Also titled:',
    topics: 'Topics',
    links: 'Links',
    /** The toolbar holding a card's links and its Cite button. */
    actions: 'Links and citation',
  },
  kinds: {
    conference: 'Conference paper',
    workshop: 'Workshop paper',
    journal: 'Journal article',
    commentary: 'Commentary',
    preprint: 'Preprint',
    other: 'Other',
  },
  authors: {
    label: 'Authors',
    more: (hidden: number) => `+ ${count(hidden, { one: 'more author', other: 'more authors' })}`,
    fewer: 'Show fewer authors',
    searchFor: (name: string) => `Search for publications by ${name}`,
    /** The name of the link to a co-author's own profile page, when they are a member. */
    profile: (name: string) => `${name}’s profile`,
  },
  links: {
    arxiv: 'arXiv',
    doi: 'DOI',
    proceedings: 'Proceedings',
    code: 'Code',
    pdf: 'PDF',
    html: 'HTML',
    other: 'Link',
    /** A link's accessible name: its visible label first (WCAG 2.5.3), then where it goes. */
    named: (label: string, title: string) => `${label}: ${title} (opens in a new tab)`,
  },
  abstract: {
    seeMore: 'See more',
    seeLess: 'See less',
    truncated: 'The source cut this abstract short.',
    readFull: 'Read the full abstract',
    matchInAbstract: 'Match in abstract:',
  },
  skipLink: {
    publications: 'Skip to publications',
  },
  years: {
    label: 'Publications per year',
    /** A bar's accessible name. */
    bar: (year: number, shown: number) => `${year}: ${count(shown, PUBLICATIONS)}`,
    hint: 'Choose a year to show only its publications, again to show every year; hold Shift to choose a range.',
    all: 'All years',
  },
  empty: {
    title: 'No publications match',
    hint: 'Try fewer words, another spelling, or fewer topics.',
    clear: 'Clear search and filters',
    matchAny: (shown: number) => `Match any selected topic (${count(shown, PUBLICATIONS)})`,
    removeTopic: (topic: string, shown: number) => `Remove “${topic}” (${count(shown, PUBLICATIONS)})`,
    dropTopics: (shown: number) => `Search all topics (${count(shown, PUBLICATIONS)})`,
    dropYears: (shown: number) => `Show every year (${count(shown, PUBLICATIONS)})`,
    dropQuery: (shown: number) => `Clear the search, keep the topics (${count(shown, PUBLICATIONS)})`,
  },
  /** The header's facts and links, and the maintainer's notice of data left out (owner: data). */
  profile: {
    membershipAt: ', ',
    // Each says where it goes; the email link shows its address.
    links: {
      homepage: 'Homepage',
      googleScholar: 'Google Scholar',
      orcid: 'ORCID',
      dblp: 'DBLP',
      github: 'GitHub',
    },
    dropped: (entries: number, values: number) =>
      `${list(
        [
          entries ? count(entries, { one: 'entry', other: 'entries' }) : '',
          values ? count(values, { one: 'value', other: 'values' }) : '',
        ].filter(Boolean),
        'conjunction',
      )} could not be shown`,
    droppedHint: 'For the maintainer: npm run validate-data explains each of these.',
  },
  citations: {
    cite: 'Cite',
    dialogTitle: 'Cite this publication',
    close: 'Close',
    encodingLegend: 'Characters',
    utf8: 'UTF-8',
    ascii: 'ASCII (LaTeX escapes)',
    entryLabel: 'BibTeX entry',
    copy: 'Copy BibTeX',
    copied: 'Copied',
    copyBlocked: 'Copying was blocked: the entry is selected, press Ctrl+C (⌘C on Mac).',
    loadFailed: 'Could not load this. Check your connection and try again.',
    export: 'Export',
    exportIntro: (shown: number) =>
      shown ? `Download the ${count(shown, PUBLICATIONS)} shown as:` : 'Nothing to export.',
    bibtex: 'BibTeX (.bib)',
    bibtexAscii: 'BibTeX, ASCII (.bib)',
    cslJson: 'CSL-JSON (.json)',
    downloaded: (file: string) => `Downloaded ${file}`,
  },
  errors: {
    notFoundTitle: 'Profile not found',
    notFound: (slug: string) => `No profile named “${slug}” exists here.`,
    showDefault: 'Show the default profile',
    loadTitle: 'The profile could not be loaded',
    tryAgain: 'Try again',
    invalidTitle: "This profile's data is invalid",
    invalidIntro: (problems: number) =>
      `The data file has ${count(problems, { one: 'problem', other: 'problems' })}. Each is listed with its JSON path:`,
    unexpectedTitle: 'Something went wrong',
    unexpected: 'The page hit an unexpected error.',
    /** A prerendered page whose data did not load: everything is readable, nothing is interactive. */
    staticOnly:
      'Search, filters and citations could not be loaded (check your connection). Everything on the page can still be read.',
  },
};

export type Messages = typeof en;
