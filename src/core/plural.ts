/**
 * English plural forms chosen by `Intl.PluralRules` (CLDR's rules for "en"), so every
 * count in a sentence reads right: "1 notebook", "2 notebooks", "1 repository has".
 * Pure and browser-safe; the locale is fixed, so the same number always gives the same words.
 */

const RULES = new Intl.PluralRules('en-US');

/**
 * The form of a word or phrase that goes with `n`: `one` for CLDR's "one" category
 * (exactly 1 in English), `other` for the rest (0, 2, 1.5...).
 */
export function pluralForm(n: number, one: string, other: string): string {
  return RULES.select(n) === 'one' ? one : other;
}
