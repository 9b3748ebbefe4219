// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { api } from '../../lib/api';
import { fakeApi, page } from '../../test/fake-api';
import { SchoolTimeZone } from '../../lib/school-time';
import { DeliveryLogPage } from './DeliveryLogPage';

const base = {
  category: 'announcements',
  userId: null,
  nextAttemptAt: null,
  segments: 0,
  createdAt: '2026-12-01T08:00:00.000Z',
  sentAt: null,
  deliveredAt: null,
};
const dead = {
  ...base,
  id: 'm1',
  kind: 'absence',
  channel: 'email',
  to: 'amina.parent@family.test',
  toName: 'Amina Otieno',
  state: 'dead',
  attempts: 8,
  lastError: 'E550: mailbox unavailable',
  resendable: true,
};
const sent = {
  ...base,
  id: 'm2',
  kind: 'fee_due',
  channel: 'sms',
  to: '+254712345678',
  toName: 'Brian Kamau',
  state: 'sent',
  attempts: 1,
  lastError: null,
  sentAt: '2026-12-01T08:00:05.000Z',
  resendable: false,
};
const expired = {
  ...base,
  id: 'm3',
  kind: 'invitation',
  channel: 'email',
  to: 'new.teacher@school.test',
  toName: 'New Teacher',
  state: 'bounced',
  attempts: 1,
  lastError: 'bounced',
  resendable: false,
};

const failing = {
  ...base,
  id: 'm4',
  kind: 'password_reset',
  channel: 'email',
  to: 'teacher@school.test',
  toName: 'Tomas Teacher',
  state: 'failed',
  attempts: 2,
  lastError: 'SMTP_ESOCKET: the mail server could not be reached or did not answer',
  nextAttemptAt: '2026-12-01T08:05:00.000Z',
  resendable: true,
};

let resent = false;
let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/messages': (req) => {
      if (req.query.state === 'sent') return [200, page([sent])];
      if (req.query.state === 'bounced') return [200, page([])];
      if (req.query.state === 'failed') return [200, page([failing])];
      return [200, page([resent ? { ...dead, state: 'queued', attempts: 0, lastError: null, resendable: false } : dead, sent, expired])];
    },
    'POST /api/messages/m1/resend': () => {
      resent = true;
      return [200, { ...dead, state: 'queued', attempts: 0, lastError: null, resendable: false }];
    },
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(cleanup);

const show = () =>
  render(
    <MemoryRouter>
      <SchoolTimeZone zone="Pacific/Auckland">
        <DeliveryLogPage />
      </SchoolTimeZone>
    </MemoryRouter>,
  );

describe('delivery log', () => {
  it('shows each message with its recipient, state, attempts and last error', async () => {
    show();
    const row = (await screen.findByText('Amina Otieno')).closest('tr')!;
    expect(within(row).getByText('Gave up')).toBeTruthy();
    expect(within(row).getByText('8')).toBeTruthy();
    expect(within(row).getByText('E550: mailbox unavailable')).toBeTruthy();
    expect(within(row).getByText(/amina.parent@family.test/)).toBeTruthy();
    // Resend only where the server would take it: not on a sent message, not on an expired invitation.
    const smsRow = screen.getByText('Brian Kamau').closest('tr')!;
    expect(within(smsRow).queryByRole('button', { name: /Resend/ })).toBeNull();
    const invitationRow = screen.getByText('New Teacher').closest('tr')!;
    expect(within(invitationRow).queryByRole('button', { name: /Resend/ })).toBeNull();
    expect(within(invitationRow).getByText(/send a new invitation/)).toBeTruthy();
  });

  it('resends a message through its own URL and shows it queued again', async () => {
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Resend to Amina Otieno' }));
    expect(await screen.findByText(/Queued again: absence alert to Amina Otieno/)).toBeTruthy();
    const posts = server.seen.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).toEqual(['/api/messages/m1/resend']);
    await waitFor(() => {
      const row = within(screen.getByRole('table')).getByText('Amina Otieno').closest('tr')!;
      expect(within(row).getByText('Queued')).toBeTruthy();
      expect(within(row).queryByRole('button', { name: /Resend/ })).toBeNull();
    });
  });

  it('sends the chosen filters to the API', async () => {
    show();
    await screen.findByText('Amina Otieno');
    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'sent' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    await waitFor(() => expect(screen.queryByText('Amina Otieno')).toBeNull());
    expect(screen.getByText('Brian Kamau')).toBeTruthy();
    const last = server.seen.filter((r) => r.method === 'GET').at(-1)!;
    expect(last.query).toMatchObject({ state: 'sent', page: '1', limit: '50' });
  });

  it('says when a failed message is tried again, and what each state means', async () => {
    show();
    await screen.findByText('Amina Otieno');
    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'failed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    const row = (await screen.findByText('Tomas Teacher')).closest('tr')!;
    // 08:05 UTC is 21:05 in Auckland (UTC+13 in December): the school's time, as its emails say.
    expect(within(row).getByText(/next try/).textContent).toMatch(/9:05\sPM|21:05/);
    expect(within(row).getAllByText(/Dec 1, 2026|1 Dec 2026/).length).toBeGreaterThan(0);
    expect(screen.getByText(/Times are the school's \(Pacific\/Auckland\)/)).toBeTruthy();
    const legend = screen.getByText('What the states mean').closest('details')!;
    expect(within(legend).getByText('Gave up').nextElementSibling!.textContent).toMatch(/no longer tried.*resend/);
  });

  it('says when nothing matches the filters, and shows everything again on request', async () => {
    show();
    await screen.findByText('Amina Otieno');
    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'bounced' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    expect(await screen.findByText(/No messages match these filters/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all messages' }));
    expect(await screen.findByText('Amina Otieno')).toBeTruthy();
    expect((screen.getByLabelText('State') as HTMLSelectElement).value).toBe('');
  });
});
