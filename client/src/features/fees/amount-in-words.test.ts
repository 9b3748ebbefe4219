import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../i18n';
import { amountInWords, numberInWords } from './amount-in-words';

beforeAll(async () => {
  // Loads each language's words once; English is shown again afterwards.
  for (const lng of ['fr', 'es', 'ar'] as const) await chooseLanguage(lng);
  await chooseLanguage('en');
});
afterAll(() => chooseLanguage(null));

describe('numbers in words on receipts', () => {
  it('writes whole numbers in British English', () => {
    expect(numberInWords(0, 'en')).toBe('zero');
    expect(numberInWords(105, 'en')).toBe('one hundred and five');
    expect(numberInWords(1234, 'en')).toBe('one thousand two hundred and thirty-four');
    expect(numberInWords(990_000_001, 'en')).toBe('nine hundred and ninety million and one');
  });

  it('writes French, Spanish and Arabic as each language counts', () => {
    expect(numberInWords(1234, 'fr')).toBe('mille deux cent trente-quatre');
    expect(numberInWords(80, 'fr')).toBe('quatre-vingts');
    expect(numberInWords(71, 'fr')).toBe('soixante et onze');
    expect(numberInWords(1234, 'es')).toBe('mil doscientos treinta y cuatro');
    // "uno" shortens before "mil" and a noun.
    expect(numberInWords(21_000, 'es')).toBe('veintiún mil');
    expect(numberInWords(31_000_000, 'es')).toBe('treinta y un millones');
    expect(numberInWords(1234, 'ar')).toBe('ألف ومئتان وأربعة وثلاثون');
  });

  it('refuses what is not a whole number', () => {
    expect(() => numberInWords(12.5, 'en')).toThrow(RangeError);
    expect(() => amountInWords(-1, 'USD', 'en')).toThrow(RangeError);
  });
});

describe('amounts in words on receipts', () => {
  it('names the currency as CLDR declines it and the minor unit from the catalogue, ending in "only"', () => {
    expect(amountInWords(125050, 'USD', 'en')).toBe('One thousand two hundred and fifty US dollars and fifty cents only');
    expect(amountInWords(100, 'USD', 'en')).toBe('One US dollar only');
    expect(amountInWords(101, 'GBP', 'en')).toBe('One British pound and one penny only');
    expect(amountInWords(5, 'NGN', 'en')).toBe('Five kobo only');
  });

  it('reads money in the currency’s own minor units: none for XOF, three digits for KWD', () => {
    expect(amountInWords(1250, 'XOF', 'en')).toBe('One thousand two hundred and fifty West African CFA francs only');
    expect(amountInWords(1250, 'KWD', 'en')).toBe('One Kuwaiti dinar and two hundred and fifty fils only');
    expect(amountInWords(1250, 'MYR', 'en')).toBe('Twelve Malaysian ringgits and 50/100 only');
  });

  it('writes French receipts', () => {
    expect(amountInWords(123400, 'EUR', 'fr')).toBe('Mille deux cent trente-quatre euros');
    expect(amountInWords(123450, 'EUR', 'fr')).toBe('Mille deux cent trente-quatre euros et cinquante centimes');
    expect(amountInWords(100, 'EUR', 'fr')).toBe('Un euro');
    expect(amountInWords(2_500_000, 'XOF', 'fr')).toBe('Deux millions cinq cent mille francs CFA (BCEAO)');
    expect(amountInWords(100_000_000, 'EUR', 'fr')).toBe("Un million d'euros");
  });

  it('writes Spanish receipts', () => {
    expect(amountInWords(123450, 'EUR', 'es')).toBe('Mil doscientos treinta y cuatro euros con cincuenta céntimos');
    expect(amountInWords(2100, 'EUR', 'es')).toBe('Veintiún euros');
    expect(amountInWords(100, 'MXN', 'es')).toBe('Un peso mexicano');
    expect(amountInWords(100_000_000, 'EUR', 'es')).toBe('Un millón de euros');
  });

  it('writes Arabic receipts with the counted noun in the form the number asks for', () => {
    // 1,250 takes the accusative singular, 3 the plural, 1 the noun before "one".
    expect(amountInWords(125000, 'EGP', 'ar')).toBe('ألف ومئتان وخمسون جنيهًا مصريًا فقط لا غير');
    expect(amountInWords(300, 'EGP', 'ar')).toBe('ثلاثة جنيهات مصرية فقط لا غير');
    expect(amountInWords(100, 'EGP', 'ar')).toBe('جنيه مصري واحد فقط لا غير');
    expect(amountInWords(125050, 'EGP', 'ar')).toBe('ألف ومئتان وخمسون جنيهًا مصريًا وخمسون قرشًا فقط لا غير');
  });
});
