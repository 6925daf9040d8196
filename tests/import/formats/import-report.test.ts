// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyReport, formatReport } from '../../../scripts/lib/import/formats/import-report';

describe('formatReport', () => {
  it('counts every outcome, lists the non-empty ones in file order, with compiler-style locations', () => {
    const report = emptyReport('bibtex', 4, [{ at: { line: 9 }, severity: 'warning', message: 'odd' }]);
    report.added.push({ at: { line: 30 }, title: 'New', detail: 'as new; needs topics' });
    report.unchanged.push({ at: { line: 20 }, title: 'Later' }, { at: { line: 3 }, title: 'Earlier' });
    report.conflicts.push({
      at: { line: 3 },
      title: 'Earlier',
      detail: 'year: 2024 here, 2023 in the profile (kept 2023)',
    });
    expect(formatReport('refs.bib', report)).toBe(
      [
        'refs.bib: BibTeX, 4 entries: 1 added, 0 updated, 2 unchanged, 1 conflict, 0 skipped',
        'added (1):',
        '  refs.bib:30: "New" as new; needs topics',
        'unchanged (2):',
        '  refs.bib:3: "Earlier"',
        '  refs.bib:20: "Later"',
        'conflicts (1):',
        '  refs.bib:3: "Earlier" year: 2024 here, 2023 in the profile (kept 2023)',
        'messages (1):',
        '  refs.bib:9: warning: odd',
        '',
      ].join('\n'),
    );
  });

  it('orders JSON paths by their indexes: $ first, $[2] before $[10]', () => {
    const report = emptyReport('csl-json', 11, []);
    report.skipped.push(
      { at: { path: '$[10]' }, title: 'Ten' },
      { at: { path: '$[2].author[1]' }, title: 'Two, deeper' },
      { at: { path: '$[2]' }, title: 'Two' },
      { at: { path: '$' }, title: 'Whole' },
    );
    expect(formatReport('items.json', report).split('\n').slice(2, 6)).toEqual([
      '  items.json $: "Whole"',
      '  items.json $[2]: "Two"',
      '  items.json $[2].author[1]: "Two, deeper"',
      '  items.json $[10]: "Ten"',
    ]);
  });
});
