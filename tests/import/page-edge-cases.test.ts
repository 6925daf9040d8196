// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PageError } from '../../scripts/lib/import/diagnostics';
import { importDirectoryPage } from '../../scripts/lib/import/import-directory-page';
import { buildPage } from './build-page';

const ABSTRACT = 'We show that this works. It is cut he… (see more)re and continues until the end.';

function entriesOf(publications: string[]) {
  return importDirectoryPage(buildPage({ publications })).publications.map(
    ({ title, authors, abstract }) => ({
      title,
      authors,
      abstract,
    }),
  );
}

function pageError(content: string | Uint8Array): PageError {
  try {
    importDirectoryPage(content);
  } catch (error) {
    if (error instanceof PageError) return error;
    throw error;
  }
  throw new Error('expected a PageError');
}

describe('telling titles, authors and abstracts apart', () => {
  it('keeps a title shaped like a name as a title', () => {
    expect(entriesOf(['Agency Is Frame-Dependent', 'David Abel', 'Mark Ho', ABSTRACT])).toEqual([
      {
        title: 'Agency Is Frame-Dependent',
        authors: ['David Abel', 'Mark Ho'],
        abstract: expect.any(String),
      },
    ]);
  });

  it('starts a new entry at a name-shaped title after authors or a title', () => {
    // "Deep Learning" is one of the page's topics; "graph neural networks" is in a title in lower
    // case: a name-shaped line made of the page's own words is a title.
    const entries = entriesOf([
      'A first paper on graph neural networks',
      'Jane Coauthor',
      'Agency Is Frame-Dependent',
      'David Abel',
      'Deep Learning',
      'Graph Neural Networks',
      'Yann Example',
    ]);
    expect(entries.map((entry) => entry.title)).toEqual([
      'A first paper on graph neural networks',
      'Agency Is Frame-Dependent',
      'Deep Learning',
      'Graph Neural Networks',
    ]);
    expect(entries[1]!.authors).toEqual(['David Abel']);
    expect(entries[3]!.authors).toEqual(['Yann Example']);
  });

  it('takes any line after an abstract as a title, even a two-word one', () => {
    const entries = entriesOf(['A first paper', 'Jane Coauthor', ABSTRACT, 'Clare Lyle', 'Bob Second']);
    expect(entries.map((entry) => entry.title)).toEqual(['A first paper', 'Clare Lyle']);
    expect(entries[1]!.authors).toEqual(['Bob Second']);
  });

  it('keeps a known author made of ordinary words among the authors', () => {
    const entries = entriesOf([
      'A first paper',
      'Young Park',
      'Jane Coauthor',
      ABSTRACT,
      'A second paper',
      'Young Park',
      ABSTRACT,
    ]);
    expect(entries.map((entry) => entry.authors)).toEqual([['Young Park', 'Jane Coauthor'], ['Young Park']]);
  });

  it('reads an entry without authors', () => {
    expect(entriesOf(['A paper with no authors listed', ABSTRACT])).toEqual([
      { title: 'A paper with no authors listed', authors: [], abstract: expect.stringMatching(/^We show/) },
    ]);
  });

  it('reads an entry without an abstract, followed by the next title', () => {
    expect(
      entriesOf(['First paper title', 'Jane Coauthor', 'Second paper: with a colon', 'Bob Second']),
    ).toEqual([
      { title: 'First paper title', authors: ['Jane Coauthor'], abstract: null },
      { title: 'Second paper: with a colon', authors: ['Bob Second'], abstract: null },
    ]);
  });

  it('reads consecutive titles as separate entries', () => {
    expect(
      entriesOf(['A first paper on things', 'When do models generalize?', 'Yet another study of stuff']),
    ).toEqual([
      { title: 'A first paper on things', authors: [], abstract: null },
      { title: 'When do models generalize?', authors: [], abstract: null },
      { title: 'Yet another study of stuff', authors: [], abstract: null },
    ]);
  });

  it('joins an abstract printed over several lines', () => {
    const [entry] = entriesOf([
      'A paper',
      'Jane Coauthor',
      'The first part of a long abstract is cut in the middle of a wo… (see more)',
      'rd and goes on here. It has several sentences, and then it ends properly.',
    ]);
    expect(entry!.abstract).toBe(
      'The first part of a long abstract is cut in the middle of a word and goes on here. It has several sentences, and then it ends properly.',
    );
  });
});

describe('duplicate entries', () => {
  it('merges them into the first, with the longest abstract and all authors in order', () => {
    const result = importDirectoryPage(
      buildPage({
        publications: [
          'Same Title, Different Case!',
          'Jane Coauthor',
          'Another paper',
          'Bob Second',
          'same title different case',
          'Jane Coauthor',
          'Carl Third',
          ABSTRACT,
        ],
      }),
    );
    expect(result.publications).toHaveLength(2);
    expect(result.publications[0]).toMatchObject({
      title: 'Same Title, Different Case!',
      authors: ['Jane Coauthor', 'Carl Third'],
      abstract: expect.stringMatching(/^We show/),
    });
    expect(result.diagnostics).toContainEqual({
      line: 17,
      severity: 'note',
      message: expect.stringMatching(/repeats the entry at line 13/),
    });
  });
});

describe('the text around the content', () => {
  const plain = buildPage();

  it('reads CRLF line endings, a BOM and trailing spaces like a plain page', () => {
    const messy = `\uFEFF${plain.split('\n').join('  \t\r\n')}   `;
    expect(importDirectoryPage(messy).publications).toEqual(importDirectoryPage(plain).publications);
    expect(importDirectoryPage(messy).page.name.text).toBe('Ada Researcher');
  });

  it('reads a page without portrait, roles or topics', () => {
    const { page } = importDirectoryPage(buildPage({ header: ['Ada Researcher'], topics: null }));
    expect(page).toMatchObject({ portraitAlt: null, membership: null, position: null, topics: [] });
  });

  it('drops a repeated topic with a warning', () => {
    const { page, diagnostics } = importDirectoryPage(
      buildPage({ topics: ['Optimization', 'Optimization'] }),
    );
    expect(page.topics).toEqual(['Optimization']);
    expect(diagnostics[0]).toMatchObject({ line: 9, severity: 'warning' });
  });
});

describe('pages the importer refuses, naming the line', () => {
  it('an empty file', () => {
    expect(pageError('')).toMatchObject({ line: 1, message: 'the file is empty' });
    expect(pageError('\n  \n\r\n')).toMatchObject({ line: 1 });
  });

  it('a page without a "Publications" heading', () => {
    const error = pageError(buildPage({ publications: null }));
    expect(error.line).toBe(9); // the last line: the topics ran to the end
    expect(error.message).toMatch(/"Publications" heading/);
  });

  it('a "Research Topics" heading with no topic', () => {
    expect(pageError(buildPage({ topics: [] }))).toMatchObject({
      line: 7,
      message: expect.stringMatching(/no topic/),
    });
  });

  it('a page without a name', () => {
    expect(pageError('Portrait of Someone\n\nPublications\nA paper')).toMatchObject({
      line: 3,
      message: expect.stringMatching(/expected the researcher’s name/),
    });
  });

  it('a file that is not a directory page', () => {
    expect(pageError('{\n  "schemaVersion": 1\n}\n')).toMatchObject({ line: 1 });
    expect(pageError('# Notes\n\nSome text about things.')).toMatchObject({ line: 1 });
  });

  it('a binary file', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Ada Researcher\nPublications\n'),
      0x89,
      0x50,
      0x00,
      0xff,
    ]);
    expect(pageError(bytes)).toMatchObject({ line: 3, message: expect.stringMatching(/not a text page/) });
  });
});
