// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { fakeApi } from '../../test/fake-api';
import { InvoicePage } from './InvoicePage';

const payment = {
  id: 'p1',
  receiptNumber: 'RCT-2026-00001',
  amount: 20000,
  method: 'cash',
  reference: null,
  paidAt: '2026-11-02',
  balanceAfter: 100000,
};
let invoice = {
  id: 'inv1',
  number: 'INV-2026-00001',
  studentId: 's1',
  structureId: 'x',
  currency: 'USD',
  lines: [{ description: 'Tuition', amount: 120000 }],
  discounts: [],
  waivers: [{ reason: 'Hardship', amount: 0 }],
  fines: [],
  instalments: [],
  total: 120000,
  paid: 20000,
  balance: 100000,
  status: 'partially_paid',
  dueDate: '2026-09-30',
  overdue: 100000,
  family: 'Grace Brown',
  student: { id: 's1', name: 'Priya Brown', admissionNumber: 'ADM-7', className: '1A', sectionName: 'A' },
  guardians: [{ id: 'g1', name: 'Grace Brown', relationship: null, phone: '+254700000001', email: null }],
  payments: [payment],
  school: { name: 'Hillside', address: null, logo: null },
};
const start = structuredClone(invoice);

/** The machine running the tests may be busy: give answers time. */
const slow = { timeout: 8000 };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/fees/invoices/inv1': () => [200, invoice],
    'POST /api/fees/invoices/inv1/payments': (req) => {
      const { amount } = req.body as { amount: number };
      // Another clerk has meanwhile recorded 600.00: only 400.00 is left.
      if (amount > 40000) return [409, { message: 'The balance is 40000', error: 'OVERPAYMENT', details: { balance: 40000 } }];
      const p = { ...payment, id: 'p2', receiptNumber: 'RCT-2026-00007', amount, balanceAfter: 40000 - amount };
      invoice = { ...invoice, paid: invoice.paid + amount, balance: 40000 - amount, payments: [...invoice.payments, p] };
      return [201, { ...p, invoiceId: 'inv1', studentId: 's1', invoice }];
    },
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(() => {
  cleanup();
  invoice = structuredClone(start);
  server.seen.length = 0;
});

const open = (role: 'admin' | 'parent' = 'admin') =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={['/fees/invoices/inv1']}>
        <Routes>
          <Route path="/fees/invoices/:id" element={<InvoicePage role={role} />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );

describe('the invoice page', () => {
  it('shows the student, family, lines and payments with their receipts', async () => {
    open();
    expect(await screen.findByRole('heading', { name: 'Invoice INV-2026-00001' }, slow)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Priya Brown' }).getAttribute('href')).toBe('/students/s1');
    expect(screen.getByText(/Family: Grace Brown, \+254700000001/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'RCT-2026-00001' }).getAttribute('href')).toBe('/fees/invoices/inv1/receipts/p1');
  });

  it('records a payment in cents and links to its receipt', async () => {
    open();
    fireEvent.click(await screen.findByRole('button', { name: 'Record payment' }, slow));
    const form = screen.getByRole('form', { name: 'Record payment' });
    expect((within(form).getByLabelText('Amount (USD)') as HTMLInputElement).value).toBe('1000.00');
    fireEvent.change(within(form).getByLabelText('Amount (USD)'), { target: { value: '250.50' } });
    fireEvent.change(within(form).getByLabelText('Method'), { target: { value: 'mobile_money' } });
    fireEvent.change(within(form).getByLabelText('Reference (optional)'), { target: { value: ' MP-1 ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record payment' }));
    expect(await screen.findByText(/recorded: receipt RCT-2026-00007/, {}, slow)).toBeTruthy();
    expect(server.seen.find((r) => r.method === 'POST')!.body).toEqual({ amount: 25050, method: 'mobile_money', reference: 'MP-1' });
    expect(screen.getByRole('link', { name: 'Print the receipt' }).getAttribute('href')).toBe('/fees/invoices/inv1/receipts/p2');
    // The invoice is read again: the new receipt is listed.
    expect(await screen.findByRole('link', { name: 'RCT-2026-00007' }, slow)).toBeTruthy();
  });

  it('says in money what is left when someone else was paid meanwhile', async () => {
    open();
    fireEvent.click(await screen.findByRole('button', { name: 'Record payment' }, slow));
    const form = screen.getByRole('form', { name: 'Record payment' });
    fireEvent.change(within(form).getByLabelText('Amount (USD)'), { target: { value: '500' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record payment' }));
    expect((await within(form).findAllByText('Only $400.00 is still owed', {}, slow)).length).toBeGreaterThan(0);
    expect(within(form).getByLabelText('Amount (USD)').getAttribute('aria-invalid')).toBe('true');
  });

  it('offers no payment to a parent', async () => {
    open('parent');
    await screen.findByRole('heading', { name: 'Invoice INV-2026-00001' }, slow);
    expect(screen.queryByRole('button', { name: 'Record payment' })).toBeNull();
  });
});
