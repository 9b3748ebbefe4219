import ar from '../../locales/ar/pdf.json' with { type: 'json' };
import en from '../../locales/en/pdf.json' with { type: 'json' };
import es from '../../locales/es/pdf.json' with { type: 'json' };
import fr from '../../locales/fr/pdf.json' with { type: 'json' };
import { isRightToLeft, type Language } from '../i18n.js';
import { translate } from '../translate.js';
import type { Direction } from './runs.js';

/**
 * The words, numbers and dates of a PDF in one language: labels from `locales/<lng>/pdf.json` (a plain lookup with
 * `{{name}}` placeholders; the catalogues are typed from the English one, so a missing key does not compile), numbers
 * and dates through Intl in the school's locale, the page's direction from the language.
 */
export type PdfKey = keyof typeof en;
export const PDF_CATALOGUES: Record<Language, Record<PdfKey, string>> = { en, fr, ar, es };

export interface PdfLocale {
  language: Language;
  /** BCP 47, for numbers and dates ("fr-SN"). */
  locale: string;
  dir: Direction;
  t(key: PdfKey, vars?: Record<string, string | number>): string;
  /** `n` as the locale writes it (77.5, 77,5): exactly `digits` decimals, or as many as it has up to two. */
  number(n: number, digits?: number): string;
  /** A percentage out of 100, one decimal ("77.5 %", "77,5 %", "77.5٪"). */
  percent(n: number): string;
  /** The calendar date of `at` in `timeZone`, long form ("7 December 2026", "7 décembre 2026"). */
  date(at: Date): string;
}

export function pdfLocale(opts: { language: Language; locale?: string | undefined; timeZone: string }): PdfLocale {
  const locale = opts.locale ?? opts.language;
  const t = (key: PdfKey, vars: Record<string, string | number> = {}) => translate(opts.language, 'pdf', key, vars);
  const formats = new Map<number | undefined, Intl.NumberFormat>();
  const number = (n: number, digits?: number) => {
    let format = formats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits ?? 0, maximumFractionDigits: digits ?? 2 });
      formats.set(digits, format);
    }
    return format.format(n);
  };
  return {
    language: opts.language,
    locale,
    dir: isRightToLeft(opts.language) ? 'rtl' : 'ltr',
    t,
    number,
    percent: (n) => t('percentValue', { value: number(n, 1) }),
    date: (at) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: opts.timeZone }).format(at),
  };
}
