import mongoose from 'mongoose';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { announcements, enqueueFor, outboxOf } from '../../../test/messages.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { signalPending } from './outbox.js';
import { OutboxModel } from './outbox.schema.js';
import { createMessageWorker, type MessageWorker, type WorkerOptions } from './worker.js';

let smtp: TestSmtp;
let t: TestPlatform;
const schools: TenantRecord[] = [];
const workers: MessageWorker[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const worker = (opts: WorkerOptions = {}) => {
  const w = createMessageWorker(t.platform, { pollMs: 50, backoffMs: () => 300, ...opts });
  workers.push(w);
  return w;
};

async function until(done: () => boolean | Promise<boolean>, timeoutMs = 30_000, what = 'condition') {
  const end = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const allSent = async (tenants: TenantRecord[]) => {
  for (const s of tenants) if ((await outboxOf(t, s)).some((m) => m.state !== 'sent')) return false;
  return true;
};

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await startTestPlatform({ SMTP_URL: smtp.url, SMTP_FROM: 'no-reply@schools.test', SMTP_RATE_PER_SECOND: '1000' });
  for (const s of ['oa', 'ob', 'oc']) schools.push(await t.school(`out${s}`, { plan: 'premium' }));
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  smtp.onData = undefined;
  smtp.mails.length = 0;
  smtp.dataCount = 0;
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

test('SMTP outage mid-run: 60 messages of 3 schools wait, then each arrives exactly once after the server returns', async () => {
  for (const s of schools) await enqueueFor(t, s, announcements(s, 20, 'outage'));
  // Each mail takes a little while, so the outage lands mid-run.
  smtp.onData = async () => {
    await sleep(10);
  };
  worker({ batch: 5 }).start();
  await smtp.waitFor(15);
  await smtp.stop();
  const atStop = smtp.mails.length;
  await sleep(1_500);
  // While the server is down, nothing more is sent, and nothing unsent is marked sent.
  const during = (await Promise.all(schools.map((s) => outboxOf(t, s)))).flat();
  expect(during.filter((m) => m.state === 'sent')).toHaveLength(smtp.mails.length);
  expect(during.some((m) => m.state === 'failed')).toBe(true);
  expect(smtp.mails.length).toBeLessThan(60);
  await smtp.restart();
  await until(() => allSent(schools), 30_000, 'all sent');

  const ids = smtp.mails.map((m) => m.messageId);
  expect(atStop).toBeGreaterThanOrEqual(15);
  expect(smtp.mails).toHaveLength(60);
  expect(smtp.dataCount).toBe(60);
  expect(new Set(ids).size).toBe(60);
  const sent = (await Promise.all(schools.map((s) => outboxOf(t, s)))).flat();
  expect(new Set(sent.map((m) => m.providerId))).toEqual(new Set(ids));
});

test('fairness: one school with 2,000 queued does not hold back another school’s single alert', async () => {
  const [big, small] = schools as [TenantRecord, TenantRecord];
  // 2,000 rows written at once (enqueueMessage one by one is the same write 2,000 times), then one signal.
  await runForTenant(t.platform.connections, big, async () => {
    const now = new Date();
    await tenantModel(OutboxModel).insertMany(
      announcements(big, 2_000, 'bulk').map((m) => ({ ...m, category: 'announcements', state: 'queued', nextAttemptAt: now })),
    );
    await signalPending(big.id, now);
  });
  worker({ concurrency: 1, batch: 20 }).start();
  await smtp.waitFor(60);
  const started = Date.now();
  await enqueueFor(t, small, [
    {
      key: 'alert:1',
      kind: 'absence',
      channel: 'email',
      to: 'mum@outob.test',
      vars: { title: 'Absent', body: 'b', student: 's', date: 'd' },
    },
  ]);
  await until(() => smtp.mails.some((m) => m.envelopeTo[0] === 'mum@outob.test'), 10_000, 'the alert');
  const delayMs = Date.now() - started;
  const bigBefore = smtp.mails.findIndex((m) => m.envelopeTo[0] === 'mum@outob.test');
  console.info(`fairness: alert delivered in ${delayMs} ms while the other school had sent ${bigBefore}`);
  // Generous: a turn of the big school reads and writes a 2,000-message outbox, each a scan on FerretDB 1.x.
  expect(delayMs).toBeLessThan(8_000);
  expect(bigBefore).toBeLessThan(1_900);
  // Clean up the big school's backlog for the next tests.
  await runForTenant(t.platform.connections, big, () => tenantModel(OutboxModel).deleteMany({}));
  await t.platform.db.MessageQueue.deleteOne({ _id: big.id });
});

test('fairness: a school that becomes due during another school’s long turn is taken by a free lane, not after that turn', async () => {
  const [big, small] = schools as [TenantRecord, TenantRecord];
  // The big school's mail is slow at the server (300 ms each): one turn of 20 takes about 6 s.
  smtp.onData = async ({ envelopeTo }) => {
    if (envelopeTo[0]?.startsWith('slow-')) await sleep(300);
  };
  await enqueueFor(t, big, announcements(big, 40, 'slow'));
  worker({ concurrency: 2, batch: 20, pollMs: 100 }).start();
  await smtp.waitFor(1);
  const started = Date.now();
  await enqueueFor(t, small, [
    {
      key: 'alert:lane',
      kind: 'absence',
      channel: 'email',
      to: 'dad@outob.test',
      vars: { title: 'Absent', body: 'b', student: 's', date: 'd' },
    },
  ]);
  await until(() => smtp.mails.some((m) => m.envelopeTo[0] === 'dad@outob.test'), 15_000, 'the alert');
  const delayMs = Date.now() - started;
  const bigBefore = smtp.mails.findIndex((m) => m.envelopeTo[0] === 'dad@outob.test');
  console.info(`free lane: alert delivered in ${delayMs} ms, after ${bigBefore} of the big school's slow mails`);
  // Inside the big school's first turn (20 mails), not behind it.
  expect(bigBefore).toBeLessThan(15);
  expect(delayMs).toBeLessThan(2_500);
  await until(() => allSent([big]), 30_000, 'the big school drained');
});

test('two workers on one platform never work a school at once and never send a message twice', async () => {
  for (const s of schools) await runForTenant(t.platform.connections, s, () => tenantModel(OutboxModel).deleteMany({}));
  for (const s of schools) await enqueueFor(t, s, announcements(s, 15, 'pair'));
  const inFlight = new Map<string, number>();
  let overlap = 0;
  smtp.onData = async ({ envelopeTo }) => {
    const school = envelopeTo[0]!.split('@')[1]!;
    const n = (inFlight.get(school) ?? 0) + 1;
    inFlight.set(school, n);
    if (n > 1) overlap += 1;
    await sleep(15);
    inFlight.set(school, inFlight.get(school)! - 1);
  };
  worker({ batch: 3, id: 'one' }).start();
  worker({ batch: 3, id: 'two' }).start();
  await until(() => allSent(schools), 30_000, 'all sent');
  expect(smtp.dataCount).toBe(45);
  expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(45);
  expect(overlap).toBe(0);
});

test('an idle platform costs no school-database query: the worker reads only the platform queue', async () => {
  for (const s of schools) await runForTenant(t.platform.connections, s, () => tenantModel(OutboxModel).deleteMany({}));
  await t.platform.db.MessageQueue.deleteMany({});
  for (let i = 0; i < 5; i += 1) schools.push(await t.school(`idle${i}`));
  const prefix = t.platform.config.tenantDbPrefix;
  const seen = { tenant: 0, platform: 0 };
  mongoose.set('debug', function (this: { conn?: { name?: string } }) {
    if (this.conn?.name?.startsWith(prefix)) seen.tenant += 1;
    else seen.platform += 1;
  });
  try {
    const w = worker();
    for (let i = 0; i < 20; i += 1) await w.runOnce();
  } finally {
    mongoose.set('debug', false);
  }
  expect(seen.platform).toBeGreaterThanOrEqual(20);
  expect(seen.tenant).toBe(0);
});
