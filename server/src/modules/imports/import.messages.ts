import type { z } from 'zod';
import type en from '../../locales/en/imports.json';
import type { Language } from '../../lib/i18n.js';
import { localiseMessage } from '../../lib/error-messages.js';
import { addFormatter, hasKey, translate } from '../../lib/translate.js';

/** What is wrong with a row: a catalogue key (locales/<lng>/imports.json) and its values, said in the reader's language. */
export interface Problem {
  key: Exclude<keyof typeof en, 'row'>;
  values?: Record<string, string | number>;
}

/** A column's name as people say it: `guardian1Email` → "guardian 1 email". */
export function fieldLabel(field: string): string {
  return field
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2')
    .toLowerCase();
}

/**
 * A column's name in `lng`: English as it always read ("guardian 1 email"), others from `field.*` ("e-mail du
 * responsable 1"); a column the catalogue does not name keeps its English words.
 */
function fieldIn(field: string, lng: Language): string {
  if (lng === 'en') return fieldLabel(field);
  const own = (f: string) => (hasKey(lng, 'imports', `field.${f}`) ? translate(lng, 'imports', `field.${f}`) : fieldLabel(f));
  const guardian = /^guardian(\d)(\w+)$/.exec(field);
  if (!guardian) return own(field);
  const [, n, rest] = guardian as unknown as [string, string, string];
  return translate(lng, 'imports', 'field.guardian', { n, field: own(rest.charAt(0).toLowerCase() + rest.slice(1)) });
}

// `{{field, capital}}` starts a sentence with the column's name; `{{reason, lowerfirst}}` puts one after "Row 4: ".
addFormatter('capital', (value, lng) => String(value).charAt(0).toLocaleUpperCase(lng) + String(value).slice(1));
addFormatter('lowerfirst', (value, lng) => String(value).charAt(0).toLocaleLowerCase(lng) + String(value).slice(1));

/**
 * One validator complaint about one cell, as a sentence a school secretary
 * would write ("First name is missing", "Date of birth must be a date like
 * 2014-03-09"). The one place the import turns zod's wording into people's.
 */
export function plainIssue(field: string, issue: z.core.$ZodIssue, value: string | undefined): Problem {
  const values = { field };
  switch (issue.code) {
    case 'too_small':
      return { key: value === undefined || value.trim() === '' ? 'issue.missing' : 'issue.tooShort', values };
    case 'too_big':
      return { key: 'issue.tooLong', values: { ...values, max: String(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'issue.notEmail', values };
      if (issue.format === 'date') return { key: 'issue.notDate', values };
      return { key: 'issue.notForm', values };
    case 'invalid_value':
      return { key: 'issue.oneOf', values: { ...values, values: issue.values.map(String).join(', ') } };
    case 'invalid_type':
      return { key: 'issue.missing', values };
    case 'custom':
      return { key: 'issue.custom', values: { ...values, problem: issue.message } };
    default:
      return { key: 'issue.invalid', values };
  }
}

/** The problem as a sentence in `lng`: the column named in its words, a validator's own message translated. */
export function problemText(p: Problem, lng: Language): string {
  const values = { ...p.values };
  if (typeof values.field === 'string') values.field = fieldIn(values.field, lng);
  if (typeof values.problem === 'string') values.problem = localiseMessage('detail', values.problem, lng);
  return translate(lng, 'imports', p.key, values);
}

/** "Row 4: first name is missing" (the header is row 1, as in a spreadsheet), in `lng`. */
export function rowMessage(line: number | null, reason: string, lng: Language): string {
  return line === null ? reason : translate(lng, 'imports', 'row', { line, reason });
}
