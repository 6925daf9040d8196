/**
 * Spellings that may have lost an accent without a trace, so no rule can restore them: a person
 * must check. `ł` becomes a plain `l` when LaTeX's `\l{}` is stripped, `ć` in `-vić` and `ç` simply
 * vanish. Each finding suggests a spelling; none is applied.
 */

// Given names that are almost always written with the accent the page lost. A list is the right
// tool here: the loss leaves no trace in the text, so only knowing the name can raise the doubt,
// and the result is a question for a person, never a change.
const GIVEN_NAMES: Record<string, string> = {
  Andre: 'André',
  Bartlomiej: 'Bartłomiej',
  Bjorn: 'Björn',
  Boleslaw: 'Bolesław',
  Francois: 'François',
  Goncalo: 'Gonçalo',
  Jaroslaw: 'Jarosław',
  Jerome: 'Jérôme',
  Joao: 'João',
  Jose: 'José',
  Jurgen: 'Jürgen',
  Lukasz: 'Łukasz',
  Malgorzata: 'Małgorzata',
  Michal: 'Michał',
  Mikolaj: 'Mikołaj',
  Miroslaw: 'Mirosław',
  Pawel: 'Paweł',
  Przemyslaw: 'Przemysław',
  Radoslaw: 'Radosław',
  Rafal: 'Rafał',
  Sebastien: 'Sébastien',
  Slawomir: 'Sławomir',
  Stanislaw: 'Stanisław',
  Wladyslaw: 'Władysław',
};

// Polish letters, digraphs or endings (not ć, which Serbian and Croatian names share: "Ilić").
const POLISH_LOOKING = /[ąęńśźż]|[csr]z|(?:czyk|ski|cki|wicz|iak)$/;
const MID_NAME_PARTICLES = new Set([
  'Da',
  'De',
  'Del',
  'Della',
  'Den',
  'Der',
  'Di',
  'Du',
  'Ten',
  'Ter',
  'Van',
  'Von',
]);

/**
 * Human-readable doubts about one (already repaired) author name; empty when it looks fine. When
 * the line's accents were written as intact LaTeX (`Zieli\'nska`), nothing was stripped from it,
 * so a plain letter is what its writer meant and only the apostrophe and particle checks apply.
 */
export function findSuspiciousSpellings(name: string, { latexIntact = false } = {}): string[] {
  const findings: string[] = [];
  const tokens = name.split(' ');
  tokens.forEach((token, index) => {
    const given = latexIntact ? undefined : GIVEN_NAMES[token];
    if (given) findings.push(`"${token}" may be "${given}" (the page drops such accents)`);
    else if (
      !latexIntact &&
      /l/i.test(token) &&
      !token.includes('ł') &&
      POLISH_LOOKING.test(token.toLowerCase())
    ) {
      const suggestion = (token.match(/l/gi) ?? []).length === 1 ? ` (e.g. "${withBarredL(token)}")` : '';
      findings.push(`"${token}" may be spelled with ł${suggestion}: stripped LaTeX leaves a plain l`);
    }
    if (!latexIntact && /\p{L}{2}vic$/u.test(token))
      findings.push(`"${token}" may be "${token.slice(0, -1)}ć"`);
    if (/['’]/.test(token) && !/^\p{Lu}['’]\p{Lu}/u.test(token))
      findings.push(`"${token}" has a stray apostrophe: an accent may be lost`);
    if (index > 0 && index < tokens.length - 1 && MID_NAME_PARTICLES.has(token))
      findings.push(`"${token}" inside a name is usually lower case ("${token.toLowerCase()}")`);
  });
  return findings;
}

function withBarredL(token: string): string {
  return token.replace('l', 'ł').replace('L', 'Ł');
}
