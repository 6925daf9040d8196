import { isRecord } from './is-record';
import { emptyWork, type ImportedWork, type ParsedSource, type SourceNote } from './imported-work';
import { plainText } from './rich-text';
import { identifiersAndLinks } from './work-identifiers';
import { kindFromVenue, parseYear } from './work-kind';

/**
 * ORCID's public API v3.0 works summary (`pub.orcid.org/v3.0/<id>/works`, JSON). Each group is one
 * work claimed by one or more sources; its preferred version is the summary with the highest
 * display index. Summaries carry no author lists.
 */
export function parseOrcidWorks(text: string): ParsedSource {
  const data: unknown = JSON.parse(text);
  const notes: SourceNote[] = [];
  const groups = isRecord(data) && Array.isArray(data.group) ? data.group : [];
  const works: ImportedWork[] = [];
  groups.forEach((group: unknown, index) => {
    const path = `$.group[${index}]`;
    const summaries = isRecord(group) && Array.isArray(group['work-summary']) ? group['work-summary'] : [];
    const preferred = preferredSummary(summaries);
    if (!preferred) {
      notes.push({ at: { path }, severity: 'error', message: 'has no work-summary: skipped' });
      return;
    }
    const at = `${path}.work-summary[${preferred.index}]`;
    const groupIds = isRecord(group) ? externalIds(group) : [];
    const work = summaryToWork(preferred.summary, at, groupIds, notes);
    if (work) works.push(work);
  });
  if (works.length > 0)
    notes.push({
      at: { path: '$' },
      severity: 'note',
      message:
        "an ORCID works summary has no author lists: matched works keep the profile's, new ones list only the owner",
    });
  return { format: 'orcid-works', works, notes, skipped: [], allWorksArePersons: true };
}

function preferredSummary(
  summaries: unknown[],
): { summary: Record<string, unknown>; index: number } | undefined {
  let best: { summary: Record<string, unknown>; index: number; rank: number } | undefined;
  summaries.forEach((summary, index) => {
    if (!isRecord(summary)) return;
    const rank = Number(summary['display-index'] ?? 0) || 0;
    if (!best || rank > best.rank) best = { summary, index, rank };
  });
  return best;
}

interface ExternalId {
  type: string;
  value: string;
  relationship: string;
}

function externalIds(holder: Record<string, unknown>): ExternalId[] {
  const list = isRecord(holder['external-ids']) ? holder['external-ids']['external-id'] : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((id) => ({
    type: String(id['external-id-type'] ?? '').toLowerCase(),
    value: String(id['external-id-value'] ?? ''),
    relationship: String(id['external-id-relationship'] ?? 'self'),
  }));
}

// ORCID wraps most values: { "value": "…" }.
function value(field: unknown): unknown {
  return isRecord(field) ? field.value : undefined;
}

function summaryToWork(
  summary: Record<string, unknown>,
  path: string,
  groupIds: readonly ExternalId[],
  notes: SourceNote[],
): ImportedWork | undefined {
  const titles = isRecord(summary.title) ? summary.title : {};
  const title = plainText(value(titles.title));
  if (!title) {
    notes.push({ at: { path: `${path}.title` }, severity: 'error', message: 'has no title: skipped' });
    return undefined;
  }
  const subtitle = plainText(value(titles.subtitle));
  const work = emptyWork({ path }, subtitle ? `${title}: ${subtitle}` : title);
  work.authorsComplete = false;

  const date = isRecord(summary['publication-date']) ? summary['publication-date'] : {};
  work.year = parseYear(value(date.year));
  if (work.year === null)
    notes.push({
      at: { path: `${path}.publication-date` },
      severity: 'warning',
      message: 'has no year: left empty',
    });

  // The work's own ids first; the group's fill in what this version lacks. Ids of what the work
  // is part of (a journal's ISSN) are not the work's.
  const ids = [...externalIds(summary), ...groupIds].filter((id) => id.relationship !== 'part-of');
  const found = identifiersAndLinks({
    dois: ids.filter((id) => id.type === 'doi').map((id) => id.value),
    arxivs: ids.filter((id) => id.type === 'arxiv').map((id) => id.value),
    urls: [value(summary.url)].filter((url): url is string => typeof url === 'string'),
  });
  for (const rejected of found.rejected)
    notes.push({ at: { path }, severity: 'warning', message: `${rejected} not understood: left out` });
  work.identifiers = found.identifiers;
  work.links = found.links;

  const venue = plainText(value(summary['journal-title'])) ?? null;
  work.kind = kindOf(String(summary.type ?? ''), venue, work.identifiers.arxiv !== undefined);
  work.venue = work.kind === 'preprint' ? null : venue;
  return work;
}

function kindOf(type: string, venue: string | null, onArxiv: boolean): ImportedWork['kind'] {
  switch (type) {
    case 'conference-paper':
      return kindFromVenue('conference', venue);
    case 'journal-article':
      return venue === null && onArxiv ? 'preprint' : kindFromVenue('journal', venue);
    case 'preprint':
      return 'preprint';
    case 'working-paper':
    case 'report':
      return onArxiv ? 'preprint' : 'other';
    default:
      return 'other';
  }
}
