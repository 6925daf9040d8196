import type { Messages, StatusFilters } from './en';
import { countingIn } from './format';

/**
 * Every string the page shows, in French: the same keys as en.ts (a missing one fails the
 * typecheck). French typography: a no-break space before « : », a narrow one before « ; ? ! »,
 * « guillemets » with no-break spaces inside, numbers grouped as "1 234" (Intl).
 */

const { count, form, number, list } = countingIn('fr');
const PUBLICATIONS = { one: 'publication', other: 'publications' };
const NBSP = '\u00a0';
const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;
const colon = `${NBSP}:`;

export const fr: Messages = {
  lang: 'fr',
  language: 'Langue',
  loading: 'Chargement du profil…',
  documentTitle: (name: string) => `${name} · Publications`,
  topics: {
    groupLabel: 'Thèmes de recherche',
    unused: `Travaille aussi sur${colon}`,
    summary: (topics: string[]) => `Thèmes de recherche${colon} ${list(topics, 'conjunction')}.`,
    disabledWhy: (mode: 'any' | 'all', selected: string[], query: string) => {
      const parts: string[] = [];
      if (mode === 'all' && selected.length > 0) parts.push(`avec ${list(selected, 'conjunction')}`);
      if (query) parts.push(`correspondant à ${quoted(query)}`);
      return `Les thèmes grisés n’ont aucune publication ${parts.join(' ')}.`;
    },
  },
  match: {
    legend: 'Correspondance',
    any: 'Un des thèmes choisis',
    all: 'Tous les thèmes choisis',
  },
  clearFilters: 'Effacer les filtres',
  search: {
    label: 'Rechercher dans les publications',
    placeholder: 'Titre, auteur, lieu, résumé…',
    shortcut: 'Appuyez sur / pour rechercher',
    clear: 'Effacer la recherche',
  },
  sort: {
    label: 'Trier par',
    newest: 'Plus récentes d’abord',
    oldest: 'Plus anciennes d’abord',
    title: 'Titre de A à Z',
    relevance: 'Pertinence',
  },
  status: ({ shown, total, query, topics, mode, ignoredTopics = [], years = null }: StatusFilters) => {
    let text = `${number(shown)} ${form(shown, { one: 'publication affichée', other: 'publications affichées' })} sur ${number(total)}`;
    if (query) text += ` correspondant à ${quoted(query)}`;
    if (topics.length > 0) text += ` en ${list(topics, mode === 'all' ? 'conjunction' : 'disjunction')}`;
    if (years)
      text +=
        years.from === years.to ? `, parues en ${years.from}` : `, parues de ${years.from} à ${years.to}`;
    if (ignoredTopics.length > 0)
      text += `. ${form(ignoredTopics.length, { one: 'Le thème', other: 'Les thèmes' })} ${list(
        ignoredTopics.map(quoted),
        'conjunction',
      )} du lien ${form(ignoredTopics.length, {
        one: 'n’est pas sur ce profil et a été ignoré',
        other: 'ne sont pas sur ce profil et ont été ignorés',
      })}`;
    return text;
  },
  publications: {
    heading: 'Publications',
    showMore: (remaining: number) =>
      `Afficher plus de publications (${count(remaining, { one: 'restante', other: 'restantes' })})`,
  },
  card: {
    alsoTitled: `Aussi intitulé${colon}`,
    topics: 'Thèmes',
    links: 'Liens',
    actions: 'Liens et citation',
  },
  kinds: {
    conference: 'Article de conférence',
    workshop: 'Article d’atelier',
    journal: 'Article de revue',
    commentary: 'Commentaire',
    preprint: 'Prépublication',
    other: 'Autre',
  },
  authors: {
    label: 'Auteurs',
    more: (hidden: number) => `+ ${count(hidden, { one: 'autre auteur', other: 'autres auteurs' })}`,
    fewer: 'Afficher moins d’auteurs',
    searchFor: (name: string) => `Rechercher les publications de ${name}`,
    profile: (name: string) => `Profil de ${name}`,
  },
  links: {
    arxiv: 'arXiv',
    doi: 'DOI',
    proceedings: 'Actes',
    code: 'Code',
    pdf: 'PDF',
    html: 'HTML',
    other: 'Lien',
    named: (label: string, title: string) => `${label}${colon} ${title} (s’ouvre dans un nouvel onglet)`,
  },
  abstract: {
    seeMore: 'Lire la suite',
    seeLess: 'Réduire',
    truncated: 'La source a tronqué ce résumé.',
    readFull: 'Lire le résumé complet',
    matchInAbstract: `Dans le résumé${colon}`,
  },
  skipLink: {
    publications: 'Aller aux publications',
  },
  years: {
    label: 'Publications par année',
    bar: (year: number, shown: number) => `${year}${colon} ${count(shown, PUBLICATIONS)}`,
    hint: 'Choisissez une année pour n’afficher que ses publications, à nouveau pour toutes les afficher\u202f; maintenez Maj pour choisir une période.',
    all: 'Toutes les années',
  },
  empty: {
    title: 'Aucune publication ne correspond',
    hint: 'Essayez moins de mots, une autre orthographe ou moins de thèmes.',
    clear: 'Effacer la recherche et les filtres',
    matchAny: (shown: number) => `Un des thèmes choisis suffit (${count(shown, PUBLICATIONS)})`,
    removeTopic: (topic: string, shown: number) => `Retirer ${quoted(topic)} (${count(shown, PUBLICATIONS)})`,
    dropTopics: (shown: number) => `Chercher dans tous les thèmes (${count(shown, PUBLICATIONS)})`,
    dropYears: (shown: number) => `Toutes les années (${count(shown, PUBLICATIONS)})`,
    dropQuery: (shown: number) => `Effacer la recherche, garder les thèmes (${count(shown, PUBLICATIONS)})`,
  },
  profile: {
    membershipAt: ', ',
    links: {
      homepage: 'Page personnelle',
      googleScholar: 'Google Scholar',
      orcid: 'ORCID',
      dblp: 'DBLP',
      github: 'GitHub',
    },
    dropped: (entries: number, values: number) =>
      `${list(
        [
          entries ? count(entries, { one: 'entrée', other: 'entrées' }) : '',
          values ? count(values, { one: 'valeur', other: 'valeurs' }) : '',
        ].filter(Boolean),
        'conjunction',
      )} ${form(entries + values, { one: 'n’a pas pu être affichée', other: 'n’ont pas pu être affichées' })}`,
    droppedHint: `Pour la personne qui maintient ces données${colon} npm run validate-data explique chacune.`,
  },
  citations: {
    cite: 'Citer',
    dialogTitle: 'Citer cette publication',
    close: 'Fermer',
    encodingLegend: 'Caractères',
    utf8: 'UTF-8',
    ascii: 'ASCII (échappements LaTeX)',
    entryLabel: 'Entrée BibTeX',
    copy: 'Copier le BibTeX',
    copied: 'Copié',
    copyBlocked: `La copie a été bloquée${NBSP}: l’entrée est sélectionnée, appuyez sur Ctrl+C (⌘C sur Mac).`,
    loadFailed: 'Impossible de charger ceci. Vérifiez votre connexion et réessayez.',
    export: 'Exporter',
    exportIntro: (shown: number) =>
      shown
        ? `Télécharger ${form(shown, { one: 'la', other: 'les' })} ${count(shown, PUBLICATIONS)} ${form(shown, { one: 'affichée', other: 'affichées' })} en${colon}`
        : 'Rien à exporter.',
    bibtex: 'BibTeX (.bib)',
    bibtexAscii: 'BibTeX, ASCII (.bib)',
    cslJson: 'CSL-JSON (.json)',
    downloaded: (file: string) => `${file} téléchargé`,
  },
  errors: {
    notFoundTitle: 'Profil introuvable',
    notFound: (slug: string) => `Aucun profil nommé ${quoted(slug)} n’existe ici.`,
    showDefault: 'Afficher le profil par défaut',
    loadTitle: 'Le profil n’a pas pu être chargé',
    tryAgain: 'Réessayer',
    invalidTitle: 'Les données de ce profil ne sont pas valides',
    invalidIntro: (problems: number) =>
      `Le fichier de données a ${count(problems, { one: 'problème', other: 'problèmes' })}. Chacun est indiqué avec son chemin JSON${colon}`,
    unexpectedTitle: 'Une erreur est survenue',
    unexpected: 'La page a rencontré une erreur inattendue.',
    staticOnly:
      'La recherche, les filtres et les citations n’ont pas pu être chargés (vérifiez votre connexion). Tout le contenu de la page reste lisible.',
  },
};
