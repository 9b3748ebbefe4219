import { DateTime } from 'luxon';
import en from '../../locales/en/alerts.json' with { type: 'json' };
import type { Language } from '../../lib/i18n.js';
import { addFormatter, hasKey, translate } from '../../lib/translate.js';

type Stem<K> = K extends `${infer S}.title` ? S : never;
/** An alert of the catalogue (locales/<lng>/alerts.json): each has a `<key>.title` and a `<key>.body`. */
export type AlertKey = Stem<keyof typeof en>;

/**
 * What an alert says, kept apart from the words it is said in: its catalogue key and values. Stored with the in-app
 * notification and the outbox message, and rendered for each reader: a `date` is a school day (`YYYY-MM-DD`), an
 * `amount` is in minor units of `currency`, `changed` names sign-in details ("email,password").
 */
export interface AlertText {
  key: AlertKey;
  values: Record<string, string | number>;
}

/**
 * The locale an alert (or message) in `lng` writes dates and money in: the school's when it is a locale of that
 * language ("fr-SN", "ar-EG": Arabic-Indic digits), else the language's own; English as the platform always wrote it.
 */
export function messageLocale(lng: Language, schoolLocale?: string): string {
  if (lng === 'en') return 'en-GB';
  return schoolLocale?.split('-')[0] === lng ? schoolLocale : lng;
}

/** A school day as people read it: "Monday 2 March 2026", "lundi 2 mars 2026", "الاثنين، ٢ مارس ٢٠٢٦". */
export function schoolDay(day: string, locale: string): string {
  const d = DateTime.fromISO(day, { zone: 'UTC' });
  if (!d.isValid) return day;
  // English keeps the form it always had (Intl's en-GB now puts a comma after the weekday).
  if (locale.startsWith('en')) return d.setLocale(locale).toFormat('cccc d LLLL yyyy');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(d.toJSDate());
}

/** Digits after the point in `currency`'s minor unit (2 for KES, 0 for XOF, 3 for KWD), as the client counts them. */
const minorDigits = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

const localeOf = (lng: Language, options: Record<string, unknown>) =>
  typeof options.locale === 'string' ? options.locale : messageLocale(lng);

// `{{date, day}}`: a school day. `{{amount, money}}`: minor units of the `currency` value, as the locale writes money.
// `{{changed, things}}`: "email,password" as "your email and password" in the reader's words (`thing.*`).
addFormatter('day', (value, lng, options) => schoolDay(String(value), localeOf(lng, options)));
addFormatter('money', (value, lng, options) => {
  const currency = String(options.currency);
  const minor = Number(value);
  return new Intl.NumberFormat(localeOf(lng, options), { style: 'currency', currency }).format(minor / 10 ** minorDigits(currency));
});
addFormatter('things', (value, lng, options) => {
  const words = String(value)
    .split(',')
    .map((thing) => (hasKey(lng, 'alerts', `thing.${thing}`) ? translate(lng, 'alerts', `thing.${thing}`) : thing));
  return new Intl.ListFormat(localeOf(lng, options), { type: 'conjunction' }).format(words);
});

/**
 * The title and body of an alert in `lng`, dates and money in the school's locale when it speaks that language.
 * `undefined` for a key the catalogue does not know (a record written by a later version): its stored text is shown.
 */
export function alertText(text: AlertText, lng: Language, schoolLocale?: string): { title: string; body: string } | undefined {
  if (!(`${text.key}.title` in en)) return undefined;
  const options = { ...text.values, locale: messageLocale(lng, schoolLocale) };
  return { title: translate(lng, 'alerts', `${text.key}.title`, options), body: translate(lng, 'alerts', `${text.key}.body`, options) };
}

/** The text an alert's record keeps (`title`, `body`): English, for old clients and the delivery log. */
export function englishAlert(text: AlertText): { title: string; body: string } {
  const english = alertText(text, 'en');
  if (!english) throw new Error(`alert ${text.key} is not in the catalogue`);
  return english;
}
