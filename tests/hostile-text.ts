import fc from 'fast-check';

/** Characters that have broken text code before: regex syntax, marks, RTL, emoji, lone surrogates. */
const HOSTILE = [
  ...'.*+?()[]{}|\\^$/-',
  '\u0301', // combining acute
  '\u0327', // combining cedilla
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  'ש',
  'ل',
  '😀',
  '👩‍🔬',
  '🇫🇷',
  '\ud83d', // lone high surrogate
  '\ude00', // lone low surrogate
  'ß',
  'ﬁ',
  'İ',
  'Σ',
  'ς',
  'Ł',
  'Þ',
  '각',
  '\u0000',
  ' ',
  'a',
  'É',
];

/** Any Unicode string, weighted towards the characters above; some very long. */
export const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...HOSTILE), maxLength: 40 }),
  fc.noShrink(fc.string({ unit: fc.constantFrom(...HOSTILE), minLength: 2_000, maxLength: 5_000 })),
);

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Whether `offset` falls between the two halves of a surrogate pair. */
export const splitsPair = (text: string, offset: number) =>
  offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
