// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeWorks } from '../../../scripts/lib/import/formats/merge-works';
import { parseProfile } from '../../../src/data/profile-schema';
import { buildProfile, buildPublication, OWNER } from '../../builders';
import { buildSource, buildWork } from './build-work';

function merge(publications: ReturnType<typeof buildPublication>[], works: ReturnType<typeof buildWork>[]) {
  return mergeWorks(buildProfile({ publications }), buildSource(works));
}

describe('mergeWorks', () => {
  it('matches by DOI before arXiv id before title', () => {
    const byDoi = buildPublication({ identifiers: { doi: '10.1000/abc' } });
    const byArxiv = buildPublication({ identifiers: { arxiv: '2401.00001' } });
    const byTitle = buildPublication({ title: 'Same Title' });
    const matched = (work: ReturnType<typeof buildWork>) => {
      const { report } = merge([byDoi, byArxiv, byTitle], [work]);
      expect(report.added).toEqual([]);
      return [...report.updated, ...report.unchanged].map((line) => line.title);
    };
    const ids = { doi: '10.1000/ABC', arxiv: '2401.00001' };
    expect(matched(buildWork({ title: 'Same Title', identifiers: ids }))).toEqual([byDoi.title]);
    expect(matched(buildWork({ title: 'Same Title', identifiers: { arxiv: ids.arxiv } }))).toEqual([
      byArxiv.title,
    ]);
    expect(matched(buildWork({ title: 'SAME — title!' }))).toEqual([byTitle.title]);
  });

  it('takes an arXiv preprint and its proceedings version as one work, keeping the other title', () => {
    const published = buildPublication({ title: 'Final Title', identifiers: { arxiv: '2401.00001' } });
    const { profile, report } = merge(
      [published],
      [
        buildWork({
          title: 'Preprint Title',
          kind: 'preprint',
          year: 2019,
          identifiers: { arxiv: '2401.00001' },
        }),
      ],
    );
    expect(profile.publications).toHaveLength(1);
    expect(profile.publications[0]!.title).toBe('Final Title');
    expect(profile.publications[0]!.alternateTitles).toEqual(['Preprint Title']);
    expect(report.updated[0]!.detail).toBe('filled alternateTitles');
    // The preprint's earlier year is the arXiv year, not a disagreement.
    expect(report.conflicts).toEqual([]);
  });

  it('says when a second version of a work meets a publication already met', () => {
    const curated = buildPublication({ title: 'Final', alternateTitles: ['Preprint'] });
    const { report } = merge(
      [curated],
      [
        buildWork({ title: 'Final', at: { line: 5 } }),
        buildWork({ title: 'Preprint', kind: 'preprint', at: { line: 9 } }),
      ],
    );
    expect(report.unchanged).toEqual([
      { at: { line: 5 }, title: 'Final' },
      { at: { line: 9 }, title: 'Final', detail: '(another version of line 5)' },
    ]);
  });

  it('keeps every curated value and fills only the empty ones', () => {
    const curated = buildPublication({
      venue: null,
      abstract: null,
      identifiers: { arxiv: '2401.00001' },
      links: [{ kind: 'arxiv', url: 'https://arxiv.org/abs/2401.00001' }],
    });
    const { profile, report } = merge(
      [curated],
      [
        buildWork({
          title: curated.title,
          venue: 'Some Venue',
          abstract: 'What it does.',
          identifiers: { arxiv: '2401.00001', doi: '10.1000/x' },
          links: [
            { kind: 'arxiv', url: 'https://arxiv.org/abs/2401.00001v3' },
            { kind: 'doi', url: 'https://doi.org/10.1000/x' },
          ],
        }),
      ],
    );
    const merged = profile.publications[0]!;
    expect(merged).toMatchObject({ venue: 'Some Venue', abstract: 'What it does.', year: 2020 });
    expect(merged.identifiers).toEqual({ arxiv: '2401.00001', doi: '10.1000/x' });
    expect(merged.links).toEqual([
      { kind: 'arxiv', url: 'https://arxiv.org/abs/2401.00001' },
      { kind: 'doi', url: 'https://doi.org/10.1000/x' },
    ]);
    expect(report.updated[0]!.detail).toBe('filled identifiers.doi, venue, abstract, links (doi)');

    const full = buildPublication({ venue: 'Curated Venue', abstract: 'Curated.' });
    const again = merge([full], [buildWork({ title: full.title, venue: 'Other Venue', abstract: 'Other.' })]);
    expect(again.profile.publications[0]).toEqual(full);
    expect(again.report.unchanged).toHaveLength(1);
  });

  it('reports conflicts: year, identifiers, a published preprint, authors', () => {
    const a = buildPublication({
      title: 'A',
      year: 2023,
      identifiers: { doi: '10.1000/a', arxiv: '2401.00001' },
    });
    const b = buildPublication({ title: 'B', kind: 'preprint', venue: null });
    const c = buildPublication({ title: 'C', authors: ['Jane Coauthor', 'Joe Other', OWNER] });
    const d = buildPublication({ title: 'D' });
    const { profile, report } = merge(
      [a, b, c, d],
      [
        buildWork({ title: 'A', year: 2024, identifiers: { doi: '10.1000/a', arxiv: '2401.00002' } }),
        buildWork({ title: 'B', kind: 'conference', venue: 'ICML 2024', year: 2020 }),
        buildWork({ title: 'C', authors: ['J. Coauthor', OWNER] }),
        buildWork({ title: 'D', authors: ['Jane Coauthor'] }),
      ],
    );
    expect(report.conflicts.map((line) => `${line.title}: ${line.detail}`)).toEqual([
      'A: arXiv id: 2401.00002 here, 2401.00001 in the profile (kept 2401.00001)',
      'A: year: 2024 here, 2023 in the profile (kept 2023)',
      'B: kind: conference (ICML 2024) here, preprint in the profile (kept preprint)',
      "C: authors: 2 here, 3 in the profile (kept the profile's list)",
      `D: authors: the source leaves out the owner "${OWNER}" (kept the profile's list)`,
    ]);
    expect(profile.publications).toEqual([a, b, c, d]);
  });

  it('accepts a list cut by "and others" when it agrees with the curated one so far', () => {
    const curated = buildPublication({ authors: ['Jane Coauthor', 'Joe Other', OWNER] });
    const agrees = merge(
      [curated],
      [buildWork({ title: curated.title, authors: ['J. Coauthor'], authorsComplete: false })],
    );
    expect(agrees.report.conflicts).toEqual([]);
    const differs = merge(
      [curated],
      [buildWork({ title: curated.title, authors: ['Joe Other'], authorsComplete: false })],
    );
    expect(differs.report.conflicts[0]!.detail).toBe(
      `authors: #1 is "Joe Other" here, "Jane Coauthor" in the profile (kept the profile's list)`,
    );
  });

  it("skips a complete author list without the owner, and adds the owner's new work for curation", () => {
    const { profile, report } = merge(
      [buildPublication({ year: 2024 }), buildPublication({ year: 2018 })],
      [
        buildWork({ title: 'Somebody Else', authors: ['Joe Other'] }),
        buildWork({ title: 'New Work', year: 2020 }),
      ],
    );
    expect(report.skipped.map((line) => line.detail)).toEqual([`not the owner's: no author is "${OWNER}"`]);
    expect(report.added.map((line) => `${line.title} ${line.detail}`)).toEqual([
      'New Work as new-work; needs topics; venue',
    ]);
    // Newest first: between the 2024 and the 2018 publication.
    expect(profile.publications.map((publication) => publication.year)).toEqual([2024, 2020, 2018]);
    expect(profile.publications[1]).toMatchObject({
      id: 'new-work',
      topics: [],
      authors: ['Jane Coauthor', OWNER],
    });
    expect(parseProfile(profile).ok).toBe(true);
  });

  it('marks what a new work lacks so validate-data rejects it until curated', () => {
    const cases = [
      {
        work: buildWork({ title: 'No Year', year: null, venue: 'V' }),
        needs: 'year (none in the source; "year": null until set)',
        problem: 'year',
      },
      {
        work: buildWork({
          title: 'Cut List',
          authors: ['Jane Coauthor'],
          authorsComplete: false,
          venue: 'V',
        }),
        needs: `"${OWNER}" in the author list (the source cuts it with "and others")`,
        problem: 'authors',
      },
      {
        work: buildWork({ title: 'Initials', authors: ['A. Researcher'], venue: 'V' }),
        needs: `the owner's name as "${OWNER}" (the source abbreviates it), or that spelling in nameVariants`,
        problem: 'authors',
      },
    ];
    for (const { work, needs, problem } of cases) {
      const { profile, report } = merge([buildPublication({ year: 2030 })], [work]);
      expect(report.added.map((line) => line.detail)).toEqual([
        `as ${profile.publications[1]!.id}; needs topics; ${needs}`,
      ]);
      const result = parseProfile(profile);
      expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual([
        `$.publications[1].${problem}`,
      ]);
    }
  });

  it('fills in the owner alone for a source that lists no authors (ORCID), and says so', () => {
    const { profile, report } = mergeWorks(
      buildProfile(),
      buildSource([buildWork({ title: 'From ORCID', authors: [], authorsComplete: false, venue: 'V' })], {
        allWorksArePersons: true,
      }),
    );
    expect(profile.publications.find((publication) => publication.id === 'from-orcid')!.authors).toEqual([
      OWNER,
    ]);
    expect(report.added[0]!.detail).toBe(
      `as from-orcid; needs topics; co-authors (the source lists none; only "${OWNER}" was filled in)`,
    );
  });

  it('gives a new work a free id', () => {
    const taken = buildPublication({ id: 'same-title', title: 'Other title' });
    const { profile } = merge([taken], [buildWork({ title: 'Same Title' })]);
    expect(profile.publications.map((publication) => publication.id)).toEqual(['same-title', 'same-title-2']);
  });
});

describe('mergeWorks with a file that names its person', () => {
  it("refuses another person's file, and takes the owner's under a name variant", () => {
    const profile = buildProfile({ nameVariants: ['Ada Q. Researcher'] });
    const works = [buildWork({ title: 'Theirs' })];
    expect(() =>
      mergeWorks(profile, buildSource(works, { person: 'Somebody Else', allWorksArePersons: true })),
    ).toThrow(`this file lists the works of "Somebody Else", but the profile is "${OWNER}"`);
    const ok = mergeWorks(
      profile,
      buildSource(works, { person: 'Ada Q. Researcher', allWorksArePersons: true }),
    );
    expect(ok.report.added).toHaveLength(1);
  });
});
