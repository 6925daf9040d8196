import type { Messages } from './en';
import { languageOf, type Language } from './load-messages';
import { countingIn } from './format';

/*
 * The members page's and the institute list's strings, apart from messages.ts's: only those pages
 * load them (the directory's own chunk), so a profile page's first view does not carry them.
 */

const english = countingIn('en');
const french = countingIn('fr');
const NBSP = '\u00a0';
const PUBLICATIONS_EN = { one: 'publication', other: 'publications' };
const PUBLICATIONS_FR = { one: 'publication', other: 'publications' };
const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;

const en = (({ count, number, list }) => ({
  membersTitle: 'Members',
  searchLabel: 'Search members',
  searchPlaceholder: 'Name or research topic…',
  status: (shown: number, total: number, query: string, topics: string[]) => {
    let text = `Showing ${number(shown)} of ${count(total, { one: 'member', other: 'members' })}`;
    if (query) text += ` matching “${query}”`;
    if (topics.length > 0) text += ` working on ${list(topics, 'conjunction')}`;
    return text;
  },
  publicationCount: (publications: number) => count(publications, PUBLICATIONS_EN),
  allTopics: (hidden: number) => `Show all topics (${number(hidden)} more)`,
  fewerTopics: 'Show fewer topics',
  noMatch: 'No member matches. Try another spelling or fewer topics.',
  publicationsTitle: (institute: string) => `Publications of ${institute}`,
  loading: 'Loading members…',
  disabledWhy: 'Greyed-out topics have no member among those shown.',
  tryAgain: 'Try again',
  loadingPublications: 'Loading publications…',
  loadTitle: 'The directory could not be loaded',
  membersPageTitle: (institute: string) => `Members of ${institute}`,
  membersDescription: (institute: string, members: number) =>
    `${count(members, { one: 'member', other: 'members' })} of ${institute}: their positions, research topics and publications.`,
  publicationsDescription: (institute: string, publications: number) =>
    `${count(publications, PUBLICATIONS_EN)} by the members of ${institute}, searchable by title, author, topic and year.`,
}))(english);

export type DirectoryMessages = typeof en;

const fr: DirectoryMessages = (({ count, number, list }) => ({
  membersTitle: 'Membres',
  searchLabel: 'Rechercher des membres',
  searchPlaceholder: 'Nom ou thème de recherche…',
  status: (shown: number, total: number, query: string, topics: string[]) => {
    let text = `${count(shown, { one: 'membre affiché', other: 'membres affichés' })} sur ${number(total)}`;
    if (query) text += ` correspondant à ${quoted(query)}`;
    if (topics.length > 0) text += ` travaillant sur ${list(topics, 'conjunction')}`;
    return text;
  },
  publicationCount: (publications: number) => count(publications, PUBLICATIONS_FR),
  allTopics: (hidden: number) => `Afficher tous les thèmes (${number(hidden)} de plus)`,
  fewerTopics: 'Afficher moins de thèmes',
  noMatch: `Aucun membre ne correspond. Essayez une autre orthographe ou moins de thèmes.`,
  publicationsTitle: (institute: string) => `Publications de ${institute}`,
  loading: 'Chargement des membres…',
  disabledWhy: 'Les thèmes grisés n’ont aucun membre parmi ceux affichés.',
  tryAgain: 'Réessayer',
  loadingPublications: 'Chargement des publications…',
  loadTitle: 'L’annuaire n’a pas pu être chargé',
  membersPageTitle: (institute: string) => `Membres de ${institute}`,
  membersDescription: (institute: string, members: number) =>
    `${count(members, { one: 'membre', other: 'membres' })} de ${institute}${NBSP}: leurs postes, leurs thèmes de recherche et leurs publications.`,
  publicationsDescription: (institute: string, publications: number) =>
    `${count(publications, PUBLICATIONS_FR)} des membres de ${institute}, à chercher par titre, auteur, thème et année.`,
}))(french);

export const directoryMessages: Record<Language, DirectoryMessages> = { en, fr };

/** The directory's strings in the language of the page's messages. */
export function directoryText(t: Pick<Messages, 'lang'>): DirectoryMessages {
  return directoryMessages[languageOf(t.lang)];
}
