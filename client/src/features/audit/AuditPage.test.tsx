// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { fakeApi, page } from '../../test/fake-api';
import { chooseLanguage } from '../../i18n';
import { AuditPage } from './AuditPage';

const entries = [
  {
    id: 'a1',
    at: '2026-12-07T09:30:00.000Z',
    actorId: 'u1',
    actorName: 'Ada Admin',
    action: 'payment',
    model: 'Invoice',
    recordId: 'i1',
    recordName: 'INV-2026-00001',
    fields: ['paid', 'balance'],
    ip: '127.0.0.1',
  },
  {
    id: 'a2',
    at: '2026-12-07T09:00:00.000Z',
    actorId: null,
    actorName: null,
    action: 'frobnicate',
    model: 'Widget',
    recordId: null,
    recordName: null,
    fields: [],
    ip: '',
  },
];

const slow = { timeout: 8000 };
let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({ 'GET /api/audit': () => [200, page(entries)] });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(cleanup);

const open = () =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <AuditPage />
    </QueryClientProvider>,
  );
const rows = async () =>
  (await screen.findAllByRole('row', {}, slow)).slice(1).map((r) =>
    within(r)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  );

describe('the audit log', () => {
  it('names actions and kinds of record in words, and an unknown code as it is', async () => {
    open();
    const [paid, unknown] = await rows();
    expect(paid?.slice(1, 4)).toEqual(['Ada Admin', 'Recorded a payment', 'Invoice INV-2026-00001']);
    expect(unknown?.slice(1, 4)).toEqual(['the system', 'frobnicate', 'Widget ']);
    expect(screen.getByRole('combobox', { name: 'Action' })).toBeTruthy();
  });

  it('is in Arabic when Arabic is shown, filters by actions named in Arabic', async () => {
    await chooseLanguage('ar');
    try {
      open();
      const [paid, unknown] = await rows();
      expect(paid?.slice(1, 4)).toEqual(['Ada Admin', 'تسجيل دفعة', 'فاتورة INV-2026-00001']);
      expect(unknown?.[1]).toBe('النظام');
      const actions = screen.getByRole('combobox', { name: 'الإجراء' });
      expect(within(actions).getByRole('option', { name: 'حذف' }).getAttribute('value')).toBe('delete');
    } finally {
      await chooseLanguage(null);
    }
  });
});
