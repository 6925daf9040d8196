// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanPageLines } from '../../scripts/lib/import/clean-page-lines';
import { decodeLatexCommands } from '../../scripts/lib/import/decode-latex-commands';
import { stripHtmlMarkup } from '../../scripts/lib/import/strip-html-markup';

describe('decodeLatexCommands', () => {
  it.each([
    ["Ren\\'{e}", 'René'],
    ["Ren\\'e", 'René'],
    ["{\\'{E}}cole", 'École'],
    ['M\\"uller', 'Müller'],
    ['Zo{\\"e}', 'Zoë'],
    ['Bart{\\l}omiej', 'Bartłomiej'],
    ['Wo\\l czyk', 'Wołczyk'],
    ["Garc\\'\\i a", 'García'],
    ["Garc\\'{\\i}a", 'García'],
    ["Dvo\\v{r}\\'{a}k", 'Dvořák'],
    ['Fran\\c{c}ois', 'François'],
    ['Fran\\c cois', 'François'],
    ['Stra\\ss e', 'Straße'],
    ['Bj\\o rn', 'Bjørn'],
    ['\\AA ngstr\\"om', 'Ångström'],
    ['Erd\\H{o}s', 'Erdős'],
    ['Zaj\\k{a}c', 'Zając'],
  ])('%s → %s', (written, decoded) => {
    expect(decodeLatexCommands(written).text).toBe(decoded);
  });

  it('names the commands it decoded, as written', () => {
    expect(decodeLatexCommands("Luk\\'{a}\\v{s} Wo{\\l}czyk").decoded).toEqual(["\\'{a}", '\\v{s}', '\\l']);
  });

  it.each([
    'Plain Name',
    '$\\ell_1$ regularisation',
    '\\omega-limit sets and \\infty',
    '$x \\cdot y$ and \\vec{x}',
    'O(n \\log n) sorting',
    'a \\backslash b',
    'braces {x} stay',
    "Conor O'Neil",
  ])('leaves %s as written', (text) => {
    expect(decodeLatexCommands(text)).toEqual({ text, decoded: [] });
  });
});

describe('stripHtmlMarkup', () => {
  it.each([
    ['<i>In vivo</i> imaging', 'In vivo imaging', ['<i>']],
    ['Ca<sup>2+</sup> signalling', 'Ca2+ signalling', ['<sup>']],
    ['<B>Jane</B> <SPAN class="x">Doe</SPAN>', 'Jane Doe', ['<b>', '<span>']],
    ['one<br/>two', 'one two', ['<br>']],
    ['Gene drives <script>alert(1)</script>in mosquitoes', 'Gene drives in mosquitoes', ['<script> element']],
    ['a <style>p { color: red }</style>b', 'a b', ['<style> element']],
    ['an unclosed <script src="x.js"> tag', 'an unclosed tag', ['<script>']],
    ['T cells &amp; B cells', 'T cells & B cells', ['&amp;']],
    ['caf&#233; &#x2013; bar', 'café – bar', ['&#233;', '&#x2013;']],
    ['&lt;i&gt; stays text', '<i> stays text', ['&lt;', '&gt;']],
  ])('%s → %s', (written, text, removed) => {
    expect(stripHtmlMarkup(written)).toEqual({ text, removed });
  });

  it.each([
    'x < y and y > z',
    'R&D in labs',
    'a <b c',
    'Tom & Jerry',
    '&#0; and &#xD800; are not characters',
    '<unknown>tag</unknown>',
  ])('leaves %s as written', (text) => {
    expect(stripHtmlMarkup(text)).toEqual({ text, removed: [] });
  });
});

describe('cleanPageLines', () => {
  it('reports each change on its line and drops lines of markup only', () => {
    const result = cleanPageLines([
      { text: '<div class="page">', line: 1 },
      { text: 'Bart{\\l}omiej Nowak', line: 2 },
      { text: '<b>Jane Doe</b>', line: 3 },
      { text: 'Plain line', line: 4 },
    ]);
    expect(result.lines).toEqual([
      { text: 'Bartłomiej Nowak', line: 2, latexIntact: true },
      { text: 'Jane Doe', line: 3 },
      { text: 'Plain line', line: 4 },
    ]);
    expect(result.diagnostics).toEqual([
      { line: 1, severity: 'warning', message: 'dropped a line of HTML markup only (<div>)' },
      { line: 2, severity: 'note', message: 'decoded LaTeX \\l: read as "Bartłomiej Nowak"' },
      { line: 3, severity: 'warning', message: 'removed HTML markup (<b>): read as "Jane Doe"' },
    ]);
  });
});
