// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importDirectoryPage } from '../../scripts/lib/import/import-directory-page';
import { mergeCurated } from '../../scripts/lib/import/merge-curated';
import type { Profile } from '../../src/data/profile-schema';
import { buildProfile, buildPublication, OWNER } from '../builders';
import { buildPage } from './build-page';

const LONG_ABSTRACT =
  'We show that this works. It is cut he… (see more)re and continues until the very end of it.';

function merge(publications: string[], curated: Profile) {
  const { page, publications: scraped } = importDirectoryPage(buildPage({ publications }));
  return mergeCurated(page, scraped, curated);
}

const curatedStudy = buildPublication({
  id: 'a-study',
  title: 'A Study of Things (Official Title)',
  alternateTitles: ['A study of things'],
  authors: ['Jane Coauthor', OWNER, 'Bob Second'],
  year: 2021,
  venue: 'ICML 2021',
  kind: 'conference',
  topics: ['Optimization'],
  abstract: 'A curated abstract that is long enough to win.',
  abstractTruncated: false,
  identifiers: { arxiv: '2101.00001' },
  links: [{ kind: 'arxiv', url: 'https://arxiv.org/abs/2101.00001' }],
});

describe('mergeCurated', () => {
  it('keeps curated facts for a publication matched by an alternate title', () => {
    const { profile } = merge(
      ['A study of things', 'Jane Coauthor', 'Bob Second'],
      buildProfile({ publications: [curatedStudy] }),
    );
    expect(profile.publications).toEqual([curatedStudy]);
  });

  it('records a new page title as an alternate title and takes a longer page abstract', () => {
    const curated = buildPublication({ id: 'a-study-of-things', title: 'Official', abstract: 'Short.' });
    const { profile, diagnostics } = merge(
      ['A study of things', 'Jane Coauthor', LONG_ABSTRACT],
      buildProfile({ topics: ['Deep Learning', 'Optimization'], publications: [curated] }),
    );
    expect(profile.publications[0]).toMatchObject({
      id: 'a-study-of-things',
      title: 'Official',
      alternateTitles: ['A study of things'],
      abstract: expect.stringMatching(/^We show that this works. It is cut here and/),
      abstractTruncated: false,
      year: curated.year,
    });
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      '"A study of things" added as an alternate title',
      'took the page’s longer abstract',
    ]);
  });

  it('keeps the curated author list and warns about page names missing from it', () => {
    const { profile, diagnostics } = merge(
      ['A study of things', 'Jane Coauthor', 'Zed Newcomer'],
      buildProfile({ publications: [curatedStudy] }),
    );
    expect(profile.publications[0]!.authors).toEqual(curatedStudy.authors);
    expect(diagnostics).toContainEqual({
      line: 13,
      severity: 'warning',
      message: expect.stringContaining('"Zed Newcomer", not in the curated authors; kept the curated list'),
    });
  });

  it('pairs titles that differ only after 60 characters by title, not by their shared id slug', () => {
    const base = 'Learning to compose long sequences of reusable skills for robots';
    const partOne = buildPublication({
      id: 'learning-to-compose-long-sequences-of-reusable-skills-for',
      title: `${base}, part one`,
      year: 2021,
    });
    const partTwo = buildPublication({
      id: 'learning-to-compose-long-sequences-of-reusable-skills-for-2',
      title: `${base}, part two`,
      year: 2022,
    });
    const { profile, diagnostics } = merge(
      [`${base}, part two`, 'Jane Coauthor', `${base}, part one`, 'Jane Coauthor'],
      buildProfile({ publications: [partOne, partTwo] }),
    );
    expect(profile.publications).toEqual([partOne, partTwo]);
    expect(diagnostics.filter((diagnostic) => !/new topic/.test(diagnostic.message))).toEqual([]);
  });

  it('still matches a renamed publication by the id its page title slugifies to', () => {
    const curated = buildPublication({ id: 'a-study-of-things', title: 'Official', year: 2019 });
    const { profile } = merge(
      ['A study of things', 'Jane Coauthor'],
      buildProfile({ publications: [curated] }),
    );
    expect(profile.publications).toEqual([{ ...curated, alternateTitles: ['A study of things'] }]);
  });

  it('keeps the owner and curated order when the page lists more co-authors, warning per added name', () => {
    const { profile, diagnostics } = merge(
      ['A study of things', 'Zed First', 'Jane Coauthor', 'Yan Middle', 'Bob Second', 'Xi Last'],
      buildProfile({ publications: [curatedStudy] }),
    );
    expect(profile.publications[0]!.authors).toEqual([
      'Zed First',
      'Jane Coauthor',
      'Yan Middle',
      OWNER,
      'Bob Second',
      'Xi Last',
    ]);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')).toEqual(
      ['Zed First', 'Yan Middle', 'Xi Last'].map((name) => ({
        line: 13,
        severity: 'warning',
        message: `added coauthor "${name}" from the page: check its position`,
      })),
    );
  });

  it('adds a page co-author when the curated list has only the owner besides', () => {
    const curated = buildPublication({ id: 'a-study-of-things', title: 'A study of things' });
    const { profile } = merge(
      ['A study of things', 'Jane Coauthor', 'Zed Newcomer'],
      buildProfile({ publications: [curated] }),
    );
    expect(profile.publications[0]!.authors).toEqual(['Jane Coauthor', 'Zed Newcomer', OWNER]);
  });

  it('counts as the owner exactly the authors the schema counts (ownerNameKeys)', () => {
    // "Ada-Researcher" is not the owner for validate-data, so the merge must not count it as one:
    // the curated list then has two co-authors, as many as the page, and is kept as it is.
    const curated = buildPublication({
      id: 'a-study-of-things',
      title: 'A study of things',
      authors: ['Jane Coauthor', 'Ada-Researcher'],
    });
    const { profile, diagnostics } = merge(
      ['A study of things', 'Jane Coauthor', 'Zed Newcomer'],
      buildProfile({ publications: [curated] }),
    );
    expect(profile.publications[0]!.authors).toEqual(['Jane Coauthor', 'Ada-Researcher']);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/"Zed Newcomer", not in the curated/) }),
    );
  });

  it('warns when the page is for someone else, not when it uses a name variant of the owner', () => {
    const curated = buildProfile({ nameVariants: ['Ada Researcher-Smith'], publications: [curatedStudy] });
    const mergeFor = (name: string) => {
      const { page, publications } = importDirectoryPage(
        buildPage({ name, header: [name], publications: ['A study of things'] }),
      );
      return mergeCurated(page, publications, curated).diagnostics.filter((d) =>
        /the page is for/.test(d.message),
      );
    };
    expect(mergeFor('Ada Researcher-Smith')).toEqual([]);
    expect(mergeFor('Ada Researcher')).toEqual([]);
    expect(mergeFor('Bob Other')).toEqual([expect.objectContaining({ line: 1, severity: 'warning' })]);
  });

  it('adds new page publications after their page neighbour and keeps curated-only ones', () => {
    const older = buildPublication({ id: 'older', title: 'An older paper from page two' });
    const { profile, diagnostics } = merge(
      ['A brand new paper', 'Jane Coauthor', 'A study of things', 'Jane Coauthor', 'Another new paper'],
      buildProfile({ publications: [curatedStudy, older] }),
    );
    expect(profile.publications.map((publication) => publication.id)).toEqual([
      'a-brand-new-paper',
      'a-study',
      'another-new-paper',
      'older',
    ]);
    expect(profile.publications[0]).toMatchObject({ year: null, venue: null, kind: 'other' });
    expect(diagnostics.filter((diagnostic) => /is new/.test(diagnostic.message))).toHaveLength(2);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/kept 1 curated/) }),
    );
  });

  it('reports each page publication as added, updated (which fields), unchanged or in conflict', () => {
    const shortAbstract = buildPublication({
      id: 'short',
      title: 'A paper with a short abstract',
      abstract: 'Short.',
    });
    const unchanged = buildPublication({
      id: 'unchanged',
      title: 'A paper the page agrees with',
      authors: [OWNER, 'Jane Coauthor'],
    });
    const { report } = merge(
      [
        'A brand new paper',
        'Jane Coauthor',
        'A paper with a short abstract',
        'Jane Coauthor',
        LONG_ABSTRACT,
        'A paper the page agrees with',
        'Jane Coauthor',
        'A study of things',
        'Jane Coauthor',
        'Zed Newcomer',
      ],
      buildProfile({ publications: [shortAbstract, unchanged, curatedStudy] }),
    );
    const titles = (lines: { title: string; detail?: string }[]) =>
      lines.map((line) => `${line.title}${line.detail ? ` | ${line.detail}` : ''}`);
    expect(report.format).toBe('directory-page');
    expect(report.read).toBe(4);
    expect(titles(report.added)).toEqual([
      'A brand new paper | as a-brand-new-paper; needs year, venue, kind, topics and full authors',
    ]);
    expect(titles(report.updated)).toEqual(['A paper with a short abstract | took the longer abstract']);
    expect(titles(report.unchanged)).toEqual(['A paper the page agrees with', 'A study of things']);
    expect(titles(report.conflicts)).toEqual([
      'A study of things | authors: the page lists "Zed Newcomer", not in the profile (kept the profile\'s list)',
    ]);
    expect(report.skipped).toEqual([]);
  });

  it('keeps name variants, the portrait image and topic order; appends new page topics', () => {
    const curated = buildProfile({
      id: 'ada-curated',
      nameVariants: ['Ada Researcher-Smith'],
      portrait: { src: 'portraits/ada.jpg', alt: 'Old alt' },
      topics: ['Optimization', 'Deep Learning'],
      publications: [curatedStudy],
    });
    const { page, publications } = importDirectoryPage(
      buildPage({
        topics: ['Deep Learning', 'Optimization', 'Robotics'],
        publications: ['A study of things'],
      }),
    );
    const { profile } = mergeCurated(page, publications, curated);
    expect(profile).toMatchObject({
      id: 'ada-curated',
      nameVariants: ['Ada Researcher-Smith'],
      portrait: { src: 'portraits/ada.jpg', alt: 'Portrait of Ada Researcher' },
      topics: ['Optimization', 'Deep Learning', 'Robotics'],
      membership: 'Core Academic Member',
    });
  });
});
