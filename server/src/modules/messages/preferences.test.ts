import request from 'supertest';
import { DateTime } from 'luxon';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { runForTenant } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { quietUntil } from './preferences.js';
import { unsubscribeToken } from './unsubscribe-token.js';
import type { MessageCategory } from './kinds.js';

let t: TestPlatform;
let school: TenantRecord;
let other: TenantRecord;
let parent: { accessToken: string; user: { id: string } };
let teacher: { accessToken: string; user: { id: string } };

const prefs = (token: string) => t.as('prf', token).get('/api/me/message-preferences').expect(200);
const put = (token: string, body: object) => t.as('prf', token).put('/api/me/message-preferences', body);
const tokenFor = (tenant: TenantRecord, userId: string, category: MessageCategory) =>
  runForTenant(t.platform.connections, tenant, async () => unsubscribeToken(userId, category));
const unsubscribe = (token: string, school = 'prf') =>
  request(t.app)
    .post(`/api/public/unsubscribe?token=${encodeURIComponent(token)}`)
    .set('X-Tenant-ID', school)
    .type('form')
    .send('List-Unsubscribe=One-Click');

beforeAll(async () => {
  t = await startTestPlatform();
  school = await t.school('prf', { schoolConfig: { timeZone: 'Pacific/Auckland' } });
  other = await t.school('prf-other');
  const admin = (await t.login('prf')).accessToken;
  parent = await t.userWithRole('prf', 'parent', admin);
  teacher = await t.userWithRole('prf', 'teacher', admin);
});
afterAll(() => t.close());

describe('message preferences (GET/PUT /api/me/message-preferences)', () => {
  it('start at the defaults: every category by email, SMS for absences only, no quiet hours', async () => {
    const res = await prefs(parent.accessToken);
    expect(res.body).toEqual({
      categories: {
        absence: { email: true, sms: true },
        fees: { email: true, sms: false },
        results: { email: true, sms: false },
        announcements: { email: true, sms: false },
      },
      quietHours: null,
      timeZone: 'Pacific/Auckland',
      smsAvailable: false,
    });
  });

  it('change channel by channel, for the signed-in account only', async () => {
    await put(parent.accessToken, { categories: { fees: { sms: true } }, quietHours: { start: '22:00', end: '07:00' } }).expect(200);
    const mine = (await prefs(parent.accessToken)).body;
    expect(mine.categories.fees).toEqual({ email: true, sms: true });
    expect(mine.quietHours).toEqual({ start: '22:00', end: '07:00' });
    expect((await prefs(teacher.accessToken)).body.categories.fees).toEqual({ email: true, sms: false });
  });

  it.each([
    ['an unknown category', { categories: { gossip: { email: false } } }, 'categories'],
    ['account messages (they cannot be turned off)', { categories: { account: { email: false } } }, 'categories'],
    ['a time that is not HH:mm', { quietHours: { start: '25:00', end: '07:00' } }, 'quietHours.start'],
    ['equal start and end', { quietHours: { start: '07:00', end: '07:00' } }, 'quietHours.end'],
    ['a channel that is not a boolean', { categories: { fees: { email: 'no' } } }, 'categories.fees.email'],
  ])('refuse %s: 400 naming the field, nothing changed', async (_what, body, path) => {
    const before = (await prefs(parent.accessToken)).body;
    const res = await put(parent.accessToken, body).expect(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
    expect((await prefs(parent.accessToken)).body).toEqual(before);
  });

  it('need a signed-in user', async () => {
    await request(t.app).get('/api/me/message-preferences').set('X-Tenant-ID', 'prf').expect(401);
  });
});

describe('quiet hours 22:00–07:00 in Pacific/Auckland', () => {
  const quiet = { start: '22:00', end: '07:00' };
  const zone = 'Pacific/Auckland';
  const utc = (iso: string) => new Date(iso);

  it('hold a message written at 23:30 local until 07:00 the next morning (NZDT, UTC+13)', () => {
    const now = DateTime.fromISO('2026-12-02T23:30', { zone }).toJSDate();
    expect(quietUntil(quiet, now, zone)).toEqual(utc('2026-12-02T18:00:00Z'));
  });

  it('hold one written at 03:00 until 07:00 the same morning', () => {
    const now = DateTime.fromISO('2026-12-03T03:00', { zone }).toJSDate();
    expect(quietUntil(quiet, now, zone)).toEqual(utc('2026-12-02T18:00:00Z'));
  });

  it('end at 07:00 local across the change to daylight saving (27 September 2026: UTC+12 at night, UTC+13 by morning)', () => {
    const now = DateTime.fromISO('2026-09-26T23:00', { zone }).toJSDate();
    expect(quietUntil(quiet, now, zone)).toEqual(utc('2026-09-26T18:00:00Z'));
  });

  it('let a message written at 07:00 or in the day go at once', () => {
    for (const at of ['2026-12-03T07:00', '2026-12-03T12:00', '2026-12-03T21:59']) {
      expect(quietUntil(quiet, DateTime.fromISO(at, { zone }).toJSDate(), zone)).toBeUndefined();
    }
    expect(quietUntil(null, new Date(), zone)).toBeUndefined();
  });
});

describe('one-click unsubscribe (POST /api/public/unsubscribe?token=)', () => {
  it('turns that category off by email for that account, without signing in; the rest stays', async () => {
    const token = await tokenFor(school, parent.user.id, 'announcements');
    // The landing page's GET shows what it would turn off and changes nothing.
    const shown = await request(t.app).get(`/api/public/unsubscribe?token=${token}`).set('X-Tenant-ID', 'prf').expect(200);
    expect(shown.body).toEqual({ category: 'announcements', school: 'School prf', email: true });
    expect((await prefs(parent.accessToken)).body.categories.announcements.email).toBe(true);

    const res = await unsubscribe(token).expect(200);
    expect(res.body).toEqual({ category: 'announcements', school: 'School prf', email: false });
    const after = (await prefs(parent.accessToken)).body;
    expect(after.categories.announcements).toEqual({ email: false, sms: false });
    expect(after.categories.fees).toEqual({ email: true, sms: true });
    expect(after.quietHours).toEqual({ start: '22:00', end: '07:00' });
    await unsubscribe(token).expect(200); // again: nothing more to do
  });

  it('refuses a forged, altered or other school’s token, or one for account messages: 400, nothing changed', async () => {
    const before = (await prefs(teacher.accessToken)).body;
    const genuine = await tokenFor(school, teacher.user.id, 'fees');
    const [payload, signature] = genuine.split('.');
    const otherUser = Buffer.from(`${school.id}.${parent.user.id}.fees`).toString('base64url');
    const forged = [
      `${payload}.${signature!.slice(0, -2)}AA`, // signature altered
      `${otherUser}.${signature}`, // someone else's account under this signature
      await tokenFor(other, teacher.user.id, 'fees'), // signed for another school
      await tokenFor(school, teacher.user.id, 'account'), // account mail cannot be unsubscribed
      'not-a-token',
    ];
    for (const token of forged) {
      const res = await unsubscribe(token).expect(400);
      expect(res.body).toMatchObject({ error: 'INVALID_UNSUBSCRIBE_TOKEN', details: [{ path: 'token' }] });
    }
    // A genuine token sent to another school is that school's to judge: refused too.
    await unsubscribe(genuine, 'prf-other').expect(400);
    expect((await prefs(teacher.accessToken)).body).toEqual(before);
    expect((await prefs(parent.accessToken)).body.categories.fees.email).toBe(true);
  });
});
