type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Counting words for one language: the number written the language's way ("1,234" in English,
 * "1 234" in French) followed by the plural form its rules pick. Never `count === 1 ? … : …`.
 */
export function countingIn(locale: string) {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return {
    /** "3 publications", "1 publication". */
    count: (count: number, forms: PluralForms) => `${numbers.format(count)} ${pick(rules, count, forms)}`,
    /** The form alone, for words whose number stands elsewhere ("is" / "are"). */
    form: (count: number, forms: PluralForms) => pick(rules, count, forms),
    number: (value: number) => numbers.format(value),
    list: (items: string[], type: 'conjunction' | 'disjunction') =>
      new Intl.ListFormat(locale, { style: 'long', type }).format(items),
  };
}

function pick(rules: Intl.PluralRules, count: number, forms: PluralForms): string {
  return forms[rules.select(count)] ?? forms.other;
}
