import { cleanPageLines } from './clean-page-lines';
import { clip, PageError, type Diagnostic } from './diagnostics';
import { isNameShaped } from './line-shapes';
import { readPageLines, type SourceLine } from './read-page-lines';
import { repairLatexAccents } from './repair-latex-accents';
import { splitPublicationEntries, type PageEntry } from './split-publication-entries';

/** What a scraped directory page says, before any cleaning. */
export interface DirectoryPage {
  portraitAlt: string | null;
  name: SourceLine;
  membership: string | null;
  position: string | null;
  topics: string[];
  publicationsHeading: SourceLine;
  entries: PageEntry[];
  diagnostics: Diagnostic[];
}

const PORTRAIT = /^portrait of (.+)$/i;
const TOPICS_HEADING = /^research topics:?$/i;
const PUBLICATIONS_HEADING = /^publications:?$/i;
const isHeading = (text: string) => TOPICS_HEADING.test(text) || PUBLICATIONS_HEADING.test(text);

/**
 * Reads a directory page: optional "Portrait of X" line, the name, membership and position, an
 * optional "Research Topics" list, then "Publications". Throws `PageError` naming the line when
 * the text is not such a page.
 */
export function parseDirectoryPage(content: Uint8Array | string): DirectoryPage {
  const raw = readPageLines(content);
  if (raw.length === 0) throw new PageError(1, 'the file is empty');
  const { lines, diagnostics } = cleanPageLines(raw);
  if (lines.length === 0) throw new PageError(raw[0]!.line, 'the page holds nothing but HTML markup');

  let index = 0;
  const portraitMatch = PORTRAIT.exec(lines[0]!.text);
  if (portraitMatch) index += 1;

  const found = lines[index];
  if (!found) throw new PageError(lines[0]!.line, 'the page ends before the researcher’s name');
  if (isHeading(found.text) || !isNameShaped(found.text))
    throw new PageError(found.line, `expected the researcher’s name, found "${clip(found.text)}"`);
  // The researcher's own name may carry the same LaTeX debris as any author's ("Ili'c").
  const repaired = repairLatexAccents(found.text);
  const name = { ...found, text: repaired.name };
  if (repaired.restored.length > 0)
    diagnostics.push({
      line: found.line,
      severity: 'warning',
      message: `repaired the researcher’s name "${found.text}" → "${name.text}" (restored LaTeX ${repaired.restored.join(' ')})`,
    });
  const portraitName = portraitMatch ? repairLatexAccents(portraitMatch[1]!).name : null;
  const portraitAlt = portraitMatch ? portraitMatch[0].replace(portraitMatch[1]!, portraitName!) : null;
  if (portraitName !== null && portraitName !== name.text)
    diagnostics.push({
      line: lines[0]!.line,
      severity: 'warning',
      message: `the portrait is of "${portraitName}" but the page is for "${name.text}"`,
    });
  index += 1;

  const roleLines: SourceLine[] = [];
  while (lines[index] && !isHeading(lines[index]!.text)) roleLines.push(lines[index++]!);
  const [membership, position] = splitRoles(roleLines, diagnostics);

  const topics: string[] = [];
  const topicsHeading = lines[index] && TOPICS_HEADING.test(lines[index]!.text) ? lines[index++] : undefined;
  if (topicsHeading) {
    while (lines[index] && !PUBLICATIONS_HEADING.test(lines[index]!.text)) {
      const topic = lines[index++]!;
      if (topics.includes(topic.text))
        diagnostics.push({
          line: topic.line,
          severity: 'warning',
          message: `topic "${topic.text}" repeats; dropped`,
        });
      else topics.push(topic.text);
    }
    if (topics.length === 0)
      throw new PageError(topicsHeading.line, '"Research Topics" is followed by no topic');
  }

  const publicationsHeading = lines[index];
  if (!publicationsHeading)
    throw new PageError(
      lines.at(-1)!.line,
      'the file ends without a "Publications" heading; is this a directory page?',
    );
  const { entries, diagnostics: entryDiagnostics } = splitPublicationEntries(
    lines.slice(index + 1),
    name.text,
    topics,
  );
  diagnostics.push(...entryDiagnostics);
  if (entries.length === 0)
    diagnostics.push({
      line: publicationsHeading.line,
      severity: 'warning',
      message: 'no publications listed',
    });

  return {
    portraitAlt,
    name,
    membership,
    position,
    topics,
    publicationsHeading,
    entries,
    diagnostics,
  };
}

// Usually "Affiliate Member" then "Senior Research Scientist, Google DeepMind"; a lone line is
// the membership when it says "member".
function splitRoles(lines: SourceLine[], diagnostics: Diagnostic[]): [string | null, string | null] {
  for (const extra of lines.slice(2))
    diagnostics.push({ line: extra.line, severity: 'warning', message: `ignored "${clip(extra.text)}"` });
  const [first, second] = lines;
  if (!first) return [null, null];
  if (second) return [first.text, second.text];
  return /\bmember\b/i.test(first.text) ? [first.text, null] : [null, first.text];
}
