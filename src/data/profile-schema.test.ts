import { describe, expect, it } from 'vitest';
import { buildProfile, buildPublication, OWNER } from '../../tests/builders';
import { parseProfile, toJsonPath, type DataProblem } from './profile-schema';

function problemsOf(data: unknown): DataProblem[] {
  const result = parseProfile(data);
  if (result.ok) throw new Error('expected the profile to be rejected');
  return result.problems;
}

function withPublication(overrides: Record<string, unknown>) {
  const profile = buildProfile({ topics: ['Optimization'] });
  return { ...profile, publications: [{ ...buildPublication(), ...overrides }] };
}

describe('parseProfile', () => {
  it('accepts a valid profile and fills defaults', () => {
    const {
      alternateTitles: _a,
      identifiers: _i,
      links: _l,
      ...publication
    } = buildPublication({
      topics: ['Optimization'],
    });
    const result = parseProfile({
      ...buildProfile({ topics: ['Optimization'] }),
      publications: [publication],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.publications[0]).toMatchObject({ alternateTitles: [], identifiers: {}, links: [] });
  });

  it.each([
    ['not an object', null, '$'],
    ['a wrong schema version', { ...buildProfile(), schemaVersion: 2 }, '$.schemaVersion'],
    ['an unknown field', { ...buildProfile(), nickname: 'x' }, '$'],
    ['a slug with capitals', { ...buildProfile(), id: 'Ada' }, '$.id'],
    ['an empty name', { ...buildProfile(), name: '  ' }, '$.name'],
    [
      'a javascript: portrait',
      { ...buildProfile(), portrait: { src: 'javascript:alert(1)', alt: 'x' } },
      '$.portrait.src',
    ],
    ['a year out of range', withPublication({ year: 20245 }), '$.publications[0].year'],
    ['a fractional year', withPublication({ year: 2024.5 }), '$.publications[0].year'],
    ['an unknown kind', withPublication({ kind: 'blog' }), '$.publications[0].kind'],
    ['no authors', withPublication({ authors: [] }), '$.publications[0].authors'],
    [
      'a control character in a title',
      withPublication({ title: 'Bad\u0007title' }),
      '$.publications[0].title',
    ],
    ['spaces around a title', withPublication({ title: ' Padded ' }), '$.publications[0].title'],
    [
      'a bad arXiv id',
      withPublication({ identifiers: { arxiv: 'abc' } }),
      '$.publications[0].identifiers.arxiv',
    ],
    [
      'a javascript: link',
      withPublication({ links: [{ kind: 'code', url: 'javascript:alert(1)' }] }),
      '$.publications[0].links[0].url',
    ],
    [
      'a data: link',
      withPublication({ links: [{ kind: 'pdf', url: 'data:text/html,hi' }] }),
      '$.publications[0].links[0].url',
    ],
    [
      'a relative link',
      withPublication({ links: [{ kind: 'pdf', url: '/paper.pdf' }] }),
      '$.publications[0].links[0].url',
    ],
    [
      'an unknown link kind',
      withPublication({ links: [{ kind: 'video', url: 'https://x.org' }] }),
      '$.publications[0].links[0].kind',
    ],
  ])('rejects %s at its JSON path', (_label, data, path) => {
    expect(problemsOf(data).map((problem) => problem.path)).toContain(path);
  });

  describe('cross-field rules', () => {
    it('rejects duplicate publication ids', () => {
      const first = buildPublication({ id: 'same' });
      const problems = problemsOf(buildProfile({ publications: [first, buildPublication({ id: 'same' })] }));
      expect(problems).toContainEqual({
        path: '$.publications[1].id',
        message: expect.stringMatching(/duplicate id/),
      });
    });

    it('rejects duplicate titles, ignoring case, accents and punctuation', () => {
      const problems = problemsOf(
        buildProfile({
          publications: [
            buildPublication({ title: 'Ünïcode: a Study' }),
            buildPublication({ title: 'unicode - a study!' }),
          ],
        }),
      );
      expect(problems).toContainEqual({
        path: '$.publications[1].title',
        message: expect.stringMatching(/duplicate title/),
      });
    });

    it("rejects a publication topic that is not one of the profile's topics", () => {
      const problems = problemsOf(
        buildProfile({
          topics: ['Optimization'],
          publications: [buildPublication({ topics: ['Optimisation'] })],
        }),
      );
      expect(problems).toContainEqual({
        path: '$.publications[0].topics[0]',
        message: expect.stringMatching(/not one of the profile's topics/),
      });
    });

    it('rejects a duplicate profile topic', () => {
      const problems = problemsOf(buildProfile({ topics: ['A', 'B', 'A'], publications: [] }));
      expect(problems).toContainEqual({
        path: '$.topics[2]',
        message: expect.stringMatching(/duplicate topic/),
      });
    });

    it('rejects topics that would share a URL slug or have none', () => {
      const problems = problemsOf(
        buildProfile({ topics: ['Deep Learning', 'deep-learning', 'C++', 'C#', '???'], publications: [] }),
      );
      expect(problems).toEqual([
        {
          path: '$.topics[1]',
          message: '"deep-learning" and "Deep Learning" would share the URL slug "deep-learning"',
        },
        { path: '$.topics[3]', message: '"C#" and "C++" would share the URL slug "c"' },
        { path: '$.topics[4]', message: '"???" needs a letter or digit to appear in URLs' },
      ]);
    });

    it('rejects a topic label for a topic the profile does not have, and a language the page lacks', () => {
      const profile = buildProfile({
        topics: ['Deep Learning'],
        topicLabels: { fr: { 'Deep Learning': 'Apprentissage profond', Graphs: 'Graphes' } },
        publications: [],
      });
      expect(problemsOf(profile)).toEqual([
        {
          path: '$.topicLabels.fr.Graphs',
          message: `labels "Graphs", which is not one of the profile's topics`,
        },
      ]);
      expect(problemsOf({ ...profile, topicLabels: { de: {} } })).toEqual([
        { path: '$.topicLabels', message: 'has unknown field "de"' },
      ]);
    });

    it('rejects an author list without the owner', () => {
      const problems = problemsOf(
        buildProfile({ publications: [buildPublication({ authors: ['Someone Else'] })] }),
      );
      expect(problems).toContainEqual({
        path: '$.publications[0].authors',
        message: `does not include the profile owner "${OWNER}"`,
      });
    });

    it('accepts the owner under a name variant or with other accents and case', () => {
      const profile = buildProfile({
        name: 'Razvan Pascanu',
        nameVariants: ['R. Pascanu'],
        publications: [
          buildPublication({ authors: ['Răzvan Pașcanu'] }),
          buildPublication({ authors: ['R. Pascanu', 'Other Person'] }),
        ],
      });
      expect(parseProfile(profile).ok).toBe(true);
    });

    it('rejects a truncated flag without an abstract', () => {
      const problems = problemsOf(
        buildProfile({ publications: [buildPublication({ abstractTruncated: true })] }),
      );
      expect(problems.map((problem) => problem.path)).toEqual(['$.publications[0].abstractTruncated']);
    });
  });

  it('reports every problem, not just the first', () => {
    const problems = problemsOf({ ...withPublication({ year: 'soon', kind: 'blog' }), id: 'NOPE' });
    expect(problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['$.id', '$.publications[0].year', '$.publications[0].kind']),
    );
  });

  it.each([
    ['a wrong type', { ...buildProfile(), topics: 5 }, '$.topics', 'expected array, received number'],
    [
      'a missing field',
      (({ name: _name, ...rest }) => rest)(buildProfile()),
      '$.name',
      'is missing (expected string)',
    ],
    ['a wrong constant', { ...buildProfile(), schemaVersion: 2 }, '$.schemaVersion', 'must be 1'],
    ['an unknown field', { ...buildProfile(), nickname: 'x' }, '$', 'has unknown field "nickname"'],
    [
      'an empty author list',
      withPublication({ authors: [] }),
      '$.publications[0].authors',
      'must list at least one author',
    ],
    ['a year too early', withPublication({ year: 1066 }), '$.publications[0].year', 'must be at least 1900'],
    ['a year too late', withPublication({ year: 3000 }), '$.publications[0].year', 'must be at most 2100'],
    [
      'an unknown enum value',
      withPublication({ kind: 'blog' }),
      '$.publications[0].kind',
      'must be one of "conference", "workshop", "journal", "commentary", "preprint", "other"',
    ],
    [
      'a bidi override in a title',
      withPublication({ title: 'Safe \u202etxt.exe' }),
      '$.publications[0].title',
      'must not contain bidirectional control characters (U+202A–202E, U+2066–2069)',
    ],
    [
      'a lone surrogate in an author',
      withPublication({ authors: ['Ada Researcher', 'Bad \ud800 name'] }),
      '$.publications[0].authors[1]',
      'must not contain a lone surrogate (broken Unicode)',
    ],
    [
      'an abstract of 10,001 characters',
      withPublication({ abstract: 'a'.repeat(10_001) }),
      '$.publications[0].abstract',
      'must be at most 10000 characters long',
    ],
    [
      'a javascript: homepage',
      { ...buildProfile(), links: { homepage: 'javascript:alert(1)' } },
      '$.links.homepage',
      'must be an absolute http(s) URL',
    ],
    [
      'an ORCID given as a URL',
      { ...buildProfile(), links: { orcid: 'https://orcid.org/0000-0002-1825-0097' } },
      '$.links.orcid',
      'must be an ORCID iD like 0000-0002-1825-0097',
    ],
    [
      'a Scholar link to another host',
      { ...buildProfile(), links: { googleScholar: 'https://evil.example/scholar' } },
      '$.links.googleScholar',
      'must be a https://scholar.google… URL',
    ],
    [
      'an email with a header injection',
      { ...buildProfile(), links: { email: 'ada@example.org?bcc=all@example.org' } },
      '$.links.email',
      'must be a plain email address',
    ],
    [
      'a data: portrait',
      { ...buildProfile(), portrait: { src: 'data:image/png;base64,AA', alt: 'x' } },
      '$.portrait.src',
      'must be an http(s) URL or a path inside the site',
    ],
  ])('says plainly what is wrong with %s', (_label, data, path, message) => {
    expect(problemsOf(data)).toContainEqual({ path, message });
  });
});

describe('toJsonPath', () => {
  it('writes indexes in brackets and quotes odd keys', () => {
    expect(toJsonPath(['publications', 3, 'links', 0, 'url'])).toBe('$.publications[3].links[0].url');
    expect(toJsonPath(['a b', 'c'])).toBe('$["a b"].c');
    expect(toJsonPath([])).toBe('$');
  });
});
