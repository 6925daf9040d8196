import { describe, expect, it } from 'vitest';
import { buildProfile, buildPublication } from '../../tests/builders';
import { parseProfile } from './profile-schema';
import { salvageProfile } from './salvage-profile';

function read(data: unknown) {
  const result = salvageProfile(data, 'ada-researcher');
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.problems)}`);
  return result;
}

function rejectedPaths(data: unknown): string[] {
  const result = salvageProfile(data, 'ada-researcher');
  if (result.ok) throw new Error('expected a rejection');
  return result.problems.map((problem) => problem.path);
}

const paths = (result: ReturnType<typeof read>) => result.dropped.problems.map((problem) => problem.path);

describe('readProfile: what rejects the whole profile', () => {
  it.each([
    ['not an object', [], '$'],
    ['null', null, '$'],
    ['an unknown schema version', { ...buildProfile(), schemaVersion: 2 }, '$.schemaVersion'],
    ['no name', (({ name: _n, ...rest }) => rest)(buildProfile()), '$.name'],
    ['a name that is not text', { ...buildProfile(), name: { first: 'Ada' } }, '$.name'],
    ['publications that are not a list', { ...buildProfile(), publications: { 0: {} } }, '$.publications'],
    ['no publications at all', (({ publications: _p, ...rest }) => rest)(buildProfile()), '$.publications'],
  ])('%s, naming %s', (_label, data, path) => {
    expect(rejectedPaths(data)).toEqual([path]);
  });
});

describe('readProfile: what it leaves out and shows the rest', () => {
  it('keeps a valid profile whole, with nothing dropped', () => {
    const profile = buildProfile({ topics: ['A'], publications: [buildPublication({ topics: ['A'] })] });
    const result = read(profile);
    expect(result.profile).toEqual(profile);
    expect(result.dropped).toEqual({ entries: 0, values: 0, problems: [] });
  });

  it('drops a javascript: link and keeps the publication and its good link', () => {
    const good = { kind: 'pdf', url: 'https://example.org/a.pdf' } as const;
    const data = buildProfile({
      publications: [buildPublication({ links: [{ kind: 'code', url: 'javascript:alert(1)' }, good] })],
    });
    const result = read(data);
    expect(result.profile.publications[0]?.links).toEqual([good]);
    expect(result.dropped).toMatchObject({ entries: 0, values: 1 });
    expect(paths(result)).toEqual(['$.publications[0].links[0].url']);
  });

  it('drops a bad author, a bad topic and a bad venue, keeping the entry', () => {
    const data = buildProfile({ topics: ['A'], publications: [buildPublication({ topics: ['A'] })] });
    const [publication] = data.publications;
    const raw = {
      ...data,
      publications: [{ ...publication, authors: ['Ada Researcher', 42], topics: ['A', '<b>', 7], venue: '' }],
    };
    const result = read(raw);
    expect(result.profile.publications[0]).toMatchObject({
      authors: ['Ada Researcher'],
      topics: ['A'],
      venue: null,
    });
    expect(paths(result)).toEqual(
      expect.arrayContaining([
        '$.publications[0].authors[1]',
        '$.publications[0].topics[2]',
        '$.publications[0].venue',
        '$.publications[0].topics[1]',
      ]),
    );
    expect(result.dropped.entries).toBe(0);
  });

  it('drops an entry that cannot be shown, naming the JSON path in the file', () => {
    const good = buildPublication();
    const data = {
      ...buildProfile(),
      publications: [
        { ...buildPublication(), year: 'soon' },
        { ...buildPublication(), title: 42 },
        good,
        'junk',
      ],
    };
    const result = read(data);
    expect(result.profile.publications).toEqual([good]);
    expect(result.dropped).toMatchObject({ entries: 3, values: 0 });
    expect(paths(result)).toEqual(['$.publications[0].year', '$.publications[1].title', '$.publications[3]']);
  });

  it('drops an entry whose authors are all bad', () => {
    const data = { ...buildProfile(), publications: [{ ...buildPublication(), authors: [''] }] };
    expect(read(data).dropped.entries).toBe(1);
  });

  it('drops the second of two publications with one id, naming both', () => {
    const first = buildPublication({ id: 'twin' });
    const result = read(buildProfile({ publications: [first, buildPublication({ id: 'twin' })] }));
    expect(result.profile.publications).toEqual([first]);
    expect(result.dropped.problems).toEqual([
      { path: '$.publications[1].id', message: 'duplicate id "twin" (also publications[0])' },
    ]);
  });

  it("drops topics that are not the profile's, and twin topics, at their index in the file", () => {
    const data = {
      ...buildProfile(),
      topics: ['Optimization', 'optimization', '???'],
      publications: [
        { ...buildPublication(), title: 99 },
        buildPublication({ topics: ['Optimization', 'Made Up', '???'] }),
      ],
    };
    const result = read(data);
    expect(result.profile.topics).toEqual(['Optimization']);
    expect(result.profile.publications[0]?.topics).toEqual(['Optimization']);
    // The second publication is publications[1] in the file, even though it is the first one shown.
    expect(paths(result)).toEqual(
      expect.arrayContaining([
        '$.topics[1]',
        '$.topics[2]',
        '$.publications[1].topics[1]',
        '$.publications[1].topics[2]',
      ]),
    );
  });

  it('falls back where the page can do without: a bad id, topics, portrait, membership, unknown fields', () => {
    const data = {
      ...buildProfile(),
      id: 'Not A Slug',
      topics: 'Optimization',
      portrait: { src: 'data:image/png;base64,AAAA', alt: 'Portrait' },
      membership: 7,
      nickname: 'Ada',
      links: { homepage: 'javascript:alert(1)', orcid: '0000-0002-1825-0097' },
    };
    const result = read(data);
    expect(result.profile).toMatchObject({
      id: 'ada-researcher',
      topics: [],
      portrait: { src: null, alt: 'Portrait' },
      membership: null,
      links: { orcid: '0000-0002-1825-0097' },
    });
    expect(result.profile).not.toHaveProperty('nickname');
    expect(paths(result)).toEqual(
      expect.arrayContaining([
        '$.id',
        '$.topics',
        '$.portrait.src',
        '$.membership',
        '$.nickname',
        '$.links.homepage',
      ]),
    );
  });

  it('leaves in what only the curation rules forbid: the page can show it', () => {
    const data = buildProfile({ publications: [buildPublication({ authors: ['Someone Else'] })] });
    expect(parseProfile(data).ok).toBe(false);
    expect(read(data).dropped.problems).toEqual([]);
  });
});
