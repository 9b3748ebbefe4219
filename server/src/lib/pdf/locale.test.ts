import { LANGUAGES } from '../i18n.js';
import { PDF_CATALOGUES, pdfLocale } from './locale.js';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('PDF catalogues', () => {
  it.each(LANGUAGES)('%s has every English key, with the same placeholders, and no empty text', (lng) => {
    const en = PDF_CATALOGUES.en;
    const other = PDF_CATALOGUES[lng];
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([key, placeholders(other[key])]).toEqual([key, placeholders(en[key])]);
      expect(other[key].trim()).not.toBe('');
    }
  });
});

describe('pdfLocale', () => {
  it("writes numbers and percentages as the school's locale does", () => {
    expect(pdfLocale({ language: 'en', timeZone: 'UTC' }).percent(77.5)).toBe('77.5 %');
    expect(pdfLocale({ language: 'fr', timeZone: 'UTC' }).percent(77.5)).toBe('77,5\u00a0%');
    expect(pdfLocale({ language: 'ar', locale: 'ar-EG', timeZone: 'UTC' }).percent(77.5)).toBe('٧٧٫٥٪');
    expect(pdfLocale({ language: 'es', timeZone: 'UTC' }).number(15.25)).toBe('15,25');
  });

  it("dates a document by the school's calendar day, in its language", () => {
    // 20:00 UTC on 7 December is already 8 December at UTC+14 and still 7 December at UTC−11.
    const at = new Date('2026-12-07T20:00:00Z');
    expect(pdfLocale({ language: 'en', timeZone: 'Pacific/Kiritimati' }).date(at)).toBe('December 8, 2026');
    expect(pdfLocale({ language: 'fr', timeZone: 'Pacific/Pago_Pago' }).date(at)).toBe('7 décembre 2026');
    expect(pdfLocale({ language: 'en', locale: 'en-GB', timeZone: 'UTC' }).t('issued', { date: '7 December 2026' })).toBe(
      'Issued on 7 December 2026',
    );
  });

  it('mirrors the page for Arabic only', () => {
    expect(LANGUAGES.map((language) => pdfLocale({ language, timeZone: 'UTC' }).dir)).toEqual(['ltr', 'ltr', 'rtl', 'ltr']);
  });
});
