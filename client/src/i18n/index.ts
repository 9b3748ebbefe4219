import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * The portal's and console's words: one i18next instance, a namespace per feature (`locales/<language>/<ns>.json`),
 * plurals by the language's CLDR categories (Arabic has six: zero, one, two, few, many, other). A language's
 * namespaces load together as one chunk, before the first render and on every change.
 *
 * Which language: the one the person chose (their account's, remembered in this browser) → the school's default
 * (GET /api/tenant) → the browser's preferred languages → English. Dates and numbers follow the school's locale
 * when it is in the language shown ("fr-SN" for French at a school in Senegal), otherwise the language itself.
 */
export const LANGUAGES = ['en', 'fr', 'ar', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const NAMESPACES = [
  'common',
  'app',
  'auth',
  'account',
  'academic',
  'people',
  'gradebook',
  'attendance',
  'timetable',
  'fees',
  'home',
  'superadmin',
  'enrolment',
  'announcements',
  'audit',
  'imports',
  'settings',
  'messages',
] as const;

/** Each language's name in itself, for the language menus. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', ar: 'العربية', es: 'Español' };

const CHOSEN_KEY = 'language';
const bundles = {
  en: () => import('./locales/en/index'),
  fr: () => import('./locales/fr/index'),
  ar: () => import('./locales/ar/index'),
  es: () => import('./locales/es/index'),
} satisfies Record<Language, () => Promise<{ default: Record<string, Record<string, unknown>> }>>;

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** The first supported language among `wanted` (BCP 47 tags, best first), by primary subtag: "fr-CA" → fr. */
export function pickLanguage(wanted: readonly (string | null | undefined)[]): Language | undefined {
  for (const tag of wanted) {
    const primary = tag?.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return undefined;
}

let schoolLanguage: Language | undefined;
let schoolLocale: string | undefined;

function chosenLanguage(): Language | undefined {
  try {
    const stored = localStorage.getItem(CHOSEN_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

const browserLanguages = () => (typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));

async function load(lng: Language) {
  if (i18n.hasResourceBundle(lng, 'common')) return;
  const files = (await bundles[lng]()).default;
  for (const [file, words] of Object.entries(files)) {
    i18n.addResourceBundle(lng, file.replace(/^\.\/(.*)\.json$/, '$1'), words, true, true);
  }
}

async function show(lng: Language) {
  // Only the language shown: catalogues.test.ts keeps every language complete, so English is never needed as a
  // fallback and a first visit in Arabic does not download the English words too.
  await load(lng);
  await i18n.changeLanguage(lng);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lng;
    document.documentElement.dir = i18n.dir(lng);
  }
}

/** Starts i18next in the language this browser should show first (before the school is known). */
export async function initI18n(lng?: Language) {
  await i18n.use(initReactI18next).init({
    lng: undefined,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
    initAsync: false,
    resources: {},
  });
  await show(lng ?? chosenLanguage() ?? pickLanguage(browserLanguages()) ?? 'en');
  return i18n;
}

/**
 * The school's default language and locale (from GET /api/tenant): shown unless the person chose their own.
 * Called whenever the school's settings load or change.
 */
export async function applySchoolLanguage(language: string | undefined, locale: string | undefined) {
  schoolLanguage = isLanguage(language) ? language : undefined;
  schoolLocale = locale;
  const lng = chosenLanguage() ?? schoolLanguage ?? pickLanguage(browserLanguages()) ?? 'en';
  if (lng !== i18n.language) await show(lng);
}

/**
 * The person's own choice (the language menu, or their account's saved language after sign-in); `null` goes back to
 * the school's default. Remembered in this browser.
 */
export async function chooseLanguage(lng: Language | null) {
  try {
    if (lng) localStorage.setItem(CHOSEN_KEY, lng);
    else localStorage.removeItem(CHOSEN_KEY);
  } catch {
    // Private mode: the choice lasts this page.
  }
  await show(lng ?? schoolLanguage ?? pickLanguage(browserLanguages()) ?? 'en');
}

/** The language shown now. */
export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'en');

/**
 * The locale dates and numbers are written in: the school's (its region's conventions) when it is in the language
 * shown, otherwise the language shown.
 */
export function currentLocale(): string {
  const lng = currentLanguage();
  return schoolLocale && pickLanguage([schoolLocale]) === lng ? schoolLocale : lng;
}

export { i18n };
