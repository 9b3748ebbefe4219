import { LANGUAGES } from '../../lib/i18n.js';
import { CATALOGUES } from '../../lib/translate.js';
import { IMPORT_FIELDS } from './import.service.js';

const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('the import problems catalogue', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s says every problem with the same values, and names every column', (lng) => {
    const english = CATALOGUES.en.imports;
    const other = CATALOGUES[lng].imports;
    for (const [key, text] of Object.entries(english)) expect([key, names(other[key] ?? '')]).toEqual([key, names(text)]);
    const fields = new Set(
      Object.values(IMPORT_FIELDS)
        .flat()
        .map((f) => f.replace(/^guardian\d(\w)/, (_, c: string) => c.toLowerCase())),
    );
    for (const field of fields) expect([field, other[`field.${field}`]]).toEqual([field, expect.any(String)]);
  });
});
