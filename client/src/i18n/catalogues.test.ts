import { describe, expect, it } from 'vitest';
import { LANGUAGES, NAMESPACES } from './index';

/**
 * Every language has every English key (no screen falls back to English words), no key English lacks (a stale
 * word), the same {{placeholders}}, and every plural form its language needs: Arabic's zero, one, two, few, many
 * and other for each English `_one`/`_other` pair.
 */
type Tree = { [key: string]: string | Tree };
const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });
const catalogue = (lng: string, ns: string) => files[`./locales/${lng}/${ns}.json`];

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/{{\s*([\w.]+)(?:,[^}]*)?\s*}}/g)].map((m) => m[1]).sort();
/** Keys with plural suffixes stand for one word in every language; compare their bases. */
const bases = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL, '')));

describe.each(NAMESPACES)('the %s catalogues', (ns) => {
  const english = flatten(catalogue('en', ns) ?? {});

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has the same words as English', (lng) => {
    const words = flatten(catalogue(lng, ns) ?? {});
    expect([...bases(words.keys())].sort()).toEqual([...bases(english.keys())].sort());
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    for (const base of bases(english.keys())) {
      const forms = [...words.keys()].filter((k) => k.replace(PLURAL, '') === base);
      const englishForms = [...english.keys()].filter((k) => k.replace(PLURAL, '') === base);
      const wanted = englishForms.some((k) => PLURAL.test(k)) ? categories.map((c) => `${base}_${c}`) : [base];
      for (const key of wanted) expect(forms, `${lng}/${ns}: ${key}`).toContain(key);
      const englishPlaceholders = new Set(englishForms.flatMap((k) => placeholders(english.get(k) ?? '')));
      for (const key of forms) {
        const text = words.get(key) ?? '';
        expect(text.trim(), `${lng}/${ns}: ${key} is empty`).not.toBe('');
        for (const p of placeholders(text)) expect([...englishPlaceholders], `${lng}/${ns}: ${key} uses {{${p}}}`).toContain(p);
      }
    }
  });
});
