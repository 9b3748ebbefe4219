import request from 'supertest';
import { Types } from 'mongoose';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { decryptSecret, encryptSecret } from '../../lib/crypto.js';
import { issueSetPasswordLink } from '../users/invitation.js';
import { OutboxModel, type MessageState } from './outbox.schema.js';
import type { Channel, MessageKind } from './kinds.js';
import { CATEGORY_OF } from './kinds.js';

/**
 * What a school admin and a platform operator see of the messages: the
 * delivery log, resend, the dashboard's counts, the school's sender settings,
 * and the console's queue and failures per school. Messages are written in
 * their states directly (the worker is another module's).
 */
let t: TestPlatform;
let a: TenantRecord;
let b: TenantRecord;
let adminA: string;
let adminB: string;
const DAY = 86_400_000;

interface Seed {
  state: MessageState;
  channel?: Channel;
  kind?: MessageKind;
  to?: string;
  daysAgo?: number;
  secretPath?: string;
  vars?: Record<string, unknown>;
  lastError?: string;
  attempts?: number;
}

let n = 0;
async function seed(tenant: TenantRecord, m: Seed): Promise<string> {
  return runForTenant(t.platform.connections, tenant, async () => {
    const Outbox = tenantModel(OutboxModel);
    const kind = m.kind ?? 'announcement';
    const doc = await Outbox.create({
      key: `test:${++n}`,
      kind,
      category: CATEGORY_OF[kind],
      channel: m.channel ?? 'email',
      to: m.to ?? (m.channel === 'sms' ? '+447946095800' : `p${n}@family.test`),
      toName: `Person ${n}`,
      vars: m.vars ?? { title: 'T', body: 'B' },
      secret: m.secretPath ? encryptSecret(m.secretPath, t.platform.config.encryptionKey) : undefined,
      state: m.state,
      attempts: m.attempts ?? (m.state === 'queued' ? 0 : 3),
      lastError: m.lastError,
      nextAttemptAt: new Date(),
    });
    if (m.daysAgo) await Outbox.collection.updateOne({ _id: doc._id }, { $set: { createdAt: new Date(Date.now() - m.daysAgo * DAY) } });
    return doc._id.toString();
  });
}

const stateOf = (tenant: TenantRecord, id: string) =>
  runForTenant(t.platform.connections, tenant, async () => (await tenantModel(OutboxModel).findById(id).lean())!);

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.school('msg-a', { plan: 'premium' });
  b = await t.school('msg-b', { plan: 'premium' });
  adminA = (await t.login('msg-a')).accessToken;
  adminB = (await t.login('msg-b')).accessToken;
});
afterAll(() => t.close());

describe('delivery log', () => {
  it('lists messages with state, attempts and last error, never the sealed link, and filters them', async () => {
    const failed = await seed(a, { state: 'failed', to: 'log-failed@family.test', lastError: 'ECONNREFUSED: connection refused' });
    await seed(a, { state: 'sent', channel: 'sms', to: '+254712345678' });
    await seed(a, {
      state: 'queued',
      kind: 'password_reset',
      secretPath: '/reset-password?token=SECRET-TOKEN-1',
      vars: { name: 'X', expiresAt: '2099-01-01T00:00:00Z' },
    });
    const res = await t.as('msg-a', adminA).get('/api/messages?limit=100').expect(200);
    expect(res.text).not.toContain('SECRET-TOKEN');
    const rows = res.body.data as Record<string, unknown>[];
    const row = rows.find((r) => r.id === failed)!;
    expect(row).toMatchObject({
      to: 'log-failed@family.test',
      state: 'failed',
      attempts: 3,
      lastError: 'ECONNREFUSED: connection refused',
      resendable: true,
    });
    expect(rows.some((r) => 'secret' in r || 'vars' in r || 'key' in r)).toBe(false);

    const sms = (await t.as('msg-a', adminA).get('/api/messages?channel=sms&limit=100').expect(200)).body.data as { channel: string }[];
    expect(sms.length).toBeGreaterThan(0);
    expect(sms.every((r) => r.channel === 'sms')).toBe(true);
    const onlyFailed = (await t.as('msg-a', adminA).get('/api/messages?state=failed&limit=100').expect(200)).body.data as {
      state: string;
    }[];
    expect(onlyFailed.map((r) => r.state)).toEqual(onlyFailed.map(() => 'failed'));
    expect(onlyFailed.length).toBeGreaterThan(0);
    // From/to are days: a message of 10 days ago is outside the last two days.
    const old = await seed(a, { state: 'dead', daysAgo: 10 });
    const now = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    const recent = (await t.as('msg-a', adminA).get(`/api/messages?from=${yesterday}&to=${now}&limit=100`).expect(200)).body.data as {
      id: string;
    }[];
    expect(recent.map((r) => r.id)).toContain(failed);
    expect(recent.map((r) => r.id)).not.toContain(old);
    const bad = await t.as('msg-a', adminA).get('/api/messages?state=lost').expect(400);
    expect(bad.body.details[0].path).toBe('state');
    // Dates at the ends of the calendar are a 400 or an answer, never a 500.
    for (const q of ['from=9999-12-31&to=9999-12-31', 'from=0000-01-01', `from=${now}&to=${yesterday}`]) {
      const res = await t.as('msg-a', adminA).get(`/api/messages?${q}`);
      expect([200, 400]).toContain(res.status);
    }
    await t.as('msg-a', adminA).get(`/api/messages?from=${now}&to=${yesterday}`).expect(400);
  });

  it('exports the log as CSV with the same filters', async () => {
    await seed(a, { state: 'bounced', to: 'csv-bounced@family.test' });
    const res = await t.as('msg-a', adminA).get('/api/messages/export.csv?state=bounced').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const [header, ...lines] = res.text.trim().split('\r\n');
    expect(header).toContain('lastError');
    expect(header).not.toContain('secret');
    expect(lines.some((l) => l.includes('csv-bounced@family.test'))).toBe(true);
    expect(lines.every((l) => l.includes(',bounced,'))).toBe(true);
  });

  it('is refused to teachers, parents, students and staff', async () => {
    for (const role of ['teacher', 'parent', 'student', 'staff'] as const) {
      const token = (await t.userWithRole('msg-a', role, adminA)).accessToken;
      const res = await t.as('msg-a', token).get('/api/messages').expect(403);
      expect(res.body.error).toBe('FORBIDDEN');
      await t.as('msg-a', token).get('/api/messages/export.csv').expect(403);
    }
  });

  it("answers 404 for another school's message, to read or to resend, and leaves it as it was", async () => {
    const theirs = await seed(b, { state: 'failed' });
    const get = await t.as('msg-a', adminA).get(`/api/messages/${theirs}`).expect(404);
    expect(get.body).toEqual({ message: expect.any(String), error: 'NOT_FOUND' });
    await t.as('msg-a', adminA).post(`/api/messages/${theirs}/resend`).expect(404);
    expect((await stateOf(b, theirs)).state).toBe('failed');
    await t.as('msg-b', adminB).get(`/api/messages/${theirs}`).expect(200);
  });
});

describe('resend', () => {
  it('puts failed, dead and bounced messages back in the queue and signals the platform queue', async () => {
    for (const state of ['failed', 'dead', 'bounced'] as const) {
      await t.platform.db.MessageQueue.deleteOne({ _id: a.id });
      const id = await seed(a, { state, lastError: 'E550: mailbox unavailable', attempts: 5 });
      const before = Date.now();
      const res = await t.as('msg-a', adminA).post(`/api/messages/${id}/resend`).expect(200);
      expect(res.body).toMatchObject({ id, state: 'queued', attempts: 0, lastError: null });
      const stored = await stateOf(a, id);
      expect([stored.state, stored.attempts]).toEqual(['queued', 0]);
      expect(stored.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      const entry = await t.platform.db.MessageQueue.findById(a.id).lean();
      expect(entry).not.toBeNull();
      expect(entry!.dueAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });

  it('refuses every other state with 409 and changes nothing', async () => {
    for (const state of ['queued', 'sending', 'sent', 'delivered', 'cancelled', 'suppressed'] as const) {
      await t.platform.db.MessageQueue.deleteOne({ _id: a.id });
      const id = await seed(a, { state, attempts: 1 });
      const res = await t.as('msg-a', adminA).post(`/api/messages/${id}/resend`).expect(409);
      expect(res.body.error).toBe('NOT_RESENDABLE');
      const stored = await stateOf(a, id);
      expect([stored.state, stored.attempts]).toEqual([state, 1]);
      expect(await t.platform.db.MessageQueue.findById(a.id).lean()).toBeNull();
    }
  });

  it('does not resend a link that has expired or an invitation that was used; points to a new one', async () => {
    const expired = await seed(a, {
      state: 'dead',
      kind: 'password_reset',
      secretPath: '/reset-password?token=old',
      vars: { name: 'X', expiresAt: new Date(Date.now() - 1000).toISOString() },
    });
    const res = await t.as('msg-a', adminA).post(`/api/messages/${expired}/resend`).expect(409);
    expect(res.body.error).toBe('LINK_EXPIRED');
    expect((await stateOf(a, expired)).state).toBe('dead');
    expect((await t.as('msg-a', adminA).get(`/api/messages/${expired}`).expect(200)).body.resendable).toBe(false);

    // A live invitation is resent; the same one after it was accepted is not.
    const user = (await t.as('msg-a', adminA).post('/api/users', { name: 'I', email: 'inv@msg-a.test', role: 'teacher' }).expect(201)).body
      .id as string;
    const link = await runForTenant(t.platform.connections, a, () => issueSetPasswordLink(new Types.ObjectId(user)));
    const vars = { name: 'I', role: 'teacher', expiresAt: link.expiresAt };
    const live = await seed(a, { state: 'failed', kind: 'invitation', secretPath: link.url, vars });
    await t.as('msg-a', adminA).post(`/api/messages/${live}/resend`).expect(200);
    await t.acceptInvitation('msg-a', link, 'inv@msg-a.test');
    const used = await seed(a, { state: 'failed', kind: 'invitation', secretPath: link.url, vars });
    const refused = await t.as('msg-a', adminA).post(`/api/messages/${used}/resend`).expect(409);
    expect([refused.body.error, refused.body.message]).toEqual(['LINK_EXPIRED', expect.stringMatching(/resend the invitation/)]);
  });
});

describe('dashboard counts', () => {
  it('counts the last 7 days by channel and state', async () => {
    const s = await t.school('msg-sum');
    const token = (await t.login('msg-sum')).accessToken;
    const plan: [MessageState, Channel, number][] = [
      ['sent', 'email', 3],
      ['delivered', 'email', 2],
      ['failed', 'email', 1],
      ['dead', 'sms', 2],
      ['queued', 'sms', 1],
      ['bounced', 'email', 1],
    ];
    for (const [state, channel, count] of plan) for (let i = 0; i < count; i++) await seed(s, { state, channel });
    await seed(s, { state: 'dead', channel: 'email', daysAgo: 8 });
    const res = await t.as('msg-sum', token).get('/api/messages/summary').expect(200);
    expect(res.body.total).toBe(10);
    expect(res.body.problems).toBe(4);
    expect(res.body.byChannel.email).toMatchObject({ sent: 3, delivered: 2, failed: 1, bounced: 1, dead: 0, queued: 0 });
    expect(res.body.byChannel.sms).toMatchObject({ dead: 2, queued: 1, sent: 0 });
    // Staff see the counts (nothing personal in them); teachers do not.
    const staff = (await t.userWithRole('msg-sum', 'staff', token)).accessToken;
    await t
      .as('msg-sum', token)
      .patch('/api/settings', { staffAccess: ['communication'] })
      .expect(200);
    await t.as('msg-sum', staff).get('/api/messages/summary').expect(200);
    const teacher = (await t.userWithRole('msg-sum', 'teacher', token)).accessToken;
    await t.as('msg-sum', teacher).get('/api/messages/summary').expect(403);
  });
});

describe('school sender settings', () => {
  const URL_WITH_PASSWORD = 'smtps://mailer:s3cret-pass@mail.msg-a.test:465';

  it('stores its own SMTP URL sealed, never returns it, and applies the sender name at once', async () => {
    const admin = t.as('msg-a', adminA);
    const put = await admin
      .put('/api/settings/messaging', {
        senderName: 'Green Hill School',
        replyTo: 'office@msg-a.test',
        fromAddress: 'news@msg-a.test',
        ownSmtp: true,
        smtpUrl: URL_WITH_PASSWORD,
      })
      .expect(200);
    expect(put.body).toEqual({
      senderName: 'Green Hill School',
      replyTo: 'office@msg-a.test',
      fromAddress: 'news@msg-a.test',
      ownSmtp: true,
      smtpHost: 'mail.msg-a.test:465',
    });
    const get = await admin.get('/api/settings/messaging').expect(200);
    expect(get.text).not.toContain('s3cret');
    expect(get.text).not.toContain('smtps://');
    expect(get.body.smtpHost).toBe('mail.msg-a.test:465');

    const stored = await t.platform.db.Tenant.findById(a.id).select('+messaging.smtpUrl').lean();
    expect(stored!.messaging!.smtpUrl).not.toContain('s3cret');
    expect(decryptSecret(stored!.messaging!.smtpUrl!, t.platform.config.encryptionKey)).toBe(URL_WITH_PASSWORD);
    // The cached school record (what requests and the worker's templates see) has the new name, never the URL.
    const cached = await t.platform.tenants.bySubdomain('msg-a');
    expect(cached!.messaging).toEqual({
      senderName: 'Green Hill School',
      replyTo: 'office@msg-a.test',
      fromAddress: 'news@msg-a.test',
      ownSmtp: true,
    });
    expect(JSON.stringify(cached)).not.toContain('s3cret');

    // Saving again without the URL keeps it; turning own SMTP off removes it.
    await admin.put('/api/settings/messaging', { senderName: 'Green Hill', fromAddress: 'news@msg-a.test', ownSmtp: true }).expect(200);
    const kept = await t.platform.db.Tenant.findById(a.id).select('+messaging.smtpUrl').lean();
    expect(decryptSecret(kept!.messaging!.smtpUrl!, t.platform.config.encryptionKey)).toBe(URL_WITH_PASSWORD);
    const off = await admin.put('/api/settings/messaging', { senderName: 'Green Hill', ownSmtp: false }).expect(200);
    expect(off.body).toEqual({ senderName: 'Green Hill', replyTo: null, fromAddress: null, ownSmtp: false, smtpHost: null });
    const removed = await t.platform.db.Tenant.findById(a.id).select('+messaging.smtpUrl').lean();
    expect(removed!.messaging?.smtpUrl).toBeUndefined();
  });

  it('refuses header injection, a bad reply-to, a bad URL and own SMTP without a From address, naming the field', async () => {
    const admin = t.as('msg-a', adminA);
    const before = await admin.get('/api/settings/messaging').expect(200);
    const cases: [object, string][] = [
      [{ senderName: 'School\r\nBcc: all@evil.test', ownSmtp: false }, 'senderName'],
      [{ replyTo: 'not-an-address', ownSmtp: false }, 'replyTo'],
      [{ replyTo: 'a@b.test\r\nBcc: x@evil.test', ownSmtp: false }, 'replyTo'],
      [{ ownSmtp: true, fromAddress: 'f@msg-a.test', smtpUrl: 'http://mail.msg-a.test' }, 'smtpUrl'],
      [{ ownSmtp: true, smtpUrl: 'smtp://mail.msg-a.test' }, 'fromAddress'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.put('/api/settings/messaging', body).expect(400);
      expect(res.body.details.map((d: { path: string }) => d.path)).toContain(field);
    }
    // Own SMTP with no URL stored yet.
    const none = await t.as('msg-b', adminB).put('/api/settings/messaging', { ownSmtp: true, fromAddress: 'f@msg-b.test' }).expect(400);
    expect(none.body.details[0].path).toBe('smtpUrl');
    expect((await admin.get('/api/settings/messaging').expect(200)).body).toEqual(before.body);
  });

  it('is the admin’s alone', async () => {
    const staff = (await t.userWithRole('msg-b', 'staff', adminB)).accessToken;
    await t.as('msg-b', staff).get('/api/settings/messaging').expect(403);
    await t.as('msg-b', staff).put('/api/settings/messaging', { ownSmtp: false }).expect(403);
  });
});

describe('platform console', () => {
  it('shows queue depth and each school’s failures of the last 7 days, most failures first', async () => {
    const op = await t.superAdmin();
    const { MessageQueue, MessageDay } = t.platform.db;
    await MessageQueue.deleteMany({});
    await MessageDay.deleteMany({});
    const dueA = new Date(Date.now() - 60_000);
    await MessageQueue.create({ _id: a.id, dueAt: dueA, signalledAt: new Date(), depth: 40, failing: 5 });
    await MessageQueue.create({ _id: b.id, dueAt: new Date(), signalledAt: new Date(), depth: 2, failing: 0 });
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);
    const row = (tenant: TenantRecord, d: string, email: object, sms: object) =>
      MessageDay.create({ _id: `${tenant.id}:${d}`, tenantId: new Types.ObjectId(tenant.id), day: d, email, sms });
    await row(a, day(0), { sent: 10, failed: 1 }, { sent: 4, segments: 6, dead: 1 });
    await row(a, day(3), { sent: 5, bounced: 2 }, {});
    await row(a, day(9), { sent: 100, dead: 50 }, {}); // outside the 7 days
    await row(b, day(1), { sent: 7, dead: 8 }, { sent: 1, segments: 2 });

    const res = await request(t.app).get('/api/superadmin/messages').set(bearer(op)).expect(200);
    expect(res.body.queue).toEqual({ schools: 2, depth: 42, failing: 5, oldestDueAt: dueA.toISOString() });
    expect(res.body.totals.email).toEqual({ sent: 22, delivered: 0, failed: 1, bounced: 2, dead: 8 });
    expect(res.body.totals.sms).toEqual({ sent: 5, delivered: 0, failed: 0, bounced: 0, dead: 1, segments: 8 });
    const schools = res.body.schools as { tenantId: string; subdomain: string; failures: number; queue: { depth: number } | null }[];
    expect(schools.map((s) => [s.subdomain, s.failures, s.queue?.depth])).toEqual([
      ['msg-b', 8, 2],
      ['msg-a', 4, 40],
    ]);

    const detail = await request(t.app).get(`/api/superadmin/tenants/${a.id}/messages`).set(bearer(op)).expect(200);
    expect(detail.body.queue).toMatchObject({ depth: 40, failing: 5 });
    expect(detail.body.byDay).toHaveLength(30);
    expect(detail.body.byDay.at(-1)).toMatchObject({ day: day(0), email: { sent: 10, failed: 1 }, sms: { sent: 4, segments: 6 } });
    expect(detail.body.byDay.find((d: { day: string }) => d.day === day(9)).email.dead).toBe(50);
    expect(detail.body.outbox.total).toBeGreaterThan(0);

    // Usage shows emails and SMS segments per day.
    const usage = await request(t.app).get(`/api/superadmin/tenants/${a.id}/usage`).set(bearer(op)).expect(200);
    expect(usage.body.messages.last30Days).toEqual({ emails: 115, sms: 4, smsSegments: 6 });
    expect(usage.body.messages.byDay.at(-1)).toEqual({ day: day(0), emails: 10, sms: 4, smsSegments: 6 });

    // A school admin's token is not an operator's.
    await request(t.app).get('/api/superadmin/messages').set(bearer(adminA)).expect(401);
  });
});
