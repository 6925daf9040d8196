import type { Publication } from '../../src/data/profile-schema';
import { buildPublication } from '../builders';

/** Publications with the names and titles that trip BibTeX generators up. */
export function hardCases(): Publication[] {
  return [
    buildPublication({
      kind: 'conference',
      title: 'Braces {and} 100% of R&D: $x$ #1 a_b ~ ^ \\ in LLMs at ICML',
      authors: [
        'Matko Bošnjak',
        'Petar Veličković',
        'Łukasz Kuciński',
        'Piotr Miłoś',
        'Michał Zając',
        'Hado van Hasselt',
        'Simon Lacoste-Julien',
        'Johannes Von Oswald',
        'Reza Babanezhad Harikandeh',
        'Samuel L. Smith',
        'John Smith Jr.',
        'Research and Development Team',
      ],
      venue: 'Proceedings of R&D {2024} at 100%',
      identifiers: { doi: '10.1000/a_b(c)<d>', arxiv: '2401.09865' },
      links: [{ kind: 'html', url: 'https://example.org/a_b%20c?q=1&r=2#x~y' }],
    }),
    buildPublication({
      kind: 'journal',
      title: '“Quoted” – dashed — and … elided: β-VAEs on ÅNGSTRÖM data, Straße & Æsir',
      authors: ['Gonçalo Mordido', 'João Sacramento', 'Anastasija Ilić', 'Kurt Gödel', 'Paul Erdős'],
      venue: 'Journal of Ærø Studies',
    }),
    buildPublication({
      kind: 'preprint',
      title: 'Unbalanced } { braces }} and a trailing backslash \\',
      authors: ['Plato', 'Maria de la Cruz', 'Jovana Mitrović'],
      venue: null,
      identifiers: { arxiv: '2307.09638' },
      links: [{ kind: 'arxiv', url: 'https://arxiv.org/abs/2307.09638' }],
    }),
    buildPublication({ kind: 'workshop', title: 'Same key', authors: ['Clare Lyle'], year: 2024 }),
    buildPublication({ kind: 'other', title: 'Same key again', authors: ['Clare Lyle'], year: 2024 }),
    buildPublication({ kind: 'commentary', title: 'Commentary', authors: ['Clare Lyle'], venue: 'Nature' }),
  ];
}
