/**
 * Every string the page shows, in English. A French file would export an object of the same type;
 * the root component takes one as a prop, so no i18n library and no global language state.
 */

export interface StatusFilters {
  shown: number;
  total: number;
  query: string;
  topics: string[];
  mode: 'any' | 'all';
  /** Topics a link asked for that the profile does not have (said once, then dropped). */
  ignoredTopics?: string[];
}

const list = (items: string[], type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat('en', { style: 'long', type }).format(items);

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

export const en = {
  lang: 'en',
  loading: 'Loading profile…',
  documentTitle: (name: string) => `${name} · Publications`,
  topics: {
    groupLabel: 'Research topics',
    /** Topics of the profile that no publication has yet: listed apart, as plain text. */
    unused: 'Also works on:',
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
  status: ({ shown, total, query, topics, mode, ignoredTopics = [] }: StatusFilters) => {
    let text = `Showing ${shown} of ${total} ${plural(total, 'publication', 'publications')}`;
    if (query) text += ` matching “${query}”`;
    if (topics.length > 0) text += ` in ${list(topics, mode === 'all' ? 'conjunction' : 'disjunction')}`;
    if (ignoredTopics.length > 0)
      text += `. The link's ${plural(ignoredTopics.length, 'topic', 'topics')} ${list(
        ignoredTopics.map((slug) => `“${slug}”`),
        'conjunction',
      )} ${plural(ignoredTopics.length, 'is', 'are')} not on this profile and ${plural(ignoredTopics.length, 'was', 'were')} ignored`;
    return text;
  },
  publications: {
    heading: 'Publications',
    showMore: (remaining: number) => `Show more publications (${remaining} more)`,
  },
  card: {
    alsoTitled: 'Also titled:',
    topics: 'Topics',
    links: 'Links',
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
    more: (hidden: number) => `+ ${hidden} more ${plural(hidden, 'author', 'authors')}`,
    fewer: 'Show fewer authors',
    searchFor: (name: string) => `Search for publications by ${name}`,
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
  empty: {
    title: 'No publications match',
    hint: 'Try fewer words, another spelling, or fewer topics.',
    clear: 'Clear search and filters',
    matchAny: (count: number) =>
      `Match any selected topic (${count} ${plural(count, 'publication', 'publications')})`,
    removeTopic: (topic: string, count: number) =>
      `Remove “${topic}” (${count} ${plural(count, 'publication', 'publications')})`,
    dropTopics: (count: number) =>
      `Search all topics (${count} ${plural(count, 'publication', 'publications')})`,
    dropQuery: (count: number) =>
      `Clear the search, keep the topics (${count} ${plural(count, 'publication', 'publications')})`,
  },
  /** The header's facts and links, and the maintainer's notice of data left out (owner: data). */
  profile: {
    membershipAt: ', ',
    linksLabel: 'Elsewhere',
    /** Each link's visible text, then its accessible name, which says where it goes. */
    links: {
      homepage: 'Homepage',
      googleScholar: 'Google Scholar',
      orcid: 'ORCID',
      dblp: 'DBLP',
      github: 'GitHub',
      email: 'Email',
    },
    linkNames: {
      homepage: (name: string) => `Homepage of ${name}`,
      googleScholar: (name: string) => `Google Scholar profile of ${name}`,
      orcid: (name: string) => `ORCID record of ${name}`,
      dblp: (name: string) => `DBLP bibliography of ${name}`,
      github: (name: string) => `GitHub profile of ${name}`,
      email: (name: string) => `Email ${name}`,
    },
    dropped: (entries: number, values: number) =>
      [
        entries > 0 && `${entries} ${plural(entries, 'entry', 'entries')}`,
        values > 0 && `${values} ${plural(values, 'value', 'values')}`,
      ]
        .filter(Boolean)
        .join(' and ') + ' could not be shown',
    droppedHint: 'For the maintainer: fix these in the data file (npm run validate-data lists them too).',
    droppedMore: (count: number) => `… and ${count} more.`,
  },
  citations: {
    cite: 'Cite',
    dialogTitle: 'Cite this publication',
    close: 'Close',
    encodingLegend: 'Characters',
    utf8: 'UTF-8 (biblatex, Biber)',
    ascii: 'ASCII (LaTeX escapes)',
    entryLabel: 'BibTeX entry',
    copy: 'Copy BibTeX',
    copied: 'Copied',
    copyBlocked: 'Your browser blocked copying. The entry is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    loadFailed: 'The citation tools could not be loaded. Check your connection and try again.',
    export: 'Export',
    exportIntro: (count: number) =>
      count === 0
        ? 'No publications are shown, so there is nothing to export.'
        : `Download the ${count} ${plural(count, 'publication', 'publications')} shown as:`,
    bibtex: 'BibTeX (.bib)',
    bibtexAscii: 'BibTeX, ASCII with LaTeX escapes (.bib)',
    cslJson: 'CSL-JSON for Zotero, Mendeley (.json)',
    downloaded: (file: string, count: number) =>
      `Downloaded ${file} (${count} ${plural(count, 'publication', 'publications')})`,
  },
  errors: {
    notFoundTitle: 'Profile not found',
    notFound: (slug: string) => `No profile named “${slug}” exists here.`,
    showDefault: 'Show the default profile',
    loadTitle: 'The profile could not be loaded',
    tryAgain: 'Try again',
    invalidTitle: "This profile's data is invalid",
    invalidIntro: (count: number) =>
      `The data file has ${count} ${plural(count, 'problem', 'problems')}. Each is listed with its JSON path:`,
    unexpectedTitle: 'Something went wrong',
    unexpected: 'The page hit an unexpected error.',
  },
  /** Mistakes in a host page's `<researcher-profile>` tag, for the web team that wrote it. */
  embed: {
    sourceTitle: 'This profile cannot be shown',
    missingSource:
      'The <researcher-profile> element has no src attribute. Set it to the URL of the profile’s JSON file, e.g. src="/data/razvan-pascanu.json".',
    unusableSource: (src: string) =>
      `The src “${src}” is not the URL of a profile file: it must end with the profile’s name and .json (lowercase letters, digits and hyphens, e.g. razvan-pascanu.json), without a query string.`,
  },
};

export type Messages = typeof en;
