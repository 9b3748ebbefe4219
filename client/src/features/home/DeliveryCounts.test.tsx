// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClientProvider } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { createQueryClient } from '../../lib/query';
import { fakeApi } from '../../test/fake-api';
import { DeliveryCounts } from './DeliveryCounts';

const none = { queued: 0, sending: 0, sent: 0, delivered: 0, failed: 0, bounced: 0, dead: 0, cancelled: 0, suppressed: 0 };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  // Nothing failed, but an SMS waits (no provider yet): the admin still needs a way to see why.
  server = await fakeApi({
    'GET /api/messages/summary': () => [
      200,
      { since: '2026-11-26T00:00:00.000Z', total: 4, problems: 0, byChannel: { email: { ...none, sent: 3 }, sms: { ...none, queued: 1 } } },
    ],
  });
  server.attach(api, '/api');
});
afterAll(() => server.close());
afterEach(cleanup);

const show = (canOpenLog: boolean) =>
  render(
    <MemoryRouter>
      <QueryClientProvider client={createQueryClient()}>
        <DeliveryCounts canOpenLog={canOpenLog} />
      </QueryClientProvider>
    </MemoryRouter>,
  );

describe('delivery counts on the dashboard', () => {
  it('shows sent and waiting per channel, with the way to the delivery log even when nothing failed', async () => {
    show(true);
    const sms = (await screen.findByRole('rowheader', { name: 'SMS' })).closest('tr')!;
    expect(
      within(sms)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '1', '0']);
    expect(screen.getByRole('link', { name: 'Open the delivery log' }).getAttribute('href')).toBe('/messages');
  });

  it('offers no link to someone who cannot open the log', async () => {
    show(false);
    await screen.findByRole('rowheader', { name: 'SMS' });
    expect(screen.queryByRole('link')).toBeNull();
  });
});
