import { LANGUAGES } from '../../lib/i18n.js';
import { CATALOGUES } from '../../lib/translate.js';
import { alertText, type AlertText } from './alert-text.js';

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the alerts catalogue', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English alert, with the same placeholders and formats', (lng) => {
    const english = CATALOGUES.en.alerts;
    const other = CATALOGUES[lng].alerts;
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) expect([key, placeholders(other[key]!)]).toEqual([key, placeholders(text)]);
  });
});

describe('an alert in the reader’s words', () => {
  const overdue = (currency: string, amount: number): AlertText => ({
    key: 'fee_overdue',
    values: { amount, currency, invoice: 'INV-2026-00007' },
  });

  it('writes money from minor units in the currency’s own digits and the school’s locale', () => {
    expect(alertText(overdue('KES', 123_450), 'en')?.body).toMatch(/^KES\s1,234\.50 is overdue on invoice INV-2026-00007\.$/);
    // XOF has no minor unit: 1 500 francs are stored as 1500.
    expect(alertText(overdue('XOF', 1_500), 'fr', 'fr-SN')?.body).toBe(
      `${new Intl.NumberFormat('fr-SN', { style: 'currency', currency: 'XOF' }).format(1500)} reste impayé sur la facture INV-2026-00007.`,
    );
    expect(alertText(overdue('XOF', 1_500), 'fr', 'fr-SN')?.body).toMatch(/^1\s500\sF\s?CFA /);
    // Egyptian Arabic writes Arabic-Indic digits; the invoice number stays as it is.
    expect(alertText(overdue('EGP', 12_345), 'ar', 'ar-EG')?.body).toContain('١٢٣٫٤٥');
    expect(alertText(overdue('EGP', 12_345), 'ar', 'ar-EG')?.body).toContain('INV-2026-00007');
  });

  it('writes a due day in the language, and names changed sign-in details in it', () => {
    const due: AlertText = { key: 'fee_due', values: { date: '2026-03-05', invoice: 'INV-1' } };
    expect(alertText(due, 'en')?.body).toBe('A fee payment is due on Thursday 5 March 2026 (invoice INV-1).');
    expect(alertText(due, 'es')?.body).toBe('Hay un pago de cuotas previsto para el jueves, 5 de marzo de 2026 (factura INV-1).');
    const both: AlertText = { key: 'account_changed.by_admin', values: { changed: 'email,password' } };
    expect(alertText(both, 'en')?.body).toMatch(/^A school administrator changed your email and password\. /);
    expect(alertText(both, 'fr')?.body).toMatch(/^Un administrateur de l'école a modifié votre adresse e-mail et votre mot de passe\. /);
    expect(alertText({ key: 'account_changed.by_self', values: { changed: 'password' } }, 'ar')?.body).toMatch(/^تم تغيير كلمة مرورك\. /);
  });

  it('has no text for a key it does not know (a record from a later version keeps its stored words)', () => {
    expect(alertText({ key: 'nothing' as AlertText['key'], values: {} }, 'fr')).toBeUndefined();
  });
});
