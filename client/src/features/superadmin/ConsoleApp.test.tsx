// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { platformApi, platformSession } from '../../lib/platform-api';
import { fakeApi, page } from '../../test/fake-api';
import { renderConsole } from './render-console';

const limits = { maxStudents: 500, maxTeachers: 50, maxStorageMb: 1024, requestsPerMinute: 600 };
const school = {
  id: 's1',
  name: 'Alpha Academy',
  subdomain: 'alpha',
  customDomain: null,
  status: 'active',
  active: true,
  statusReason: null,
  purgeAt: null,
  trialEndsAt: null,
  schoolConfig: {},
  databaseConfig: { databaseName: 'school_alpha', dedicated: false },
  features: { parentPortal: true },
  theme: {},
  subscription: { plan: 'standard', status: 'active' },
  limits,
  createdAt: '2026-11-02T10:00:00.000Z',
};
const counts = { sent: 0, delivered: 0, failed: 0, bounced: 0, dead: 0 };

let server: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  server = await fakeApi({
    'GET /api/superadmin/overview': () => [
      200,
      { schools: 1, byStatus: { active: 1 }, growth: [{ month: '2026-12', created: 1, total: 1 }], busiest: [] },
    ],
    'GET /api/superadmin/tenants': () => [200, page([school])],
    'GET /api/superadmin/tenants/s1': () => [200, school],
    'GET /api/superadmin/tenants/s1/status-history': () => [200, { data: [] }],
    'GET /api/superadmin/audit': () => [200, page([])],
    'GET /api/superadmin/messages': () => [
      200,
      {
        queue: { schools: 0, depth: 0, failing: 0, oldestDueAt: null },
        since: '2026-11-30',
        totals: { email: counts, sms: { ...counts, segments: 0 } },
        schools: [],
      },
    ],
  });
  server.attach(platformApi, '/api/superadmin');
  platformSession.set({ accessToken: 'operator-token' });
});
afterAll(() => server.close());
afterEach(cleanup);

const address = () => screen.getByTestId('address').textContent;

describe('console addresses', () => {
  it.each([
    ['/superadmin', 'Overview'],
    ['/superadmin/schools', 'Schools'],
    ['/superadmin/schools/new', 'New school · step 1 of 3'],
    ['/superadmin/schools/s1', 'Alpha Academy'],
    ['/superadmin/messages', 'Messages'],
    ['/superadmin/no-such-page', 'Page not found'],
  ])('%s opens its page', async (at, heading) => {
    renderConsole(at);
    expect(await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 5000 })).toBeTruthy();
  });

  it('counts the schools in a link to their list, the count in the plural it needs', async () => {
    renderConsole('/superadmin');
    fireEvent.click(await screen.findByRole('link', { name: '1 school' }, { timeout: 5000 }));
    await waitFor(() => expect(address()).toBe('/superadmin/schools'));
  });

  it("opens a school's page by its address from the list, with the list's filters kept in the list's address", async () => {
    renderConsole('/superadmin/schools');
    fireEvent.change(await screen.findByLabelText('Status', {}, { timeout: 5000 }), { target: { value: 'active' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    await waitFor(() => expect(address()).toBe('/superadmin/schools?status=active'));
    await waitFor(() => expect(server.seen.at(-1)?.query).toMatchObject({ status: 'active', sort: '-createdAt' }));
    fireEvent.click(await screen.findByRole('link', { name: 'Alpha Academy' }, { timeout: 5000 }));
    await waitFor(() => expect(address()).toBe('/superadmin/schools/s1'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Alpha Academy' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Schools' }).className).toBe('active');
  });
});
