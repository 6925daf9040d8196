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
  },
  sort: {
    label: 'Sort by',
    newest: 'Newest first',
    oldest: 'Oldest first',
    title: 'Title A–Z',
    relevance: 'Relevance',
  },
  status: ({ shown, total, query, topics, mode }: StatusFilters) => {
    let text = `Showing ${shown} of ${total} ${plural(total, 'publication', 'publications')}`;
    if (query) text += ` matching “${query}”`;
    if (topics.length > 0) text += ` in ${list(topics, mode === 'all' ? 'conjunction' : 'disjunction')}`;
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
  },
  abstract: {
    seeMore: 'See more',
    seeLess: 'See less',
    truncated: 'The source cut this abstract short.',
    readFull: 'Read the full abstract',
    matchInAbstract: 'Match in abstract:',
  },
  empty: {
    title: 'No publications match',
    hint: 'Try fewer words, another spelling, or fewer topics.',
    clear: 'Clear search and filters',
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
};

export type Messages = typeof en;
