// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseOrcidWorks } from '../../../scripts/lib/import/formats/parse-orcid-works';

const id = (type: string, value: string, relationship = 'self') => ({
  'external-id-type': type,
  'external-id-value': value,
  'external-id-relationship': relationship,
});

const summary = (overrides: Record<string, unknown> = {}) => ({
  'put-code': 1,
  title: { title: { value: 'A Title' }, subtitle: null },
  'external-ids': { 'external-id': [] },
  url: null,
  type: 'conference-paper',
  'publication-date': { year: { value: '2024' }, month: null, day: null },
  'journal-title': { value: 'ICML 2024' },
  'display-index': '0',
  ...overrides,
});

function parse(...groups: unknown[]) {
  return parseOrcidWorks(JSON.stringify({ group: groups, path: '/0000-0002-0000-000X/works' }));
}

describe('parseOrcidWorks', () => {
  it("takes each group's preferred version: the highest display index, wherever it is", () => {
    const source = parse({
      'work-summary': [
        summary({ title: { title: { value: 'Preprint title' } }, type: 'preprint', 'display-index': '0' }),
        summary({ title: { title: { value: 'Published title' } }, 'display-index': '2' }),
        summary({ title: { title: { value: 'Other claim' } }, 'display-index': '1' }),
      ],
    });
    expect(source.works.map((work) => [work.title, work.kind, work.at])).toEqual([
      ['Published title', 'conference', { path: '$.group[0].work-summary[1]' }],
    ]);
  });

  it("reads ids from the version and its group, but not what it is part of (a journal's ISSN)", () => {
    const [work] = parse({
      'external-ids': {
        'external-id': [id('arxiv', 'arXiv:2402.02868'), id('issn', '0028-0836', 'part-of')],
      },
      'work-summary': [
        summary({
          'external-ids': {
            'external-id': [id('doi', '10.1038/d41586-024-02525-z'), id('doi', '10.9999/journal', 'part-of')],
          },
          url: { value: 'https://proceedings.mlr.press/v235/x.html' },
        }),
      ],
    }).works;
    expect(work!.identifiers).toEqual({ arxiv: '2402.02868', doi: '10.1038/d41586-024-02525-z' });
    expect(work!.links.map((link) => link.kind)).toEqual(['arxiv', 'doi', 'proceedings']);
  });

  it('has no authors to give, and says so once', () => {
    const source = parse({ 'work-summary': [summary()] }, { 'work-summary': [summary()] });
    expect(source.works.every((work) => work.authors.length === 0 && !work.authorsComplete)).toBe(true);
    expect(source.allWorksArePersons).toBe(true);
    expect(source.notes.filter((note) => note.message.includes('no author lists'))).toHaveLength(1);
  });

  it('leaves a missing date empty and reports broken groups by their JSON path', () => {
    const source = parse(
      { 'work-summary': [summary({ 'publication-date': null })] },
      { 'work-summary': [] },
      { 'work-summary': [summary({ title: { title: null } })] },
    );
    expect(source.works.map((work) => work.year)).toEqual([null]);
    expect(source.notes.filter((note) => note.severity !== 'note')).toEqual([
      {
        at: { path: '$.group[0].work-summary[0].publication-date' },
        severity: 'warning',
        message: 'has no year: left empty',
      },
      { at: { path: '$.group[1]' }, severity: 'error', message: 'has no work-summary: skipped' },
      {
        at: { path: '$.group[2].work-summary[0].title' },
        severity: 'error',
        message: 'has no title: skipped',
      },
    ]);
  });

  it('maps ORCID work types to kinds, and joins a subtitle to its title', () => {
    const kinds = ['conference-paper', 'journal-article', 'preprint', 'book-chapter'].map(
      (type) =>
        parse({ 'work-summary': [summary({ type, 'journal-title': { value: 'Nature' } })] }).works[0]!.kind,
    );
    expect(kinds).toEqual(['conference', 'journal', 'preprint', 'other']);
    const workshop = parse({
      'work-summary': [
        summary({
          title: { title: { value: 'Main' }, subtitle: { value: 'Sub' } },
          'journal-title': { value: 'A Workshop' },
        }),
      ],
    }).works[0]!;
    expect([workshop.title, workshop.kind]).toEqual(['Main: Sub', 'workshop']);
  });
});
