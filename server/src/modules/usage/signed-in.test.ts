import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { RequestCounter } from './request-counter.js';
import { recordUsageDay } from './usage.service.js';

let t: TestPlatform;
let root: string;
let id: string;
let otherId: string;

beforeAll(async () => {
  t = await startTestPlatform();
  root = await t.superAdmin();
  id = (await t.school('signed-a')).id;
  otherId = (await t.school('signed-b')).id;
});
afterAll(() => t.close());

const usage = async (school: string) =>
  (await request(t.app).get(`/api/superadmin/tenants/${school}/usage`).set(bearer(root)).expect(200)).body as {
    activeUsersToday: number;
    signedIn: { day: string; accounts: number }[];
    history: { day: string; activeUsers: number }[];
  };
const today = () => new Date().toISOString().slice(0, 10);
const deps = () => ({ db: t.platform.db, connections: t.platform.connections, requests: t.platform.requests });

describe('accounts signed in per day', () => {
  it("counts the day's sign-ins as they happen, each account once, though the day's snapshot was taken before them", async () => {
    // The lifecycle job runs soon after the server starts: its snapshot of the day comes before the day's sign-ins.
    await recordUsageDay(deps());
    const admin = (await t.login('signed-a')).accessToken;
    const teacher = await t.userWithRole('signed-a', 'teacher', admin);
    await t.userWithRole('signed-a', 'parent', admin);
    // Dozens of sign-ins of the same three accounts.
    for (let i = 0; i < 12; i++) await t.login('signed-a', (teacher.user as unknown as { email: string }).email);
    for (let i = 0; i < 12; i++) await t.login('signed-a');

    let u = await usage(id);
    expect(u.activeUsersToday).toBe(3);
    expect(u.signedIn).toHaveLength(30);
    expect(u.signedIn.at(-1)).toEqual({ day: today(), accounts: 3 });
    // Written to the database, the counts neither double nor go.
    await t.platform.requests.flush();
    u = await usage(id);
    expect(u.signedIn.at(-1)).toEqual({ day: today(), accounts: 3 });
    // The next snapshot agrees; the other school signed in no one.
    await recordUsageDay(deps());
    u = await usage(id);
    expect(u.history.find((h) => h.day === today())?.activeUsers).toBe(3);
    expect((await usage(otherId)).signedIn.at(-1)).toEqual({ day: today(), accounts: 0 });
  });

  it('counts an account whose session goes on from an earlier day, and one seen by two servers once', async () => {
    const admin = (await t.login('signed-b')).accessToken;
    await t.platform.requests.flush();
    const teacher = await t.userWithRole('signed-b', 'teacher', admin);
    // Another API instance saw the admin and the teacher too (tokens are valid on every instance).
    const other = new RequestCounter(t.platform.db.RequestCount, 60_000, t.platform.db.AccountDay);
    other.signedIn(otherId, teacher.user.id);
    const adminId = (await t.as('signed-b', admin).get('/api/auth/me').expect(200)).body.user.id as string;
    other.signedIn(otherId, adminId);
    await other.flush();
    expect((await usage(otherId)).signedIn.at(-1)).toEqual({ day: today(), accounts: 2 });
    await t.platform.requests.flush();
    // Its write of the same account-days was refused as duplicates and is not kept for another try.
    expect(t.platform.requests.pendingAccounts(otherId)).toEqual([]);
    expect((await usage(otherId)).signedIn.at(-1)).toEqual({ day: today(), accounts: 2 });

    // Yesterday's session, used today without signing in again, counts today.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    other.signedIn(otherId, adminId, yesterday);
    await other.flush();
    const u = await usage(otherId);
    expect(u.signedIn.at(-2)).toEqual({ day: yesterday, accounts: 1 });
    expect(u.activeUsersToday).toBe(2);
  });
});
