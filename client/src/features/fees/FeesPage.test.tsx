// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { api } from '../../lib/api';
import { fakeApi, page } from '../../test/fake-api';
import { FeesPage } from './FeesPage';

const invoice = {
  id: 'inv1',
  number: 'INV-0001',
  studentId: 's1',
  currency: 'USD',
  total: 120000,
  paid: 20000,
  balance: 100000,
  status: 'partially_paid',
  dueDate: '2026-09-30',
};

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/fees/invoices': () => [200, page([invoice])],
    'GET /api/fees/overdue': () => [200, { currency: 'USD', totalOverdue: 100000, invoices: [{ invoice, overdue: 100000 }] }],
    'POST /api/fees/invoices/inv1/payments': (req) => {
      const { amount } = req.body as { amount: number };
      // Another clerk has meanwhile recorded 600.00: only 400.00 is left.
      if (amount > 40000)
        return [
          400,
          { message: 'Invalid request', error: 'VALIDATION_ERROR', details: [{ path: 'amount', message: 'More than the balance' }] },
        ];
      return [201, { receiptNumber: 'RCT-2026-0007', amount }];
    },
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(cleanup);

const open = async () => {
  render(
    <MemoryRouter>
      <FeesPage />
    </MemoryRouter>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Record payment' }));
  return screen.getByRole('form', { name: 'Record payment' });
};

describe('recording a payment', () => {
  it('sends the amount in cents with the method, and shows the receipt number', async () => {
    const form = await open();
    expect((within(form).getByLabelText('Amount (USD)') as HTMLInputElement).value).toBe('1000.00');
    fireEvent.change(within(form).getByLabelText('Amount (USD)'), { target: { value: '250.50' } });
    fireEvent.change(within(form).getByLabelText('Method'), { target: { value: 'mobile_money' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record payment' }));
    expect(await screen.findByText('Payment recorded: receipt RCT-2026-0007.')).toBeTruthy();
    expect(server.seen.find((r) => r.method === 'POST')!.body).toEqual({ amount: 25050, method: 'mobile_money' });
  });

  it("shows the API's refusal at the amount", async () => {
    const form = await open();
    fireEvent.change(within(form).getByLabelText('Amount (USD)'), { target: { value: '500' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record payment' }));
    expect(await within(form).findByText('More than the balance')).toBeTruthy();
    expect(within(form).getByLabelText('Amount (USD)').getAttribute('aria-invalid')).toBe('true');
  });
});
