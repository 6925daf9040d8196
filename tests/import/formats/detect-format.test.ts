// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, UnknownFormatError } from '../../../scripts/lib/import/formats/detect-format';

const fixture = (name: string) => readFileSync(`tests/fixtures/import-formats/${name}`, 'utf8');

describe('detectFormat', () => {
  it('recognises each fixture from its content alone', () => {
    expect(detectFormat(fixture('razvan-pascanu.bib'))).toBe('bibtex');
    expect(detectFormat(fixture('razvan-pascanu.csl.json'))).toBe('csl-json');
    expect(detectFormat(fixture('razvan-pascanu.orcid-works.json'))).toBe('orcid-works');
    expect(detectFormat(fixture('razvan-pascanu.dblp.xml'))).toBe('dblp-xml');
    expect(detectFormat(readFileSync('data/sources/razvan-pascanu.txt', 'utf8'))).toBe('directory-page');
  });

  it('reads BibTeX after a byte-order mark, comments and @string, and a single CSL item', () => {
    expect(detectFormat('\uFEFF% my papers\n@string{x = "y"}\n\n  @InProceedings{key,\n}')).toBe('bibtex');
    expect(detectFormat('{"type": "article-journal", "title": "T"}')).toBe('csl-json');
    expect(detectFormat('{"items": []}')).toBe('csl-json');
    // An e-mail address, HTML debris or a bracket starting a directory page is none of the formats.
    expect(detectFormat('Jane Doe\njane@example.org\nPublications')).toBe('directory-page');
    expect(detectFormat('<div class="profile">\nJane Doe\n')).toBe('directory-page');
    expect(detectFormat('[Portrait of Jane Doe]\nJane Doe\n')).toBe('directory-page');
    expect(detectFormat('{photo}\nJane Doe\n')).toBe('directory-page');
  });

  it('says what is wrong with JSON or XML it cannot read', () => {
    expect(() => detectFormat('[{"title": ')).toThrow(UnknownFormatError);
    expect(() => detectFormat('[{"title": ')).toThrow(/^this looks like JSON but does not parse: /);
    expect(() => detectFormat('{"works": []}')).toThrow(/neither CSL-JSON .* nor an ORCID works summary/);
    expect(() => detectFormat('{"schemaVersion": 1, "publications": []}')).toThrow(
      /a profile JSON, not a source: pass it to --merge/,
    );
    expect(() => detectFormat('<?xml version="1.0"?><rss/>')).toThrow(/XML but not a DBLP person file/);
  });
});
