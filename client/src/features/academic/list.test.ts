import { afterAll, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../i18n';
import { listOf, splitList } from './list';

afterAll(() => chooseLanguage(null));

describe('lists typed and shown on the academic screens', () => {
  it('splits sections typed with Latin or Arabic commas', () => {
    expect(splitList('A, B ,,C')).toEqual(['A', 'B', 'C']);
    expect(splitList('أ، ب،ج')).toEqual(['أ', 'ب', 'ج']);
    expect(splitList('الفصل الأول، 2026-09-01، 2026-12-18')).toEqual(['الفصل الأول', '2026-09-01', '2026-12-18']);
  });

  it('lists term names as the shown language does', async () => {
    expect(listOf(['T1', 'T2', 'T3'])).toBe('T1, T2, T3');
    await chooseLanguage('fr');
    expect(listOf(['T1', 'T2', 'T3'])).toBe('T1, T2 et T3');
    await chooseLanguage('ar');
    expect(listOf(['T1', 'T2'])).toBe('T1 وT2');
  });
});
