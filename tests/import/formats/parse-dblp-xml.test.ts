// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../scripts/lib/import/formats/imported-work';
import { parseDblpXml } from '../../../scripts/lib/import/formats/parse-dblp-xml';

function person(records: string, name = 'Razvan Pascanu') {
  return `<?xml version="1.0" encoding="US-ASCII"?>
<!DOCTYPE dblpperson SYSTEM "dblpperson.dtd">
<dblpperson name="${name}" pid="00/0001" n="1">
${records}
</dblpperson>
`;
}

describe('parseDblpXml', () => {
  it("decodes DBLP's Latin-1 and numeric entities in names and titles", () => {
    const source = parseDblpXml(
      person(`<r><inproceedings key="conf/x/A24" mdate="2024-01-01">
<author pid="1">&Ccedil;aglar G&uuml;l&ccedil;ehre</author>
<author pid="2">Micha&#322; Zaj&#x105;c</author>
<title>Caf&eacute; &amp; Cr&egrave;me.</title>
<year>2024</year><booktitle>ICML</booktitle>
</inproceedings></r>`),
    );
    expect(source.works[0]).toMatchObject({
      authors: ['Çaglar Gülçehre', 'Michał Zając'],
      title: 'Café & Crème',
    });
    expect(source.person).toBe('Razvan Pascanu');
  });

  it('keeps one author and one ee as lists, and every value a string ("1e5", "0012")', () => {
    const [work] = parseDblpXml(
      person(`<r><article key="journals/x/A24" mdate="2024-01-01">
<author pid="1">Only Author</author>
<title>On <i>e2</i> and 1e5 <sub>things</sub>.</title>
<year>2024</year><journal>Nat.</journal><volume>1e5</volume><pages>0012</pages>
<ee>https://doi.org/10.1038/d41586-024-02525-z</ee>
</article></r>`),
    ).works;
    expect(work).toMatchObject({
      authors: ['Only Author'],
      title: 'On e2 and 1e5 things',
      kind: 'journal',
      venue: 'Nat.',
      identifiers: { doi: '10.1038/d41586-024-02525-z' },
    });
  });

  it("drops DBLP's homonym number and a title's final period, but not a question mark or ellipsis", () => {
    const source = parseDblpXml(
      person(`<r><inproceedings key="a" mdate="x"><author>Wei Wang 0001</author><title>Why?</title><year>2024</year><booktitle>ICML</booktitle></inproceedings></r>
<r><inproceedings key="b" mdate="x"><author>A B</author><title>And so on...</title><year>2024</year><booktitle>ICML</booktitle></inproceedings></r>
<r><inproceedings key="c" mdate="x"><author>A B</author><title>2048.</title><year>2024</year><booktitle>ICML</booktitle></inproceedings></r>`),
    );
    expect(source.works.map((work) => [work.authors[0], work.title])).toEqual([
      ['Wei Wang', 'Why?'],
      ['A B', 'And so on...'],
      // A title that looks like a number stays text.
      ['A B', '2048'],
    ]);
  });

  it('reads a CoRR record as an arXiv preprint and adds the year to a conference short name', () => {
    const source = parseDblpXml(
      person(`<r><article key="journals/corr/abs-2410-01104" publtype="informal" mdate="x"><author>A B</author><title>T.</title>
<journal>CoRR</journal><volume>abs/2410.01104</volume><year>2024</year></article></r>
<r><inproceedings key="conf/icml/X24" mdate="x"><author>A B</author><title>U.</title><year>2024</year><booktitle>ICML</booktitle></inproceedings></r>
<r><inproceedings key="conf/icml/W24" mdate="x"><author>A B</author><title>V.</title><year>2024</year><booktitle>NGSM@ICML Workshop</booktitle></inproceedings></r>`),
    );
    expect(source.works.map((work) => [work.kind, work.venue, work.identifiers.arxiv])).toEqual([
      ['preprint', null, '2410.01104'],
      ['conference', 'ICML 2024', undefined],
      ['workshop', 'NGSM@ICML Workshop 2024', undefined],
    ]);
  });

  it('gives each record its line, skips edited volumes, and warns about a missing year and unknown entities', () => {
    const source = parseDblpXml(
      person(`<r><proceedings key="conf/x/2024" mdate="x"><editor>A B</editor><title>Proceedings of X.</title><year>2024</year></proceedings></r>
<r><article key="journals/x/B" mdate="x"><author>A B</author><title>No year &bogus;.</title><journal>J</journal></article></r>`),
    );
    expect(source.skipped).toEqual([
      { at: { line: 4 }, title: 'Proceedings of X', reason: 'a <proceedings> record, not a paper' },
    ]);
    expect(source.works[0]!.at).toEqual({ line: 5 });
    expect(source.notes).toEqual([
      { at: { line: 5 }, severity: 'warning', message: '"No year &bogus;" has no year: left empty' },
      { at: { line: 5 }, severity: 'warning', message: 'unknown entity &bogus; kept as written' },
    ]);
  });

  it('refuses broken XML and XML that is not a person file, saying where', () => {
    const broken = () => parseDblpXml(person('<r><article key="a">\n<title>T</article></r>'));
    expect(broken).toThrow(SourceError);
    expect(broken).toThrow(/not well-formed XML: Expected closing tag 'title'/);
    try {
      broken();
    } catch (error) {
      expect((error as SourceError).at).toEqual({ line: 5 });
    }
    expect(() => parseDblpXml('<dblp><article/></dblp>')).toThrow(
      'no <dblpperson> element: not a DBLP person file',
    );
  });
});
