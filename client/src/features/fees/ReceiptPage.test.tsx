// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { fakeApi } from '../../test/fake-api';
import { ReceiptPage } from './ReceiptPage';
import { chooseLanguage } from '../../i18n';

const invoice = {
  id: 'inv1',
  number: 'INV-2026-00001',
  studentId: 's1',
  structureId: 'x',
  currency: 'USD',
  lines: [{ description: 'Term 1 tuition', amount: 150000 }],
  discounts: [],
  waivers: [],
  fines: [],
  instalments: [],
  total: 150000,
  paid: 125050,
  balance: 24950,
  status: 'partially_paid',
  dueDate: '2026-09-30',
  overdue: 24950,
  family: 'Grace Brown',
  student: { id: 's1', name: 'Priya Brown', admissionNumber: 'ADM-7', className: '1A', sectionName: 'A' },
  guardians: [{ id: 'g1', name: 'Grace Brown', relationship: 'mother', phone: null, email: null }],
  payments: [
    {
      id: 'p1',
      receiptNumber: 'RCT-2026-00012',
      amount: 125050,
      method: 'mobile_money',
      reference: 'MPESA-88',
      paidAt: '2026-12-01',
      balanceAfter: 24950,
    },
  ],
  school: { name: 'Hillside Academy', address: '1 Hill Road, Nairobi', logo: '/api/files/logo/public' },
};

/** The machine running the tests may be busy: give answers time. */
const slow = { timeout: 8000 };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({ 'GET /api/fees/invoices/inv1': () => [200, invoice] });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(cleanup);

const open = (at: string) =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={[at]}>
        <Routes>
          <Route path="/fees/invoices/:id/receipts/:paymentId" element={<ReceiptPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );

describe('the printable receipt', () => {
  it('shows the school, the receipt number, the amount in figures and words, and the balance after', async () => {
    open('/fees/invoices/inv1/receipts/p1');
    expect(await screen.findByRole('heading', { name: 'Receipt RCT-2026-00012' }, slow)).toBeTruthy();
    const receipt = screen.getByRole('article');
    expect(receipt.textContent).toContain('Hillside Academy');
    expect(receipt.textContent).toContain('1 Hill Road, Nairobi');
    expect(screen.getByRole('img', { name: 'Hillside Academy logo' }).getAttribute('src')).toBe('/api/files/logo/public');
    const fields = Object.fromEntries(
      Array.from(receipt.querySelectorAll('dt')).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(fields).toMatchObject({
      Date: 'Dec 1, 2026',
      'Received from': 'Grace Brown, for Priya Brown (ADM-7), 1A A',
      Invoice: 'INV-2026-00001 (Term 1 tuition)',
      'In words': 'One thousand two hundred and fifty US dollars and fifty cents only',
      Method: 'Mobile money, reference MPESA-88',
    });
    expect(fields.Amount).toMatch(/1,250\.50/);
    expect(fields['Balance after this payment']).toMatch(/249\.50/);
    expect(screen.getByRole('button', { name: 'Print receipt' })).toBeTruthy();
  });

  it('is written in French, with French numbers, dates and amount in words, when French is shown', async () => {
    await chooseLanguage('fr');
    try {
      open('/fees/invoices/inv1/receipts/p1');
      expect(await screen.findByRole('heading', { name: 'Reçu RCT-2026-00012' }, slow)).toBeTruthy();
      const receipt = screen.getByRole('article');
      const fields = Object.fromEntries(
        Array.from(receipt.querySelectorAll('dt')).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
      );
      expect(fields).toMatchObject({
        Date: '1 déc. 2026',
        'Reçu de': 'Grace Brown, pour Priya Brown (ADM-7), 1A A',
        'En toutes lettres': 'Mille deux cent cinquante dollars des États-Unis et cinquante centimes',
        'Mode de paiement': 'Paiement mobile, référence MPESA-88',
      });
      // French groups thousands with a (narrow) space and writes the decimal comma.
      expect(fields.Montant).toMatch(/^1\s250,50\s\$US$/);
      expect(screen.getByRole('button', { name: 'Imprimer le reçu' })).toBeTruthy();
    } finally {
      await chooseLanguage(null);
    }
  });

  it('says so when the invoice has no such payment', async () => {
    open('/fees/invoices/inv1/receipts/nope');
    expect(await screen.findByText('This invoice has no payment with that receipt.', {}, slow)).toBeTruthy();
  });
});
