import mongoose from 'mongoose';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { announcements, enqueueFor, outboxOf } from '../../../test/messages.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { SchoolHolds } from './school-hold.js';
import { createMessageWorker, type MessageWorker, type WorkerOptions } from './worker.js';
import { messageIdFor, EmailTransports } from './transports/email.js';
import type { SmsToSend, SmsTransport } from './transports/transport.js';
import { encryptSecret } from '../../lib/crypto.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { OutboxModel } from './outbox.schema.js';
import { savePreferences } from './preferences.js';

let smtp: TestSmtp;
let t: TestPlatform;
let a: TenantRecord;
let b: TenantRecord;
const workers: MessageWorker[] = [];
const FROM = 'no-reply@schools.test';

const worker = (opts: WorkerOptions = {}) => {
  const w = createMessageWorker(t.platform, { pollMs: 50, backoffMs: () => 200, ...opts });
  workers.push(w);
  return w;
};

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await startTestPlatform({
    SMTP_URL: smtp.url,
    SMTP_FROM: FROM,
    BASE_DOMAIN: 'schools.test',
    PUBLIC_SCHEME: 'https',
    PUBLIC_PORT: '443',
  });
  a = await t.school('wka');
  b = await t.school('wkb');
});
const afterCleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  for (const clean of afterCleanup.splice(0)) await clean();
  smtp.onData = undefined;
  smtp.onRcpt = undefined;
  smtp.mails.length = 0;
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

describe('delivery', () => {
  test('an invitation and a bulk notice arrive with the school as sender, a stable Message-ID, escaped variables; sent only after the 250', async () => {
    const user = new mongoose.Types.ObjectId();
    await enqueueFor(t, a, [
      {
        key: 'deliver:invite',
        kind: 'invitation',
        channel: 'email',
        to: 'ann@wka.test',
        toName: 'Ann "<b>" O\'Neil',
        vars: { name: 'Ann', role: 'teacher', expiresAt: '2026-12-09T10:00:00Z' },
        secretPath: '/accept-invitation?token=sekret-token',
      },
    ]);
    await enqueueFor(t, a, [
      {
        key: 'deliver:absence',
        kind: 'absence',
        channel: 'email',
        to: 'dad@wka.test',
        userId: user,
        vars: { title: 'Absent today', body: 'Marked absent <script>alert(1)</script>', student: 'Bob "<script>"', date: '2026-12-02' },
      },
    ]);
    await worker().drainUntilIdle();
    expect(smtp.mails).toHaveLength(2);

    const invite = smtp.mails.find((m) => m.to.includes('ann@wka.test'))!;
    expect(invite.from).toBe(`"School wka" <${FROM}>`);
    expect(invite.subject).toBe('You are invited to School wka');
    expect(invite.messageId).toBe(messageIdFor(a.id, 'deliver:invite', FROM));
    expect(invite.text).toContain('https://wka.schools.test/accept-invitation?token=sekret-token');
    expect(invite.html).toContain('href="https://wka.schools.test/accept-invitation?token=sekret-token"');
    expect(invite.headers.has('list-unsubscribe')).toBe(false);

    const absence = smtp.mails.find((m) => m.to.includes('dad@wka.test'))!;
    expect(absence.html).not.toContain('<script>');
    expect(absence.html).toContain('Bob &quot;&lt;script&gt;&quot;');
    expect(absence.text).toContain('Bob "<script>"');
    expect(rawHeader(absence.raw, 'List-Unsubscribe')).toMatch(
      /^<https:\/\/wka\.schools\.test\/api\/public\/unsubscribe\?token=[\w.%-]+>$/,
    );
    expect(rawHeader(absence.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    const box = await outboxOf(t, a);
    expect(box.map((m) => [m.key, m.state, m.attempts, m.providerId])).toEqual([
      ['deliver:absence', 'sent', 1, messageIdFor(a.id, 'deliver:absence', FROM)],
      ['deliver:invite', 'sent', 1, messageIdFor(a.id, 'deliver:invite', FROM)],
    ]);
    const day = await t.platform.db.MessageDay.findById(`${a.id}:${new Date().toISOString().slice(0, 10)}`).lean();
    expect(day?.email?.sent).toBe(2);
    // Nothing left: the school is off the platform queue.
    expect(await t.platform.db.MessageQueue.findById(a.id).lean()).toBeNull();
  });

  test('a title or sender name with CR/LF cannot add a header or a recipient', async () => {
    await t.platform.db.Tenant.updateOne({ _id: a.id }, { $set: { 'messaging.senderName': 'Evil\r\nBcc: evil@x.test' } });
    await t.platform.tenants.invalidate(a);
    await enqueueFor(t, a, [
      {
        key: 'inject:1',
        kind: 'announcement',
        channel: 'email',
        to: 'p@wka.test',
        vars: { title: 'Hello\r\nBcc: evil@x.test', body: 'x' },
      },
    ]);
    await worker().drainUntilIdle();
    await t.platform.db.Tenant.updateOne({ _id: a.id }, { $unset: { 'messaging.senderName': 1 } });
    await t.platform.tenants.invalidate(a);
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail!.envelopeTo).toEqual(['p@wka.test']);
    expect(mail!.headers.has('bcc')).toBe(false);
    expect(mail!.raw).not.toMatch(/^Bcc:/im);
    expect(mail!.subject).toBe('Hello Bcc: evil@x.test');
  });
});

describe('preferences at send time', () => {
  test('a message whose person turned its category off after it was written is suppressed, not sent', async () => {
    const [on, off] = [new mongoose.Types.ObjectId(), new mongoose.Types.ObjectId()];
    await enqueueFor(t, a, [
      { ...announcements(a, 1, 'still-on')[0]!, userId: on },
      { ...announcements(a, 1, 'turned-off')[0]!, userId: off },
    ]);
    await runForTenant(t.platform.connections, a, () =>
      savePreferences(off, { categories: { announcements: { email: false, sms: false } } }),
    );
    await worker().drainUntilIdle();
    const box = (await outboxOf(t, a)).filter((m) => m.key.startsWith('test:still-on') || m.key.startsWith('test:turned-off'));
    expect(box.map((m) => [m.to, m.state])).toEqual([
      ['still-on-0@wka.test', 'sent'],
      ['turned-off-0@wka.test', 'suppressed'],
    ]);
    expect(smtp.mails.map((m) => m.to)).toEqual([['still-on-0@wka.test']]);
  });
});

describe('failures', () => {
  test('a 5xx for the recipient is dead at once; a 4xx is retried and then sent; attempts spent is dead', async () => {
    smtp.onRcpt = (addr) => (addr.startsWith('gone') ? 550 : addr.startsWith('later') && smtp.mails.length === 0 ? 451 : undefined);
    let busy = 0;
    smtp.onData = async ({ envelopeTo }) => (envelopeTo[0]!.startsWith('busy') && busy++ < 10 ? { refuse: 452 } : undefined);
    await enqueueFor(t, b, [
      { key: 'f:gone', kind: 'announcement', channel: 'email', to: 'gone@wkb.test', vars: { title: 't', body: 'b' } },
      { key: 'f:later', kind: 'announcement', channel: 'email', to: 'later@wkb.test', vars: { title: 't', body: 'b' } },
      { key: 'f:ok', kind: 'announcement', channel: 'email', to: 'ok@wkb.test', vars: { title: 't', body: 'b' } },
      { key: 'f:busy', kind: 'announcement', channel: 'email', to: 'busy@wkb.test', vars: { title: 't', body: 'b' } },
    ]);
    const w = worker({ maxAttempts: 3, backoffMs: () => 100 });
    const deadline = Date.now() + 20_000;
    for (;;) {
      await w.runOnce();
      const box = await outboxOf(t, b);
      if (box.every((m) => ['sent', 'dead'].includes(m.state!)) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const box = Object.fromEntries((await outboxOf(t, b)).map((m) => [m.key, m]));
    expect(box['f:gone']).toMatchObject({ state: 'dead', attempts: 1, lastError: expect.stringMatching(/^SMTP_550/) });
    expect(box['f:later']).toMatchObject({ state: 'sent', attempts: 2 });
    expect(box['f:ok']).toMatchObject({ state: 'sent', attempts: 1 });
    expect(box['f:busy']).toMatchObject({ state: 'dead', attempts: 3, lastError: expect.stringMatching(/^SMTP_452/) });
    // No address in the delivery log.
    for (const m of Object.values(box)) expect((m as { lastError?: string }).lastError ?? '').not.toContain('@');
    expect(smtp.mails.map((m) => m.envelopeTo[0]).sort()).toEqual(['later@wkb.test', 'ok@wkb.test']);
  });

  test('without any SMTP server, email waits queued (NO_TRANSPORT), never sent, never dead', async () => {
    const none = new EmailTransports({ platformFrom: FROM, db: t.platform.db, encryptionKey: t.platform.config.encryptionKey });
    await enqueueFor(t, b, announcements(b, 2, 'nosmtp'));
    await worker({ email: none, noTransportWaitMs: 300 }).runOnce();
    const box = (await outboxOf(t, b)).filter((m) => m.key.startsWith('test:nosmtp'));
    expect(box.map((m) => [m.state, m.attempts, m.lastError?.split(':')[0]])).toEqual([
      ['queued', 0, 'NO_TRANSPORT'],
      ['queued', 0, 'NO_TRANSPORT'],
    ]);
    expect(smtp.mails).toHaveLength(0);
    // With a server, they go.
    await runUntil(worker(), () => smtp.mails.length === 2);
  });
});

/** A header as it travelled (unfolded). */
function rawHeader(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return head
    .split(/\r?\n/)
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    ?.slice(name.length + 1)
    .trim();
}

describe('holds', () => {
  test('one holder per school and window; near the end of a window the holder keeps the next one too; a dead holder loses it when its windows end', async () => {
    const one = new SchoolHolds(t.platform.db.Lease, 'one', 10_000, 1_000);
    const two = new SchoolHolds(t.platform.db.Lease, 'two', 10_000, 1_000);
    const w = 1_000_000_000_000; // a window start
    const first = await one.take('s1', w + 100);
    expect(first).toMatchObject({ deadline: w + 9_000 });
    expect(await two.take('s1', w + 5_000)).toBeUndefined();
    expect(await two.take('s2', w + 5_000)).toBeDefined();
    await one.release(first!);
    const late = await two.take('s1', w + 9_500);
    expect(late).toMatchObject({ deadline: w + 19_000 });
    expect(await one.take('s1', w + 10_500)).toBeUndefined();
    // "two" dies holding it: the window after is free.
    expect(await one.take('s1', w + 20_100)).toBeDefined();
  });
});

describe('rates', () => {
  test("a school over its plan's rate is not failed: the rest wait queued, and the school comes back when the rate allows", async () => {
    const slow = await t.school('wkslow', { plan: 'basic' });
    await enqueueFor(t, slow, announcements(slow, 10, 'rate'));
    const w = worker({ planPerMinute: { basic: 6, standard: 300, premium: 1200 } });
    afterCleanup.push(async () => {
      await runForTenant(t.platform.connections, slow, () => tenantModel(OutboxModel).deleteMany({}));
      await t.platform.db.MessageQueue.deleteOne({ _id: slow.id });
    });
    for (let i = 0; i < 5; i += 1) await w.runOnce();
    expect(smtp.mails).toHaveLength(6);
    const box = await outboxOf(t, slow);
    expect(box.filter((m) => m.state === 'sent')).toHaveLength(6);
    expect(box.filter((m) => m.state === 'queued').map((m) => m.attempts)).toEqual([0, 0, 0, 0]);
    const entry = await t.platform.db.MessageQueue.findById(slow.id).lean();
    // 6 a minute: the next one in about 10 s.
    expect(entry!.dueAt.getTime() - Date.now()).toBeGreaterThan(5_000);
    expect(entry!.heldBy).toBeUndefined();
  });
});

describe('school state and provider rate', () => {
  test("a suspended school's messages wait (queued, no attempt used) and go once it is active again", async () => {
    const s = await t.school('wksusp');
    await t.platform.db.Tenant.updateOne({ _id: s.id }, { $set: { status: 'suspended' } });
    await t.platform.tenants.invalidate(s);
    await enqueueFor(t, s, announcements(s, 2, 'susp'));
    const w = worker({ pauseMs: 300 });
    await w.runOnce();
    expect(smtp.mails).toHaveLength(0);
    expect((await outboxOf(t, s)).map((m) => [m.state, m.attempts])).toEqual([
      ['queued', 0],
      ['queued', 0],
    ]);
    await t.platform.db.Tenant.updateOne({ _id: s.id }, { $set: { status: 'active' } });
    await t.platform.tenants.invalidate(s);
    await runUntil(w, () => smtp.mails.length === 2);
  });

  test('the SMTP rate (SMTP_RATE_PER_SECOND) spaces messages out for the whole worker', async () => {
    const p = t.platform;
    const config = { ...p.config, messages: { ...p.config.messages, smtp: { ...p.config.messages.smtp, ratePerSecond: 5 } } };
    await enqueueFor(t, b, announcements(b, 10, 'smtprate'));
    const w = createMessageWorker({ ...p, config }, { pollMs: 50 });
    workers.push(w);
    const started = Date.now();
    await w.drainUntilIdle();
    expect(smtp.mails).toHaveLength(10);
    // 5 at once (one second's worth), then one every 200 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

describe('routes', () => {
  test("a school with its own SMTP server sends through it, from its own address; the platform's server sees nothing", async () => {
    const own = await startTestSmtp();
    try {
      await t.platform.db.Tenant.updateOne(
        { _id: b.id },
        {
          $set: {
            'messaging.ownSmtp': true,
            'messaging.fromAddress': 'office@wkb-school.test',
            'messaging.replyTo': 'head@wkb-school.test',
            'messaging.smtpUrl': encryptSecret(own.url, t.platform.config.encryptionKey),
          },
        },
      );
      await t.platform.tenants.invalidate(b);
      await enqueueFor(t, b, announcements(b, 1, 'own'));
      await worker().drainUntilIdle();
      expect(smtp.mails).toHaveLength(0);
      expect(own.mails).toHaveLength(1);
      expect(own.mails[0]!.from).toBe('"School wkb" <office@wkb-school.test>');
      expect(own.mails[0]!.raw).toMatch(/^Reply-To: head@wkb-school\.test/im);
      expect(own.mails[0]!.messageId).toBe(messageIdFor(b.id, 'test:own:0', 'office@wkb-school.test'));
    } finally {
      await t.platform.db.Tenant.updateOne({ _id: b.id }, { $unset: { messaging: 1 } });
      await t.platform.tenants.invalidate(b);
      await own.stop();
    }
  });

  test('SMS: sent through the provider adapter with the link, within two segments; segments counted; a school without SMS is suppressed', async () => {
    const texts: SmsToSend[] = [];
    const sms: SmsTransport = {
      name: 'loopback',
      async send(m) {
        texts.push(m);
        return { providerId: `SM${texts.length}`, segments: Math.ceil(m.text.length / 153) };
      },
    };
    const withSms = await t.school('wksms', { features: { smsNotifications: true } });
    const long = 'x'.repeat(500);
    await enqueueFor(t, withSms, [
      { key: 'sms:1', kind: 'announcement', channel: 'sms', to: '+447946095800', vars: { title: 'Trip', body: long } },
    ]);
    await enqueueFor(t, a, [
      { key: 'sms:off', kind: 'announcement', channel: 'sms', to: '+447946095801', vars: { title: 'T', body: 'b' } },
    ]);
    await worker({ sms }).drainUntilIdle();
    expect(texts).toHaveLength(1);
    expect(texts[0]!.to).toBe('+447946095800');
    expect(texts[0]!.text.length).toBeLessThanOrEqual(306);
    expect(texts[0]!.text).toMatch(/School wksms: Trip\. x+\.\.\. https:\/\/wksms\.schools\.test\/$/);
    const [msg] = await outboxOf(t, withSms);
    expect(texts[0]!.statusCallback).toBe(`https://wksms.schools.test/api/public/sms-status/${msg!._id.toString()}`);
    expect(msg).toMatchObject({ state: 'sent', providerId: 'SM1', segments: 2 });
    const day = await t.platform.db.MessageDay.findById(`${withSms.id}:${new Date().toISOString().slice(0, 10)}`).lean();
    expect(day?.sms).toMatchObject({ sent: 1, segments: 2 });
    const off = (await outboxOf(t, a)).find((m) => m.key === 'sms:off');
    expect(off).toMatchObject({ state: 'suppressed', attempts: 0, lastError: expect.stringMatching(/^SMS_OFF/) });
  });
});

async function runUntil(w: MessageWorker, done: () => boolean, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await w.runOnce();
    await new Promise((r) => setTimeout(r, 20));
  }
}
