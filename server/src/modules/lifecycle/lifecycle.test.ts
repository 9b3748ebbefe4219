import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { jobDeps, runLifecycleJob, takeLease } from './jobs.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { OutboxModel } from '../messages/outbox.schema.js';

let t: TestPlatform;
let root: string;

beforeAll(async () => {
  t = await startTestPlatform();
  root = await t.superAdmin();
});
afterAll(() => t.close());

const sa = {
  get: (url: string) => request(t.app).get(`/api/superadmin${url}`).set(bearer(root)),
  post: (url: string, body: object = {}) => request(t.app).post(`/api/superadmin${url}`).set(bearer(root)).send(body),
  patch: (url: string, body: object) => request(t.app).patch(`/api/superadmin${url}`).set(bearer(root)).send(body),
  delete: (url: string) => request(t.app).delete(`/api/superadmin${url}`).set(bearer(root)),
};
const deps = () => jobDeps(t.platform);
const status = async (id: string) => (await sa.get(`/tenants/${id}`).expect(200)).body.status as string;

describe('school lifecycle', () => {
  it('allows only the documented transitions, and records who, when and why', async () => {
    const trial = await t.school('life-trial', { status: 'trial' });
    expect((await sa.get(`/tenants/${trial.id}`).expect(200)).body.trialEndsAt).toEqual(expect.any(String));
    // trial → deleted is not a transition; trial → active is.
    expect((await sa.delete(`/tenants/${trial.id}`).expect(409)).body).toMatchObject({ error: 'INVALID_TRANSITION' });
    await sa.post(`/tenants/${trial.id}/activate`).expect(200);

    const id = trial.id;
    await sa.post(`/tenants/${id}/suspend`, { reason: 'Unpaid invoice 42' }).expect(200);
    expect((await sa.post(`/tenants/${id}/suspend`).expect(409)).body.details).toMatchObject({ from: 'suspended', to: 'suspended' });
    await sa.post(`/tenants/${id}/activate`).expect(200);
    const deleted = (await sa.delete(`/tenants/${id}?reason=${encodeURIComponent('School closed')}`).expect(200)).body;
    expect(new Date(deleted.purgeAt).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    await sa.post(`/tenants/${id}/suspend`).expect(409);
    await sa.post(`/tenants/${id}/activate`, { reason: 'Reopened' }).expect(200);
    expect(await status(id)).toBe('active');

    const history = (await sa.get(`/tenants/${id}/status-history`).expect(200)).body.data;
    expect(history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
      'deleted>active',
      'active>deleted',
      'suspended>active',
      'active>suspended',
      'trial>active',
    ]);
    expect(history[3]).toMatchObject({ actor: 'root@platform.test', reason: 'Unpaid invoice 42', at: expect.any(String) });
    expect(history[1].reason).toBe('School closed');
    // An empty reason clears the last one (it was a 500 before: $set and $unset of one field).
    await sa.post(`/tenants/${id}/suspend`, { reason: 'Again' }).expect(200);
    expect((await sa.post(`/tenants/${id}/activate`, { reason: '' }).expect(200)).body.statusReason).toBeNull();
    await sa.post(`/tenants/${id}/suspend`).expect(200);
    await sa.post(`/tenants/${id}/activate`).expect(200);
  });

  it('ends every session of a suspended school at once: its refresh tokens never work again', async () => {
    const school = await t.school('life-sessions');
    const session = await t.login('life-sessions');
    await sa.post(`/tenants/${school.id}/suspend`).expect(200);
    const refresh = () =>
      request(t.app).post('/api/auth/refresh').set('X-Tenant-ID', 'life-sessions').send({ refreshToken: session.refreshToken });
    expect((await refresh().expect(403)).body.error).toBe('TENANT_INACTIVE');
    await t.as('life-sessions', session.accessToken).get('/api/students').expect(403);
    await sa.post(`/tenants/${school.id}/activate`).expect(200);
    // Back to active, the old session stays ended; signing in again works.
    expect((await refresh().expect(401)).body.error).toMatch(/TOKEN/);
    await t.login('life-sessions');
  });
});

describe('the lifecycle job', () => {
  it('ends trials, suspends lapsed subscriptions and purges deleted schools past their date; nothing else', async () => {
    const past = new Date(Date.now() - 60_000);
    const trial = await t.school('job-trial', { status: 'trial' });
    const freshTrial = await t.school('job-fresh-trial', { status: 'trial' });
    const lapsed = await t.school('job-lapsed');
    const paid = await t.school('job-paid');
    const doomed = await t.school('job-doomed', { customDomain: 'portal.doomed.test' });
    const kept = await t.school('job-kept');
    await sa.patch(`/tenants/${trial.id}`, { trialEndsAt: past.toISOString() }).expect(200);
    await sa.patch(`/tenants/${lapsed.id}`, { subscription: { endDate: past.toISOString() } }).expect(200);
    await sa.patch(`/tenants/${paid.id}`, { subscription: { endDate: new Date(Date.now() + 86_400_000).toISOString() } }).expect(200);
    for (const s of [doomed, kept]) await sa.delete(`/tenants/${s.id}`).expect(200);
    await t.platform.db.Tenant.updateOne({ _id: doomed.id }, { $set: { purgeAt: past } });
    const doomedDb = await t.platform.connections.get(doomed);
    expect((await doomedDb.listCollections()).length).toBeGreaterThan(0);

    const report = await runLifecycleJob(deps());
    expect(report).toMatchObject({ trialsEnded: ['job-trial'], lapsed: ['job-lapsed'], purged: ['job-doomed'], failed: [] });
    expect(await status(trial.id)).toBe('suspended');
    expect(await status(lapsed.id)).toBe('suspended');
    expect(await status(freshTrial.id)).toBe('trial');
    expect(await status(paid.id)).toBe('active');
    expect(await status(kept.id)).toBe('deleted');
    expect((await sa.get(`/tenants/${trial.id}/status-history`).expect(200)).body.data[0]).toMatchObject({
      from: 'trial',
      to: 'suspended',
      actor: 'system',
      reason: expect.stringMatching(/^The trial ended on \d{4}-\d{2}-\d{2}$/),
    });

    // The purged school is gone for good: record, domain claim, database; its history stays.
    await sa.get(`/tenants/${doomed.id}`).expect(404);
    expect(await t.platform.db.TenantDomain.exists({ domain: 'portal.doomed.test' })).toBeNull();
    expect(await (await t.platform.connections.get(doomed)).listCollections()).toEqual([]);
    const history = (await sa.get(`/tenants/${doomed.id}/status-history`).expect(200)).body.data;
    expect(history[0]).toMatchObject({ from: 'deleted', to: 'purged', actor: 'system' });
    await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'job-doomed').expect(404);

    // A second run finds nothing to do.
    expect(await runLifecycleJob(deps())).toMatchObject({ trialsEnded: [], lapsed: [], purged: [], failed: [] });
  });

  it('refuses to restore a school past its purge date', async () => {
    const s = await t.school('job-late');
    await sa.delete(`/tenants/${s.id}`).expect(200);
    await t.platform.db.Tenant.updateOne({ _id: s.id }, { $set: { purgeAt: new Date(Date.now() - 1000) } });
    expect((await sa.post(`/tenants/${s.id}/activate`).expect(409)).body.error).toBe('INVALID_TRANSITION');
  });

  it('runs on exactly one of several instances per window (a lease with a unique id)', async () => {
    const now = new Date('2026-05-01T10:15:00Z');
    const tries = await Promise.all(
      Array.from({ length: 6 }, (_, i) => takeLease(t.platform.db, 'test-job', 3_600_000, now, `instance-${i}`)),
    );
    expect(tries.filter((l) => l.taken)).toHaveLength(1);
    const loser = tries.find((l) => !l.taken);
    expect(loser).toMatchObject({ taken: false, holder: expect.stringMatching(/^instance-\d$/) });
    // The next window has its own lease.
    expect((await takeLease(t.platform.db, 'test-job', 3_600_000, new Date('2026-05-01T11:00:00Z'), 'x')).taken).toBe(true);
  });
});

describe('the daily fee work of the job', () => {
  it('adds late fines and sends reminders in schools with fees, once per invoice', async () => {
    await t.school('job-fees', { plan: 'standard' });
    const token = (await t.login('job-fees')).accessToken;
    const a = t.as('job-fees', token);
    const past = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    const { termId, gradeId: grade, classId, sectionId } = await t.setUpYear('job-fees', token, { start: past(200), end: past(-100) });
    const guardian = (
      await a.post('/api/guardians', { firstName: 'Pat', lastName: 'Parent', account: { email: 'pat@job-fees.test' } }).expect(201)
    ).body;
    await a
      .post('/api/students', {
        firstName: 'Kid',
        lastName: 'Parent',
        classId,
        sectionId,
        guardianIds: [guardian.id],
      })
      .expect(201);
    const structure = (
      await a
        .post('/api/fees/structures', {
          name: 'Fees',
          termId,
          gradeLevelId: grade,
          items: [{ name: 'Tuition', amount: 10_000 }],
          dueDate: past(30),
          lateFine: { amount: 500, graceDays: 7 },
        })
        .expect(201)
    ).body;
    await a.post(`/api/fees/structures/${structure.id}/invoices`, {}).expect(200);

    const first = await runLifecycleJob(deps());
    expect(first.fees.fined).toBe(1);
    expect(first.fees.reminded).toBeGreaterThanOrEqual(1);
    const [invoice] = (await a.get('/api/fees/invoices').expect(200)).body.data;
    expect(invoice).toMatchObject({ total: 10_500, fines: [expect.objectContaining({ amount: 500 })] });
    const second = await runLifecycleJob(deps());
    expect(second.fees).toMatchObject({ fined: 0, reminded: 0 });
  });
});

describe('the outbox retention of the job', () => {
  it('removes finished messages past MESSAGES_RETENTION_DAYS, never a waiting one, however old', async () => {
    const school = await t.school('life-retain');
    const day = 86_400_000;
    const now = Date.now();
    const message = (key: string, state: string, ageDays: number) => ({
      key,
      kind: 'announcement',
      category: 'announcements',
      channel: 'email',
      to: `${key}@life-retain.test`,
      vars: { title: 'Notice', body: 'Text' },
      state,
      attempts: 0,
      nextAttemptAt: new Date(now - ageDays * day),
      createdAt: new Date(now - ageDays * day),
      updatedAt: new Date(now - ageDays * day),
    });
    await runForTenant(t.platform.connections, school, () =>
      tenantModel(OutboxModel).collection.insertMany([
        message('old-sent', 'sent', 200),
        message('old-dead', 'dead', 181),
        message('old-queued', 'queued', 400),
        message('old-failed', 'failed', 200),
        message('recent-sent', 'sent', 179),
      ]),
    );
    const report = await runLifecycleJob({ ...deps(), messageRetentionDays: 180 });
    expect(report.messagesPruned).toBe(2);
    const left = await runForTenant(t.platform.connections, school, () => tenantModel(OutboxModel).find({}).sort({ key: 1 }).lean());
    expect(left.map((m) => m.key)).toEqual(['old-failed', 'old-queued', 'recent-sent']);
  });
});
