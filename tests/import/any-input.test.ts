// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageError } from '../../scripts/lib/import/diagnostics';
import { importDirectoryPage } from '../../scripts/lib/import/import-directory-page';

// Whatever the file holds, the importer either reads it or refuses it naming a line in the file:
// never another exception, never a line number outside the file.
function outcome(content: string | Uint8Array): 'read' | 'refused' {
  try {
    const { publications, diagnostics } = importDirectoryPage(content);
    const lineCount = (typeof content === 'string' ? content : new TextDecoder().decode(content)).split(
      /\r\n|\r|\n/,
    ).length;
    for (const { line } of [...publications, ...diagnostics]) {
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(lineCount);
    }
    for (const publication of publications) expect(publication.title.trim()).not.toBe('');
    return 'read';
  } catch (error) {
    if (!(error instanceof PageError)) throw error;
    expect(error.line).toBeGreaterThanOrEqual(1);
    return 'refused';
  }
}

const pageLine = fc.oneof(
  fc.constantFrom(
    'Publications',
    'Research Topics',
    'Portrait of Ada Researcher',
    'Ada Researcher',
    'Jane Coauthor',
    "Ana Kova'c",
    'Bart{\\l}omiej Nowak',
    '<b>Jane Doe</b>',
    'A study of things',
    'We bound the rank.',
    'It is cut he… (see more)re and continues.',
    '… (see more)',
    '',
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

describe('any input', () => {
  it('any bytes: read or refused at a line', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void outcome(bytes)),
      { numRuns: 300 },
    );
  });

  it('any text: read or refused at a line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void outcome(text)),
      { numRuns: 300 },
    );
  });

  it('pages made of page-like lines in any order: read or refused at a line', () => {
    fc.assert(
      fc.property(
        fc.array(pageLine, { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        (lines, end, withHeader) =>
          void outcome([...(withHeader ? ['Ada Researcher', 'Publications'] : []), ...lines].join(end)),
      ),
      { numRuns: 500 },
    );
  });
});
