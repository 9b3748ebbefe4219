import { memo, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { currentLocale, LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../i18n';
import { Field } from './FormErrors';
import type { FieldErrors } from './field-errors';

/** A school's time zone, default language, locale and first day of the week as the form holds them. */
export interface SchoolLocale {
  timeZone: string;
  language: Language;
  /** BCP 47 ("fr-SN"); empty: the language's own conventions. */
  locale: string;
  /** "1" (Monday) … "7" (Sunday), ISO numbering as the server keeps it; empty: the locale's usual first day. */
  weekStart: string;
}

/**
 * The zones this browser knows (IANA names) and UTC, which Chromium and Node leave out of the list although every
 * engine accepts it. The server checks the one chosen.
 */
const TIME_ZONES: string[] =
  typeof Intl.supportedValuesOf === 'function' ? ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')] : ['UTC'];

/** Locales schools of each language commonly use; any other BCP 47 tag can be typed. */
const COMMON_LOCALES: Record<Language, string[]> = {
  en: ['en-GB', 'en-US', 'en-KE', 'en-NG', 'en-GH', 'en-ZA', 'en-IN', 'en-AU', 'en-CA', 'en-IE'],
  fr: ['fr-FR', 'fr-SN', 'fr-CI', 'fr-CM', 'fr-MA', 'fr-BE', 'fr-CH', 'fr-CA', 'fr-CD'],
  ar: ['ar-EG', 'ar-SA', 'ar-AE', 'ar-MA', 'ar-DZ', 'ar-TN', 'ar-JO', 'ar-LB', 'ar-QA'],
  es: ['es-ES', 'es-MX', 'es-AR', 'es-CO', 'es-CL', 'es-PE', 'es-US', 'es-419'],
};

/** The form's starting values from a school's stored settings (missing ones: UTC, English, the language's own). */
export const schoolLocaleOf = (config: Record<string, unknown> | undefined, fallbackZone = 'UTC'): SchoolLocale => ({
  timeZone: typeof config?.timeZone === 'string' ? config.timeZone : fallbackZone,
  language: isLanguage(config?.language) ? config.language : 'en',
  locale: typeof config?.locale === 'string' ? config.locale : '',
  weekStart: typeof config?.weekStart === 'number' ? String(config.weekStart) : '',
});

/** The `schoolConfig` fields to send; an empty locale or week start is left out (the server keeps its default). */
export const schoolLocaleBody = (v: SchoolLocale) => ({
  timeZone: v.timeZone.trim(),
  language: v.language,
  ...(v.locale.trim() ? { locale: v.locale.trim() } : {}),
  ...(v.weekStart ? { weekStart: Number(v.weekStart) } : {}),
});

/** A well-formed BCP 47 tag, canonical ("fr-sn" → "fr-SN"), or undefined. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

const isZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** The locale's first day of the week (ISO: 1 Monday … 7 Sunday), as Intl knows it (Monday when it does not). */
export function usualFirstDay(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { weekInfo?: { firstDay: number }; getWeekInfo?: () => { firstDay: number } };
    return l.getWeekInfo?.().firstDay ?? l.weekInfo?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/** A weekday's name in the shown language: 1 is Monday (1 January 2024 was a Monday). */
export const weekdayName = (day: number) =>
  new Intl.DateTimeFormat(currentLocale(), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));

/** A locale's name in the shown language ("français (Sénégal)"), or the tag itself when Intl cannot name it. */
function localeName(tag: string): string {
  try {
    return new Intl.DisplayNames([currentLocale()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The ~420 zones, drawn while the zone's field has the focus (the browser offers them as it is typed in) and not
 * redrawn by typing elsewhere: a form that holds them all the time makes every page query walk 420 more nodes.
 */
const ZoneList = memo(function ZoneList({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {TIME_ZONES.map((z) => (
        <option key={z} value={z} />
      ))}
    </datalist>
  );
});

/** The language's common locales, each named in the shown language (`shown` redraws them when it changes). */
const LocaleList = memo(function LocaleList({ id, language }: { id: string; language: Language; shown: string }) {
  return (
    <datalist id={id}>
      {COMMON_LOCALES[language].map((l) => (
        <option key={l} value={l} label={localeName(l)} />
      ))}
    </datalist>
  );
});

/**
 * Where and how a school lives: its time zone (searchable list), default language (each in its own name), locale
 * (suggestions for the language, or any tag typed) and first day of the week. Under each, what it gives: the time
 * there now, a date and a number written that way. The server's 400 for a field shows on that field.
 */
export function SchoolLocaleFields({
  value,
  onChange,
  errors,
  path = 'schoolConfig',
}: {
  value: SchoolLocale;
  onChange: (next: SchoolLocale) => void;
  errors: FieldErrors;
  /** Where the fields sit in the request body (the server names them `<path>.timeZone` …). */
  path?: string;
}) {
  const { t, i18n } = useTranslation('settings');
  const ids = useId();
  const [choosingZone, setChoosingZone] = useState(false);
  const zone = value.timeZone.trim();
  const tag = canonical(value.locale) ?? value.language;
  const now = new Date();
  const set = (patch: Partial<SchoolLocale>) => onChange({ ...value, ...patch });
  return (
    <>
      <Field label={t('locale.timeZone')} name={`${path}.timeZone`} errors={errors}>
        <input
          value={value.timeZone}
          onChange={(e) => set({ timeZone: e.target.value })}
          list={`${ids}-zones`}
          onFocus={() => setChoosingZone(true)}
          onBlur={() => setChoosingZone(false)}
          required
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          aria-describedby={`${ids}-zone-now`}
        />
      </Field>
      {choosingZone && <ZoneList id={`${ids}-zones`} />}
      <span id={`${ids}-zone-now`} className="muted">
        {zone && isZone(zone)
          ? t('locale.timeNow', {
              time: now.toLocaleString(currentLocale(), { timeZone: zone, weekday: 'long', hour: 'numeric', minute: '2-digit' }),
            })
          : t('locale.timeZoneHint')}
      </span>
      <Field label={t('locale.language')} name={`${path}.language`} errors={errors}>
        <select
          value={value.language}
          onChange={(e) =>
            set({ language: e.target.value as Language, locale: canonical(value.locale)?.startsWith(e.target.value) ? value.locale : '' })
          }
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('locale.locale')} name={`${path}.locale`} errors={errors}>
        <input
          value={value.locale}
          onChange={(e) => set({ locale: e.target.value })}
          list={`${ids}-locales`}
          placeholder={COMMON_LOCALES[value.language][1]}
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          aria-describedby={`${ids}-locale-sample`}
        />
      </Field>
      <LocaleList id={`${ids}-locales`} language={value.language} shown={i18n.language} />
      <span id={`${ids}-locale-sample`} className="muted">
        {/* Isolated: an Arabic sample inside a French sentence (or the reverse) keeps its own order. */}
        <Trans
          t={t}
          i18nKey="locale.sample"
          values={{
            date: now.toLocaleDateString(tag, { timeZone: zone && isZone(zone) ? zone : 'UTC', dateStyle: 'full' }),
            number: new Intl.NumberFormat(tag).format(1234567.89),
          }}
          components={{ bdi: <bdi /> }}
        />
      </span>
      <Field label={t('locale.weekStart')} name={`${path}.weekStart`} errors={errors}>
        <select value={value.weekStart} onChange={(e) => set({ weekStart: e.target.value })}>
          <option value="">{t('locale.weekStartUsual', { day: weekdayName(usualFirstDay(tag)) })}</option>
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <option key={d} value={String(d)}>
              {weekdayName(d)}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
