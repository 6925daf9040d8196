import type { Messages } from './en';
import { languageOf, type Language } from './load-messages';

/*
 * What the <researcher-profile> element says about a mistake in its host page's tag, for the web
 * team that wrote it: apart from messages.ts's, since only the embed's script needs them.
 */

const NBSP = '\u00a0';
const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;

const en = {
  sourceTitle: 'This profile cannot be shown',
  missingSource:
    'The <researcher-profile> element has no src attribute. Set it to the URL of the profile’s JSON file, e.g. src="/data/razvan-pascanu.json".',
  unusableSource: (src: string) =>
    `The src “${src}” is not the URL of a profile file: it must end with the profile’s name and .json (lowercase letters, digits and hyphens, e.g. razvan-pascanu.json), without a query string.`,
};

export type EmbedMessages = typeof en;

const fr: EmbedMessages = {
  sourceTitle: 'Ce profil ne peut pas être affiché',
  missingSource: `L’élément <researcher-profile> n’a pas d’attribut src. Indiquez-y l’URL du fichier JSON du profil, par exemple src="/data/razvan-pascanu.json".`,
  unusableSource: (src: string) =>
    `Le src ${quoted(src)} n’est pas l’URL d’un fichier de profil${NBSP}: il doit se terminer par le nom du profil et .json (lettres minuscules, chiffres et traits d’union, par exemple razvan-pascanu.json), sans paramètres.`,
};

const embedMessages: Record<Language, EmbedMessages> = { en, fr };

/** The embed's strings in the language of the page's messages. */
export function embedText(t: Pick<Messages, 'lang'>): EmbedMessages {
  return embedMessages[languageOf(t.lang)];
}
