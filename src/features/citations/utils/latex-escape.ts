/**
 * How accented letters are written: `utf8` keeps them as they are (biblatex with Biber reads
 * UTF-8), `ascii` writes LaTeX escapes such as `{\v{s}}` for classic BibTeX.
 */
export type TexEncoding = 'utf8' | 'ascii';

/** The characters TeX reads as commands, in both encodings. */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Letters that are not a base letter plus an accent, and common non-ASCII punctuation. */
const ASCII_SYMBOLS: Record<string, string> = {
  ł: '{\\l}',
  Ł: '{\\L}',
  ø: '{\\o}',
  Ø: '{\\O}',
  å: '{\\aa}',
  Å: '{\\AA}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ß: '{\\ss}',
  ı: '{\\i}',
  ȷ: '{\\j}',
  þ: '{\\th}',
  Þ: '{\\TH}',
  ð: '{\\dh}',
  Ð: '{\\DH}',
  đ: '{\\dj}',
  Đ: '{\\DJ}',
  ŋ: '{\\ng}',
  Ŋ: '{\\NG}',
  ħ: '{\\textcrh}',
  ĳ: '{\\ij}',
  Ĳ: '{\\IJ}',
  ĸ: '{\\textkra}',
  '\u00a0': '~',
  '–': '--',
  '—': '---',
  '‘': '`',
  '’': "'",
  '“': '``',
  '”': "''",
  '…': '{\\ldots}',
  '«': '{\\guillemotleft}',
  '»': '{\\guillemotright}',
  '‹': '{\\guilsinglleft}',
  '›': '{\\guilsinglright}',
  '¿': '{\\textquestiondown}',
  '¡': '{\\textexclamdown}',
  '§': '{\\S}',
  '¶': '{\\P}',
  '©': '{\\textcopyright}',
  '®': '{\\textregistered}',
  '™': '{\\texttrademark}',
  '°': '{\\textdegree}',
  '±': '$\\pm$',
  '×': '$\\times$',
  '÷': '$\\div$',
  '£': '{\\pounds}',
  '€': '{\\texteuro}',
  µ: '{\\textmu}',
  '†': '{\\textdagger}',
  '•': '{\\textbullet}',
  '‰': '{\\textperthousand}',
  α: '$\\alpha$',
  β: '$\\beta$',
  γ: '$\\gamma$',
  δ: '$\\delta$',
  ε: '$\\varepsilon$',
  ζ: '$\\zeta$',
  η: '$\\eta$',
  θ: '$\\theta$',
  κ: '$\\kappa$',
  λ: '$\\lambda$',
  ν: '$\\nu$',
  ξ: '$\\xi$',
  π: '$\\pi$',
  ρ: '$\\rho$',
  σ: '$\\sigma$',
  τ: '$\\tau$',
  φ: '$\\varphi$',
  χ: '$\\chi$',
  ψ: '$\\psi$',
  ω: '$\\omega$',
  Γ: '$\\Gamma$',
  Δ: '$\\Delta$',
  Θ: '$\\Theta$',
  Λ: '$\\Lambda$',
  Π: '$\\Pi$',
  Σ: '$\\Sigma$',
  Φ: '$\\Phi$',
  Ψ: '$\\Psi$',
  Ω: '$\\Omega$',
};

/** Combining accents and the LaTeX command that puts each on a letter. */
const ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030a': 'r',
  '\u030b': 'H',
  '\u030c': 'v',
  '\u0323': 'd',
  '\u0327': 'c',
  '\u0328': 'k',
  '\u0331': 'b',
};

/** One base character with the combining marks that follow it. */
const CLUSTER = /\P{M}\p{M}*/gu;

/** Escapes a text for a BibTeX field value; `ascii` also writes non-ASCII characters as LaTeX. */
export function escapeLatex(text: string, encoding: TexEncoding): string {
  if (encoding === 'utf8') return text.normalize('NFC').replace(/[\\{}%&$#_~^]/g, (char) => SPECIAL[char]!);
  return text.normalize('NFD').replace(CLUSTER, asciiCluster);
}

function asciiCluster(cluster: string): string {
  const composed = cluster.normalize('NFC');
  const symbol = SPECIAL[composed] ?? ASCII_SYMBOLS[composed];
  if (symbol !== undefined) return symbol;
  const [base = '', ...marks] = [...cluster];
  // Accents go on ASCII letters only; anything else is left as it is written.
  if (marks.length === 0 || !/^[A-Za-z]$/.test(base) || marks.some((mark) => !(mark in ACCENTS)))
    return composed;
  const accented = marks.reduce((inner, mark) => {
    const command = ACCENTS[mark]!;
    // `\'c` needs no braces; `\v{c}` (a letter command) and nested accents do.
    return /[a-z]/i.test(command) || inner.length > 1 ? `\\${command}{${inner}}` : `\\${command}${inner}`;
  }, base);
  return `{${accented}}`;
}
