// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, UnknownFormatError } from '../../../scripts/lib/import/formats/detect-format';
import { SourceError } from '../../../scripts/lib/import/formats/imported-work';
import { parseBibtex } from '../../../scripts/lib/import/formats/parse-bibtex';
import { parseCslJson } from '../../../scripts/lib/import/formats/parse-csl-json';
import { parseDblpXml } from '../../../scripts/lib/import/formats/parse-dblp-xml';
import { parseOrcidWorks } from '../../../scripts/lib/import/formats/parse-orcid-works';

// Whatever a file holds, the importer answers with works and messages, or with its own error
// that says where: never a stack trace.
describe('format parsers on hostile input', () => {
  it('detectFormat names a format or says what the file is not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.string().map((text) => `<?xml ${text}`),
        ),
        (text) => {
          try {
            detectFormat(text);
          } catch (error) {
            expect(error).toBeInstanceOf(UnknownFormatError);
          }
        },
      ),
    );
  });

  it('CSL-JSON and ORCID parsers read any JSON items without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (items) => {
        const csl = parseCslJson(JSON.stringify(items));
        const orcid = parseOrcidWorks(
          JSON.stringify({ group: items.map((item) => ({ 'work-summary': [item] })) }),
        );
        for (const work of [...csl.works, ...orcid.works]) expect(work.title.trim()).toBe(work.title);
      }),
    );
  });

  it('the BibTeX parser reads any field values without throwing', () => {
    const value = fc.string().map((text) => text.replace(/[{}]/g, ''));
    fc.assert(
      fc.property(value, value, value, (title, author, year) => {
        const source = parseBibtex(`@misc{k, title = {${title}}, author = {${author}}, year = {${year}}}`);
        for (const work of source.works) expect(work.authors.every((name) => name.length > 0)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('the DBLP parser reads any text in a record, or reports the XML error with its line', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseDblpXml(
            `<dblpperson name="A B" pid="1"><r><article key="k"><author>A B</author><title>${text}</title><year>2024</year></article></r></dblpperson>`,
          );
        } catch (error) {
          expect(error).toBeInstanceOf(SourceError);
          expect((error as SourceError).at).toMatchObject({ line: expect.any(Number) });
        }
      }),
    );
  });
});
