/** Letters that Unicode normalisation does not split into base letter + accent. */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ı: 'i',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
};
const UNDECOMPOSABLE_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'g');

/**
 * Case- and accent-insensitive form of a text, for comparing and searching:
 * "Bošnjak" → "bosnjak", "Miłoś" → "milos". One output character per input
 * character is NOT guaranteed (ß → ss).
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(UNDECOMPOSABLE_PATTERN, (char) => UNDECOMPOSABLE[char] ?? char)
    .toLowerCase();
}
