// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../../lib/query';
import { api } from '../../lib/api';
import { fakeApi } from '../../test/fake-api';
import { AccountCell } from './AccountCell';

const URL_PATH = '/accept-invitation?school=demo&token=fresh-token-fresh-token';

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'POST /api/guardians/g1/account': (req) => {
      const { email } = req.body as { email: string };
      if (!email.includes('@'))
        return [
          400,
          { message: 'Invalid input', error: 'VALIDATION_ERROR', details: [{ path: 'email', message: 'Invalid email address' }] },
        ];
      return [201, { userId: 'u9', url: URL_PATH, expiresAt: '2026-12-09T10:00:00.000Z' }];
    },
    'GET /api/users': (req) => {
      const ids = String(req.query.ids ?? '').split(',');
      const all = [
        { id: 'u1', name: 'Amani Otieno', email: 'amani@family.test', role: 'parent', status: 'active' },
        {
          id: 'u2',
          name: 'Baraka Otieno',
          email: 'baraka@family.test',
          role: 'parent',
          status: 'invited',
          invitation: { state: 'expired', expiresAt: '2026-11-01T10:00:00.000Z', lastSentAt: '2026-10-25T10:00:00.000Z', delivery: 'sent' },
        },
      ];
      return [200, { data: all.filter((u) => ids.includes(u.id)), page: 1, limit: 100, total: 1, totalPages: 1 }];
    },
    'POST /api/teachers/t1/account': (req) => [201, { userId: 'u8', url: URL_PATH, expiresAt: '2026-12-09T10:00:00.000Z', echo: req.body }],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
beforeEach(() => server.seen.splice(0));
afterEach(cleanup);

const show = (props: Partial<Parameters<typeof AccountCell>[0]> = {}) =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <AccountCell endpoint="/guardians" id="g1" name="Amani Otieno" userId={null} canManage {...props} />
      </MemoryRouter>
    </QueryClientProvider>,
  );

describe('sign-in account of a guardian or teacher record', () => {
  it("invites the record's own address in one click and shows the link to copy", async () => {
    show({ email: 'amani@family.test' });
    fireEvent.click(screen.getByRole('button', { name: 'Invite to sign in' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Invited, link expires/);
    const link = screen.getByLabelText('Invitation link for Amani Otieno') as HTMLInputElement;
    expect(link.value).toBe(new URL(URL_PATH, window.location.origin).toString());
    expect(server.seen.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/api/guardians/g1/account', { email: 'amani@family.test' }],
    ]);
  });

  it('asks for an address when the record has none, and shows the refusal of a bad one', async () => {
    show({ endpoint: '/guardians' });
    fireEvent.click(screen.getByRole('button', { name: 'Invite…' }));
    fireEvent.change(screen.getByLabelText('Email to invite Amani Otieno'), { target: { value: 'not-an-address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Invalid email address');
    fireEvent.change(screen.getByLabelText('Email to invite Amani Otieno'), { target: { value: 'amani@family.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it('shows an active account, an expired invitation with Resend, and nothing to manage for someone who cannot', async () => {
    show({ userId: 'u1' });
    expect(await screen.findByText('Active (amani@family.test)')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    show({ userId: 'u2' });
    expect(await screen.findByText(/^Expired/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resend' })).toBeTruthy();
    expect(server.seen.filter((r) => r.method === 'GET').map((r) => r.query.ids)).toEqual(['u1', 'u2']);
    cleanup();
    show({ canManage: false, email: 'amani@family.test' });
    expect(screen.getByText('No account')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
