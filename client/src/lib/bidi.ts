import { i18n } from '../i18n';

/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A name, title or code people typed, set apart from the translated sentence around it (Unicode first-strong
 * isolate), so that neither reorders the other: "Mid-term test, Science" inside an Arabic sentence keeps its comma
 * and its words in place, and so does "محمد، رياضيات" inside a French one. Only where the directions can meet (every
 * value on a right-to-left page; a value with right-to-left letters on a left-to-right page), so English text stays
 * exactly as typed. For JSX text beside other words, use <bdi> instead.
 */
export function isolate(text: string | null | undefined): string {
  if (!text) return text ?? '';
  return i18n.dir() === 'rtl' || RTL_LETTER.test(text) ? `${FSI}${text}${PDI}` : text;
}
