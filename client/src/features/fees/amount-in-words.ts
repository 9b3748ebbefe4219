import { toCardinal as arabic } from 'n2words/ar-SA';
import { toCardinal as english } from 'n2words/en-GB';
import { toCardinal as spanish } from 'n2words/es-ES';
import { toCardinal as french } from 'n2words/fr-FR';
import { currentLanguage, i18n, type Language } from '../../i18n';
import { minorDigits } from './money-input';

/**
 * Spanish shortens "uno" before a noun and before "mil"/"millones" ("veintiún mil", "treinta y un euros"); n2words
 * writes the number alone ("veintiuno"), so the receipt shortens it where a word follows.
 */
const apocope = (words: string) => words.replace(/veintiuno(?= mil| mill|$)/g, 'veintiún').replace(/\buno(?= mil| mill|$)/g, 'un');

/** Cardinal numbers as the receipt's language writes them (n2words; British English has "and": "one hundred and five"). */
const CARDINAL: Record<Language, (n: number) => string> = {
  en: (n) => english(n),
  fr: (n) => french(n),
  es: (n) => apocope(spanish(n)),
  ar: (n) => arabic(n),
};

/** A whole number in words in `lng`: 1234 → "one thousand two hundred and thirty-four", "mille deux cent trente-quatre". */
export function numberInWords(n: number, lng: Language = currentLanguage()): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a whole amount: ${n}`);
  return CARDINAL[lng](n);
}

/** The minor unit's name, by the currencies that use it; a currency not here writes its minor part as "50/100". */
const MINOR_UNITS = {
  cent: ['USD', 'EUR', 'AUD', 'CAD', 'NZD', 'KES', 'TZS', 'ZAR', 'SGD', 'HKD'],
  penny: ['GBP'],
  kobo: ['NGN'],
  pesewa: ['GHS'],
  paisa: ['INR', 'PKR', 'NPR'],
  piastre: ['EGP', 'SDG', 'SYP'],
  halala: ['SAR'],
  fils: ['AED', 'KWD', 'BHD', 'JOD', 'IQD'],
  centime: ['MAD', 'DZD', 'CHF', 'HTG'],
  centavo: ['MXN', 'BRL', 'ARS', 'COP', 'PHP', 'DOP', 'GTQ'],
  millime: ['TND'],
} as const;
type MinorUnit = keyof typeof MINOR_UNITS;
const minorUnit = (currency: string) =>
  (Object.keys(MINOR_UNITS) as MinorUnit[]).find((unit) => (MINOR_UNITS[unit] as readonly string[]).includes(currency));

/** The currency's name in `lng` for `count` of it, as CLDR declines it ("euros", "جنيهًا مصريًا" for 1250). */
function currencyName(count: number, currency: string, lng: Language) {
  const parts = new Intl.NumberFormat(lng, {
    style: 'currency',
    currency,
    currencyDisplay: 'name',
    maximumFractionDigits: 0,
  }).formatToParts(count);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

/** French and Spanish put "de" between a round million and what it counts ("un million d'euros", "un millón de euros"). */
function counted(words: string, unit: string, lng: Language) {
  if (lng === 'fr' && /(million|milliard)s?$/.test(words)) return `${words} ${/^[aeiouyéèêh]/i.test(unit) ? "d'" : 'de '}${unit}`;
  if (lng === 'es' && /(millón|millones)$/.test(words)) return `${words} de ${unit}`;
  return null;
}

/**
 * An amount in the currency's minor units as written on a receipt, in the language shown: 125050 USD →
 * "One thousand two hundred and fifty US dollars and fifty cents only", in French "Mille deux cent cinquante dollars
 * des États-Unis et cinquante centimes". The currency's name and its plural (Arabic's six forms too) come from
 * CLDR through Intl; a minor unit the catalogue does not name is written "50/100".
 */
export function amountInWords(amount: number, currency: string, lng: Language = currentLanguage()): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Not an amount in minor units: ${amount}`);
  const t = i18n.getFixedT(lng, 'fees');
  const code = currency.toUpperCase();
  const scale = 10 ** minorDigits(code);
  const major = Math.floor(amount / scale);
  const minor = amount % scale;
  const unit = currencyName(major, code, lng);
  const majorWords = numberInWords(major, lng);
  const main = counted(majorWords, unit, lng) ?? t('words.counted', { count: major, words: majorWords, unit });
  const minorName = minorUnit(code);
  const cents = !minor
    ? null
    : minorName
      ? t(`words.minor.${minorName}`, { count: minor, words: numberInWords(minor, lng) })
      : t('words.fraction', { minor: String(minor).padStart(String(scale).length - 1, '0'), scale, unit });
  const text = !cents
    ? t('words.whole', { main })
    : major === 0 && minorName
      ? t('words.whole', { main: cents })
      : t('words.withMinor', { main, minor: cents });
  return text.charAt(0).toLocaleUpperCase(lng) + text.slice(1);
}
