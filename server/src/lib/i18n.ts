/**
 * The languages the platform speaks (the portal's, error messages', emails' and PDFs'), and how a request's
 * language is chosen: its `Accept-Language` (the portal sends the language it shows) among these, else the
 * school's default, else English.
 */
export const LANGUAGES = ['en', 'fr', 'ar', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** Right-to-left languages (the layout and PDFs mirror). */
export const isRightToLeft = (lng: Language) => lng === 'ar';

/**
 * The best supported language of an `Accept-Language` header (RFC 9110: quality values, `*`), by primary subtag:
 * "fr-CA;q=0.9, ar;q=0.8" → fr. `undefined` when it names none of ours.
 */
export function negotiateLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      return { lng: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && Number.isFinite(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranges.map((r) => r.lng).find(isLanguage);
}

/** A BCP 47 locale Intl knows ("fr-SN", "ar-EG"), canonicalised; `undefined` when it is not one. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical && Intl.DateTimeFormat.supportedLocalesOf([canonical]).length ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first day of the week (ISO: 1 = Monday … 7 = Sunday) in `locale`'s region: Monday in France, Sunday in the
 * United States, Saturday in Egypt. Monday when the runtime cannot tell.
 */
export function firstDayOfWeek(locale: string | undefined): number {
  if (!locale) return 1;
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { weekInfo?: { firstDay: number }; getWeekInfo?: () => { firstDay: number } };
    return l.getWeekInfo?.().firstDay ?? l.weekInfo?.firstDay ?? 1;
  } catch {
    return 1;
  }
}
