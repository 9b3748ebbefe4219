import type { Language } from './i18n.js';
import { addFormatter, CATALOGUES, translate } from './translate.js';

/**
 * Error messages in the reader's language without touching the ~200 places that throw them: the English catalogue
 * (locales/en/errors.json) holds each message as thrown today, keyed by its code ("NOT_YOUR_SECTION") or code and
 * variant ("NOT_FOUND.thing"), with `{{placeholders}}` where the thrower puts a value in. An English message is
 * matched against its code's entries, the values are read back out of it, and the same key is rendered in the
 * reader's language. So English output is byte for byte what the code wrote, a message nobody catalogued stays
 * English rather than wrong, and the catalogue test (error-catalogue.test.ts) finds every message thrown in the
 * sources and fails when one has no entry. Validation details use the `detail.*` entries the same way.
 */
interface Pattern {
  key: string;
  regex: RegExp;
  names: string[];
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*(?:,\s*\w+\s*)?\}\}/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function patternOf(key: string, english: string): Pattern {
  const names = [...english.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const literals = english.split(PLACEHOLDER).filter((_, i) => i % 2 === 0);
  return { key, names, regex: new RegExp(`^${literals.map(escape).join('(.+?)')}$`, 's') };
}

/** The group of a key: its code, or `detail` for validation details; terms are no group. */
const groupOf = (key: string) => (key.startsWith('term.') ? undefined : key.split('.')[0]!);

/** Per group, the English entries: texts without placeholders first, then the most specific (longest fixed text). */
const PATTERNS = (() => {
  const byGroup = new Map<string, (Pattern & { fixed: number })[]>();
  for (const [key, text] of Object.entries(CATALOGUES.en.errors)) {
    const group = groupOf(key);
    if (!group) continue;
    const fixed = text.replace(PLACEHOLDER, '').length + (PLACEHOLDER.test(text) ? 0 : 10_000);
    PLACEHOLDER.lastIndex = 0;
    byGroup.set(group, [...(byGroup.get(group) ?? []), { ...patternOf(key, text), fixed }]);
  }
  for (const list of byGroup.values()) list.sort((a, b) => b.fixed - a.fixed);
  return byGroup;
})();

/** The catalogue key and values of an English message of `group` (a code, or `detail`); undefined when none fits. */
export function matchMessage(group: string, message: string): { key: string; values: Record<string, string | number> } | undefined {
  for (const p of PATTERNS.get(group) ?? []) {
    const m = p.regex.exec(message);
    if (!m) continue;
    const values: Record<string, string | number> = {};
    p.names.forEach((name, i) => {
      const v = m[i + 1]!;
      values[name] = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
    });
    return { key: p.key, values };
  }
  return undefined;
}

/** `message` (thrown with `code`) in `lng`; English, and messages the catalogue does not know, come back as they are. */
export function localiseMessage(group: string, message: string, lng: Language): string {
  if (lng === 'en') return message;
  const found = matchMessage(group, message);
  return found ? translate(lng, 'errors', found.key, { ...found.values, defaultValue: message }) : message;
}

// `{{problem, detail}}`: a value that is itself a detail message ("must be at least 3 characters").
addFormatter('detail', (value, lng) => localiseMessage('detail', String(value), lng));

/** Validation details (`[{ path, message }]`) with each message in `lng`; the paths never change. Other details pass as they are. */
export function localiseDetails(details: unknown, lng: Language): unknown {
  if (lng === 'en' || !Array.isArray(details)) return details;
  return details.map((d: unknown) => {
    const item = d as { message?: unknown } | null;
    return item && typeof item.message === 'string' ? { ...item, message: localiseMessage('detail', item.message, lng) } : d;
  });
}
