import { currentLanguage, currentLocale, i18n } from '../i18n';

/** Digits after the point in `currency`'s minor unit (2 for EUR, 0 for JPY and XOF, 3 for KWD), as ISO 4217 says. */
const minorDigits = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** An amount in integer minor units of `currency` as the shown locale writes money ("1 234,50 €", "١٢٣٫٤٥ ج.م."). */
export const money = (minor: number, currency: string) => {
  const text = new Intl.NumberFormat(currentLocale(), { style: 'currency', currency }).format(minor / 10 ** minorDigits(currency));
  if (i18n.dir(currentLanguage()) !== 'rtl') return text;
  // In right-to-left text an amount is one isolated run, or the bidi algorithm moves its parts around the words
  // beside it. Written wholly in Latin digits and symbol ("1,234.50 US$"), it reads left to right (U+2066 … U+2069,
  // without the right-to-left mark Intl puts in front: otherwise "$" parts from "US"); an amount with Arabic digits
  // or symbol ("١٢٣٫٤٥ ج.م.") takes its own direction (U+2068 … U+2069).
  const arabic = /[\u0600-\u06ff]/.test(text);
  return arabic ? `\u2068${text}\u2069` : `\u2066${text.replace(/[\u200e\u200f\u061c]/g, '')}\u2069`;
};

/** A count or figure as the shown locale writes numbers ("1,234", "1 234", "١٬٢٣٤"). */
export const number = (n: number, opts?: Intl.NumberFormatOptions) => new Intl.NumberFormat(currentLocale(), opts).format(n);

/**
 * A school calendar day (`YYYY-MM-DD`, already the school's day) as people read it: "Mon, 30 Nov", with `year`
 * "Mon, 30 Nov 2026", without `weekday` "30 Nov" (a chart label on a phone). Read as UTC, so no zone shifts the day.
 */
export const dayLabel = (day: string, opts: { year?: boolean; weekday?: boolean } = {}) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString(currentLocale(), {
    timeZone: 'UTC',
    ...(opts.weekday === false ? {} : { weekday: 'short' }),
    day: 'numeric',
    month: 'short',
    ...(opts.year ? { year: 'numeric' } : {}),
  });

/** A weekday's name in the shown locale, ISO-numbered (1 Monday … 7 Sunday): "Monday", "lundi", "الاثنين". */
export const weekdayName = (isoDay: number, width: 'long' | 'short' = 'long') =>
  // 1 January 2024 was a Monday.
  new Date(Date.UTC(2024, 0, isoDay)).toLocaleDateString(currentLocale(), { timeZone: 'UTC', weekday: width });
