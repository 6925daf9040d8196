// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../scripts/lib/import/formats/parse-bibtex';

function only(bib: string) {
  const source = parseBibtex(bib);
  expect(source.works).toHaveLength(1);
  return { work: source.works[0]!, source };
}

describe('parseBibtex', () => {
  it('turns LaTeX accents into Unicode in names and titles', () => {
    const { work } = only(`@inproceedings{k,
      title = {Zaj{\\k{a}}c and Mi{\\l}o{\\'s} on Bo\\v{s}njak's {\\"U}bung},
      author = {Wo{\\l}czyk, Maciej and {\\L}ukasz Kuci{\\'{n}}ski and Gon{\\c{c}}alo Mordido},
      year = {2024}}`);
    expect(work.title).toBe("Zając and Miłoś on Bošnjak's Übung");
    expect(work.authors).toEqual(['Maciej Wołczyk', 'Łukasz Kuciński', 'Gonçalo Mordido']);
  });

  it('keeps titles as written: no sentence case, protective braces dropped', () => {
    const { work } = only(
      `@article{k, title = {Fine-tuning {Reinforcement} Learning Models is Secretly {LLMs}}, author = {A, B}}`,
    );
    expect(work.title).toBe('Fine-tuning Reinforcement Learning Models is Secretly LLMs');
    const linked = only(
      `@misc{k, title = {See \\url{https://x.org} and \\emph{this} \\& $\\alpha$}, author = {A, B}}`,
    ).work;
    expect(linked.title).toBe('See https://x.org and this & α');
  });

  it('reads "and others" as a cut list, not as an author called others', () => {
    const { work } = only(
      `@misc{k, title = {T}, author = {Kobayashi, Seijin and von Oswald, Johannes and others}, year = 2024}`,
    );
    expect(work.authors).toEqual(['Seijin Kobayashi', 'Johannes von Oswald']);
    expect(work.authorsComplete).toBe(false);
  });

  it('keeps a braced corporate author whole and puts name prefixes before the family name', () => {
    const { work } = only(
      `@article{k, title = {T}, author = {{Google DeepMind} and van Hasselt, Hado and Smith, Jr., John}}`,
    );
    expect(work.authors).toEqual(['Google DeepMind', 'Hado van Hasselt', 'John Smith, Jr.']);
    expect(work.authorsComplete).toBe(true);
  });

  it('leaves a missing year empty and warns, with the line, about one that is not a year', () => {
    const source = parseBibtex(
      `@misc{a, title = {No year}, author = {A, B}}\n\n@misc{b, title = {Later}, author = {A, B}, year = {forthcoming}}`,
    );
    expect(source.works.map((work) => work.year)).toEqual([null, null]);
    expect(source.notes).toEqual([
      {
        at: { line: 3 },
        severity: 'warning',
        message: '@misc{b}: year "forthcoming" is not a year: left empty',
      },
    ]);
  });

  it('reads arXiv ids from eprint fields, Google Scholar journals, DBLP volumes and arXiv DOIs', () => {
    const source = parseBibtex(`
@misc{a, title = {A}, author = {X, Y}, eprint = {2307.09638v2}, archivePrefix = {arXiv}}
@article{b, title = {B}, author = {X, Y}, journal = {arXiv preprint arXiv:2410.01104}, year = {2024}}
@article{c, title = {C}, author = {X, Y}, journal = {CoRR}, volume = {abs/2406.16450}, year = {2024}}
@article{d, title = {D}, author = {X, Y}, doi = {10.48550/arXiv.2402.02868}}`);
    expect(source.works.map((work) => [work.identifiers.arxiv, work.kind, work.venue])).toEqual([
      ['2307.09638', 'preprint', null],
      ['2410.01104', 'preprint', null],
      ['2406.16450', 'preprint', null],
      ['2402.02868', 'preprint', null],
    ]);
    expect(source.works[3]!.identifiers.doi).toBeUndefined();
  });

  it('tells conference, workshop and journal papers apart and builds their links', () => {
    const source = parseBibtex(`
@inproceedings{a, title = {A}, author = {X, Y}, booktitle = {ICML 2024 Workshop on Things}, url = {https://github.com/x/y}}
@inproceedings{b, title = {B}, author = {X, Y}, booktitle = {ICML}, url = {https://proceedings.mlr.press/v235/b.html}}
@article{c, title = {C}, author = {X, Y}, journal = {Nature}, doi = {https://doi.org/10.1038/d41586-024-02525-z}}`);
    expect(source.works.map((work) => work.kind)).toEqual(['workshop', 'conference', 'journal']);
    expect(source.works.map((work) => work.links)).toEqual([
      [{ kind: 'code', url: 'https://github.com/x/y' }],
      [{ kind: 'proceedings', url: 'https://proceedings.mlr.press/v235/b.html' }],
      [{ kind: 'doi', url: 'https://doi.org/10.1038/d41586-024-02525-z' }],
    ]);
    expect(source.works[2]!.identifiers).toEqual({ doi: '10.1038/d41586-024-02525-z' });
  });

  it('reports a broken entry with its line and still reads the others', () => {
    const source = parseBibtex(
      `@misc{ok1, title = {One}, author = {A, B}}\n@misc{bad, title = {unclosed\n\n@misc{ok2, title = {Two}, author = {A, B}}\n`,
    );
    expect(source.notes.some((note) => note.severity === 'error' && 'line' in note.at)).toBe(true);
    expect(source.works[0]!.title).toBe('One');
    expect(source.works[0]!.at).toEqual({ line: 1 });
  });

  it('warns about an unknown LaTeX command, an unreadable DOI and an entry without title or authors', () => {
    const source = parseBibtex(`@misc{a, title = {On \\frobnicate things}, author = {A, B}, doi = {not a doi}}
@misc{b, author = {A, B}}
@misc{c, title = {No authors}}`);
    expect(
      source.notes.map((note) => `${'line' in note.at ? note.at.line : ''} ${note.severity} ${note.message}`),
    ).toEqual([
      '1 warning @misc{a}: unknown LaTeX command \\frobnicate kept as written',
      '1 warning @misc{a}: DOI "not a doi" not understood: left out',
      '2 error @misc{b}: has no title: entry skipped',
      '3 warning @misc{c}: has no author field',
    ]);
    expect(source.works.map((work) => work.title)).toEqual(['On \\frobnicate things', 'No authors']);
  });

  it('takes the venue through crossref and @string, and skips the proceedings volume itself', () => {
    const source = parseBibtex(`@string{conf = "Forty-first ICML"}
@inproceedings{a, title = {A}, author = {X, Y}, crossref = {proc}}
@proceedings{proc, title = conf # " 2024", editor = {Z, W}, year = 2024}`);
    expect(source.works).toHaveLength(1);
    expect(source.works[0]!).toMatchObject({
      venue: 'Forty-first ICML 2024',
      year: 2024,
      kind: 'conference',
    });
    expect(source.skipped).toEqual([
      { at: { line: 3 }, title: 'Forty-first ICML 2024', reason: 'a @proceedings volume, not a paper' },
    ]);
  });

  it('reads an empty file as no works', () => {
    expect(parseBibtex('')).toMatchObject({ works: [], notes: [] });
  });
});
