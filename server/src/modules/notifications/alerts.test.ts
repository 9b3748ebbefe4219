import { DateTime } from 'luxon';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { OutboxModel } from '../messages/outbox.schema.js';
import { NotificationModel } from './notification.schema.js';

/**
 * Alerts reach people through the outbox: an in-app notification and, per
 * channel the person wants, a queued message (the worker sends it; here we
 * read what it would send). School `alrt` sends SMS, reads phones in Kenya and
 * dates in Auckland.
 */
let t: TestPlatform;
let school: TenantRecord;
let admin: ReturnType<TestPlatform['as']>;
let sectionA: string;
let classA: string;
let classB: string;
let kid: string;
let parentWithPhone: { token: string; userId: string };
let parentNoPhone: { userId: string };
let parentB: { userId: string };

const outbox = (filter: Record<string, unknown> = {}) =>
  runForTenant(t.platform.connections, school, () => tenantModel(OutboxModel).find(filter).sort({ createdAt: 1 }).lean());
const notifications = (filter: Record<string, unknown> = {}) =>
  runForTenant(t.platform.connections, school, () => tenantModel(NotificationModel).find(filter).lean());
const markAbsent = (date: string, studentId = kid) =>
  admin.put(`/api/attendance/sections/${sectionA}/${date}`, { marks: [{ studentId, status: 'absent' }] }).expect(200);

async function guardian(first: string, email: string, phone?: string) {
  const g = (
    await admin
      .post('/api/guardians', { firstName: first, lastName: 'Family', account: { email }, ...(phone ? { contact: { phone } } : {}) })
      .expect(201)
  ).body;
  const token = await t.acceptInvitation('alrt', g.invitation, email);
  return { id: g.id as string, userId: g.userId as string, token, phone: g.contact.phone as string | undefined };
}

beforeAll(async () => {
  // A platform with an SMS provider (nothing is delivered here: no worker runs in this file).
  t = await startTestPlatform({
    SMS_PROVIDER: 'webhook',
    SMS_WEBHOOK_URL: 'http://127.0.0.1:9/sms',
    SMS_WEBHOOK_SECRET: 'alerts-test-webhook-secret',
  });
  school = await t.school('alrt', { features: { smsNotifications: true, parentPortal: true } });
  const token = (await t.login('alrt')).accessToken;
  admin = t.as('alrt', token);
  await admin.patch('/api/settings', { schoolConfig: { timeZone: 'Pacific/Auckland', country: 'KE' } }).expect(200);
  const year = await t.setUpYear('alrt', token, { start: '2020-09-01', end: '2030-07-01' });
  classA = year.classId;
  sectionA = year.sectionId;
  const b = (
    await admin
      .post('/api/classes', { name: '1B', academicYearId: year.yearId, gradeLevelId: year.gradeId, sections: [{ name: 'B' }] })
      .expect(201)
  ).body;
  classB = b.id;
  const withPhone = await guardian('Amani', 'amani@alrt.test', '0712 345 678');
  expect(withPhone.phone).toBe('+254712345678'); // read in the school's country, stored in E.164
  const noPhone = await guardian('Baraka', 'baraka@alrt.test');
  const other = await guardian('Chege', 'chege@alrt.test', '0722 000 111');
  parentWithPhone = withPhone;
  parentNoPhone = noPhone;
  parentB = other;
  kid = (
    await admin
      .post('/api/students', {
        firstName: 'Zawadi',
        lastName: 'Family',
        classId: classA,
        sectionId: sectionA,
        guardianIds: [withPhone.id, noPhone.id],
      })
      .expect(201)
  ).body.id;
  await admin
    .post('/api/students', {
      firstName: 'Jabari',
      lastName: 'Family',
      classId: classB,
      sectionId: b.sections[0].id,
      guardianIds: [other.id],
    })
    .expect(201);
});
afterAll(() => t.close());

describe('an absence alert', () => {
  it('gives each guardian account one in-app notification and one email, and an SMS to the guardian with a phone; marking again adds nothing', async () => {
    await markAbsent('2026-03-02');
    const messages = await outbox({ kind: 'absence' });
    expect(messages.map((m) => [m.userId?.toString(), m.channel, m.to, m.state]).sort()).toEqual(
      [
        [parentNoPhone.userId, 'email', 'baraka@alrt.test', 'queued'],
        [parentWithPhone.userId, 'email', 'amani@alrt.test', 'queued'],
        [parentWithPhone.userId, 'sms', '+254712345678', 'queued'],
      ].sort(),
    );
    expect(messages[0]!.vars).toMatchObject({ student: 'Zawadi Family', date: '2026-03-02' });
    // The day as a parent reads it, not as the database stores it.
    expect(messages[0]!.vars).toMatchObject({ body: expect.stringContaining('on Monday 2 March 2026.') });
    expect(await notifications({ kind: 'absence' })).toHaveLength(2);
    // The school is on the platform's queue of schools with messages due.
    expect(await t.platform.db.MessageQueue.exists({ _id: school.id })).toBeTruthy();

    await markAbsent('2026-03-02');
    expect(await outbox({ kind: 'absence' })).toHaveLength(3);
    expect(await notifications({ kind: 'absence' })).toHaveLength(2);
    // Nothing for the other class's family.
    expect(await outbox({ kind: 'absence', userId: parentB.userId })).toHaveLength(0);
  });

  it('is suppressed by email (kept in the log, never sent) and not written by SMS when the guardian turned absences off', async () => {
    const me = t.as('alrt', parentWithPhone.token);
    await me.put('/api/me/message-preferences', { categories: { absence: { email: false, sms: false } } }).expect(200);
    await markAbsent('2026-03-03');
    const mine = await outbox({ kind: 'absence', userId: parentWithPhone.userId, 'vars.date': '2026-03-03' });
    expect(mine.map((m) => [m.channel, m.state])).toEqual([['email', 'suppressed']]);
    // The in-app notification still comes; the other guardian's email is unaffected.
    expect(await notifications({ userId: parentWithPhone.userId, key: `absence:${kid}:2026-03-03` })).toHaveLength(1);
    expect((await outbox({ userId: parentNoPhone.userId, 'vars.date': '2026-03-03' })).map((m) => m.state)).toEqual(['queued']);
    await me.put('/api/me/message-preferences', { categories: { absence: { email: true, sms: true } } }).expect(200);
  });

  it('waits for the end of the guardian’s quiet hours by SMS, in the school’s time zone; email goes at once', async () => {
    // Quiet hours around the present moment in Auckland, so the SMS written now must wait for their end.
    const local = DateTime.now().setZone('Pacific/Auckland');
    const hhmm = (d: DateTime) => d.toFormat('HH:mm');
    const quiet = { start: hhmm(local.minus({ hours: 1 })), end: hhmm(local.plus({ hours: 2 })) };
    await t.as('alrt', parentWithPhone.token).put('/api/me/message-preferences', { quietHours: quiet }).expect(200);
    const before = Date.now();
    await markAbsent('2026-03-04');
    const [email, sms] = ['email', 'sms'].map(
      async (channel) => (await outbox({ userId: parentWithPhone.userId, channel, 'vars.date': '2026-03-04' }))[0]!,
    );
    let end = local.set({ hour: Number(quiet.end.slice(0, 2)), minute: Number(quiet.end.slice(3)), second: 0, millisecond: 0 });
    if (end <= local) end = end.plus({ days: 1 });
    expect((await sms).nextAttemptAt.toISOString()).toBe(end.toUTC().toISO({ suppressMilliseconds: false }));
    expect((await email).nextAttemptAt.getTime()).toBeLessThan(before + 60_000);
    await t.as('alrt', parentWithPhone.token).put('/api/me/message-preferences', { quietHours: null }).expect(200);
  });
});

describe('an announcement', () => {
  it('by email reaches its class’s families only, and not the author', async () => {
    const res = await admin
      .post('/api/announcements', { title: 'Trip', body: 'Bring lunch', audience: 'class', classId: classA, channels: ['email'] })
      .expect(201);
    expect(res.body.channels).toEqual(['email']);
    const sent = await outbox({ kind: 'announcement' });
    expect(sent.map((m) => m.to).sort()).toEqual(['amani@alrt.test', 'baraka@alrt.test']);
    expect(sent.every((m) => m.channel === 'email' && m.state === 'queued')).toBe(true);
    // Without channels: in the app only, as before.
    await admin.post('/api/announcements', { title: 'Quiet', body: 'x', audience: 'class', classId: classB }).expect(201);
    expect(await outbox({ kind: 'announcement' })).toHaveLength(2);
  });

  it('by SMS goes to those who asked for announcements by SMS, and is refused where the school sends no SMS', async () => {
    await t
      .as('alrt', parentWithPhone.token)
      .put('/api/me/message-preferences', { categories: { announcements: { sms: true } } })
      .expect(200);
    await admin.post('/api/announcements', { title: 'Closed', body: 'Snow', audience: 'school', channels: ['sms'] }).expect(201);
    expect((await outbox({ kind: 'announcement', channel: 'sms' })).map((m) => m.to)).toEqual(['+254712345678']);

    await t.school('alrt-nosms', { features: { smsNotifications: false } });
    const other = t.as('alrt-nosms', (await t.login('alrt-nosms')).accessToken);
    const refused = await other.post('/api/announcements', { title: 'x', body: 'y', audience: 'school', channels: ['sms'] }).expect(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ path: 'channels' })]);
    expect((await other.get('/api/announcements').expect(200)).body.total).toBe(0);
  });
});
