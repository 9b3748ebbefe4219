// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { platformApi, platformSession } from '../../lib/platform-api';
import { fakeApi } from '../../test/fake-api';
import { renderConsole } from './render-console';

const counts = { sent: 0, delivered: 0, failed: 0, bounced: 0, dead: 0 };
const totals = { email: counts, sms: { ...counts, segments: 0 } };
const inTenMinutes = () => new Date(Date.now() + 10 * 60_000).toISOString();
const fiveMinutesAgo = () => new Date(Date.now() - 5 * 60_000).toISOString();

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/superadmin/messages': () => [
      200,
      {
        queue: { schools: 2, depth: 3, failing: 1, oldestDueAt: fiveMinutesAgo() },
        since: '2026-11-26',
        totals,
        schools: [
          {
            tenantId: 'a',
            name: 'Retrying School',
            subdomain: 'a',
            queue: { depth: 1, failing: 1, dueAt: inTenMinutes(), heldUntil: null },
            last7Days: totals,
            failures: 1,
          },
          {
            tenantId: 'b',
            name: 'Late School',
            subdomain: 'b',
            queue: { depth: 2, failing: 0, dueAt: fiveMinutesAgo(), heldUntil: null },
            last7Days: totals,
            failures: 0,
          },
        ],
      },
    ],
  });
  server.attach(platformApi, '/api/superadmin');
  platformSession.set({ accessToken: 'operator-token' });
});
afterAll(() => server.close());
afterEach(cleanup);

describe('platform console: messages', () => {
  it('says when a school is next due: ahead for one waiting to retry, behind for one that is late', async () => {
    renderConsole('/superadmin/messages');
    const retrying = (await screen.findByRole('link', { name: 'Retrying School' }, { timeout: 5000 })).closest('tr')!;
    expect(within(retrying).getByText(/^in 10 min/)).toBeTruthy();
    const late = screen.getByRole('link', { name: 'Late School' }).closest('tr')!;
    expect(within(late).getByText(/^5 min\.? ago/)).toBeTruthy();
  });
});
