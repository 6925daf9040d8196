import { decodeLatexCommands } from './decode-latex-commands';
import { clip, type Diagnostic } from './diagnostics';
import type { SourceLine } from './read-page-lines';
import { stripHtmlMarkup } from './strip-html-markup';

/**
 * Removes HTML debris and decodes intact LaTeX accents on every line before lines are classified,
 * so `<b>Jane Doe</b>` and `Bart{\l}omiej Nowak` are read as the names they are. Each change is
 * reported on its line; a line that held only markup is dropped.
 */
export function cleanPageLines(lines: readonly SourceLine[]): {
  lines: SourceLine[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const cleaned: SourceLine[] = [];
  for (const { text, line } of lines) {
    const html = stripHtmlMarkup(text);
    const latex = decodeLatexCommands(html.text);
    if (html.removed.length > 0)
      diagnostics.push({
        line,
        severity: 'warning',
        message:
          latex.text === ''
            ? `dropped a line of HTML markup only (${html.removed.join(', ')})`
            : `removed HTML markup (${html.removed.join(', ')}): read as "${clip(latex.text)}"`,
      });
    if (latex.decoded.length > 0)
      diagnostics.push({
        line,
        severity: 'note',
        message: `decoded LaTeX ${latex.decoded.join(' ')}: read as "${clip(latex.text)}"`,
      });
    if (latex.text !== '')
      cleaned.push(
        latex.decoded.length > 0 ? { text: latex.text, line, latexIntact: true } : { text: latex.text, line },
      );
  }
  return { lines: cleaned, diagnostics };
}
