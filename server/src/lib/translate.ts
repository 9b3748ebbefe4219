import i18next, { type TOptions } from 'i18next';
import { LANGUAGES, type Language } from './i18n.js';
import enErrors from '../locales/en/errors.json' with { type: 'json' };
import frErrors from '../locales/fr/errors.json' with { type: 'json' };
import arErrors from '../locales/ar/errors.json' with { type: 'json' };
import esErrors from '../locales/es/errors.json' with { type: 'json' };
import enEmails from '../locales/en/emails.json' with { type: 'json' };
import frEmails from '../locales/fr/emails.json' with { type: 'json' };
import arEmails from '../locales/ar/emails.json' with { type: 'json' };
import esEmails from '../locales/es/emails.json' with { type: 'json' };
import enAlerts from '../locales/en/alerts.json' with { type: 'json' };
import frAlerts from '../locales/fr/alerts.json' with { type: 'json' };
import arAlerts from '../locales/ar/alerts.json' with { type: 'json' };
import esAlerts from '../locales/es/alerts.json' with { type: 'json' };
import enImports from '../locales/en/imports.json' with { type: 'json' };
import frImports from '../locales/fr/imports.json' with { type: 'json' };
import arImports from '../locales/ar/imports.json' with { type: 'json' };
import esImports from '../locales/es/imports.json' with { type: 'json' };
import enPdf from '../locales/en/pdf.json' with { type: 'json' };
import frPdf from '../locales/fr/pdf.json' with { type: 'json' };
import arPdf from '../locales/ar/pdf.json' with { type: 'json' };
import esPdf from '../locales/es/pdf.json' with { type: 'json' };

export type Namespace = 'errors' | 'emails' | 'alerts' | 'imports' | 'pdf';

/**
 * The server's catalogues, by language and namespace (errors: what an API error says; emails: every message kind;
 * alerts: the title and body of each alert a module raises, in the app and in its email or SMS; imports: what is
 * wrong with a row of an imported file; pdf: the labels of report cards and, later, receipts).
 */
export const CATALOGUES: Record<Language, Record<Namespace, Record<string, string>>> = {
  en: { errors: enErrors, emails: enEmails, alerts: enAlerts, imports: enImports, pdf: enPdf },
  fr: { errors: frErrors, emails: frEmails, alerts: frAlerts, imports: frImports, pdf: frPdf },
  ar: { errors: arErrors, emails: arEmails, alerts: arAlerts, imports: arImports, pdf: arPdf },
  es: { errors: esErrors, emails: esEmails, alerts: esAlerts, imports: esImports, pdf: esPdf },
};

/**
 * The server's own i18next instance (the client has its own). Keys are flat ("NOT_FOUND.thing"): no key or
 * namespace separator, so an English text or a code never splits. Values are not HTML-escaped here: error messages
 * go out as JSON, and email templates escape what they put into HTML.
 */
const i18n = i18next.createInstance();
void i18n.init({
  resources: CATALOGUES,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: ['errors', 'emails', 'alerts', 'imports', 'pdf'],
  defaultNS: 'errors',
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false },
});

/**
 * `{{what, term}}`: a word the code passes in English ("Student", "suspended") said in the message's language
 * (errors.json `term.student`), with its article where the language needs one; `termcap` starts it with a capital.
 * Anything without a term entry (a name, a number) stays as given.
 */
const term = (value: unknown, lng: string | undefined) => {
  const raw = String(value);
  const key = `term.${raw.toLowerCase()}`;
  return i18n.exists(key, { lng, ns: 'errors' }) ? i18n.t(key, { lng, ns: 'errors' }) : raw;
};
i18n.services.formatter?.add('term', (value, lng) => term(value, lng));
i18n.services.formatter?.add('termcap', (value, lng) => {
  const s = term(value, lng);
  return s.charAt(0).toLocaleUpperCase(lng) + s.slice(1);
});

/**
 * Adds a `{{value, name}}` formatter (error-messages.ts adds `detail`: a nested validation detail, translated;
 * alert-text.ts adds `day`, `money`, `things`). It gets the message's language and the options `translate` was given
 * (its values, and a `locale` when the caller passed one).
 */
export function addFormatter(name: string, format: (value: unknown, lng: Language, options: Record<string, unknown>) => string): void {
  i18n.services.formatter?.add(name, (value, lng, options: Record<string, unknown> = {}) =>
    format(value, ((options.lng as string | undefined) ?? lng ?? 'en') as Language, options),
  );
}

export function translate(lng: Language, ns: Namespace, key: string, options: TOptions = {}): string {
  return i18n.t(key, { ...options, lng, ns });
}

export function hasKey(lng: Language, ns: Namespace, key: string): boolean {
  return i18n.exists(key, { lng, ns });
}
