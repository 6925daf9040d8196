import css from './researcher-profile.css?inline';

let sheet: CSSStyleSheet | undefined;

/** One constructable stylesheet shared by every element on the page (parsed once). */
export function shadowStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
