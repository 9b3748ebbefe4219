import { randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { announcements, enqueueFor, outboxOf } from '../../../test/messages.js';
import { encryptSecret } from '../../lib/crypto.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { exportTenant, importTenant } from '../transfer/archive.js';
import { OutboxModel } from './outbox.schema.js';
import { createMessageWorker } from './worker.js';

let smtp: TestSmtp;
let t: TestPlatform;
let source: TenantRecord;

async function exportImport(subdomain: string, withSecrets: boolean) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportTenant(t.platform, source.subdomain, out, { withSecrets });
  const p = t.platform;
  const deps = {
    db: p.db,
    connections: p.connections,
    resolver: p.tenants,
    tenantDbPrefix: p.config.tenantDbPrefix,
    bcryptCost: p.config.bcryptCost,
  };
  const res = await importTenant(deps, Readable.from([Buffer.concat(chunks)]), { subdomain });
  const tenant = (await p.tenants.byId(res.tenantId))!;
  t.created.push(tenant);
  return tenant;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await startTestPlatform({ SMTP_URL: smtp.url, SMTP_FROM: 'no-reply@schools.test' });
  source = await t.school('xfer');
  await enqueueFor(t, source, [
    ...announcements(source, 2, 'moved'),
    {
      key: 'moved:invite',
      kind: 'invitation',
      channel: 'email',
      to: 'new-teacher@xfer.test',
      vars: { name: 'T', role: 'teacher', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
      secretPath: '/accept-invitation?token=moved-token',
    },
  ]);
  // Only the copies are worked here: the source school is taken off the queue.
  await t.platform.db.MessageQueue.deleteOne({ _id: source.id });
});
afterEach(() => {
  smtp.mails.length = 0;
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

test('messages waiting in an exported school are delivered from the imported school, links and all', async () => {
  const copy = await exportImport('xfer-copy', true);
  expect(await t.platform.db.MessageQueue.findById(copy.id).lean()).not.toBeNull();
  await createMessageWorker(t.platform, { pollMs: 50 }).drainUntilIdle();
  expect(smtp.mails.map((m) => m.envelopeTo[0]).sort()).toEqual(['moved-0@xfer.test', 'moved-1@xfer.test', 'new-teacher@xfer.test']);
  const invite = smtp.mails.find((m) => m.envelopeTo[0] === 'new-teacher@xfer.test')!;
  expect(invite.text).toMatch(/http:\/\/xfer-copy\.localhost(:\d+)?\/accept-invitation\?token=moved-token/);
  expect((await outboxOf(t, copy)).every((m) => m.state === 'sent')).toBe(true);
});

test('exported without secrets: the link is not in the archive, so the invitation is dead (SECRET_MISSING) and the rest go', async () => {
  const bare = await exportImport('xfer-bare', false);
  await createMessageWorker(t.platform, { pollMs: 50 }).drainUntilIdle();
  expect(smtp.mails.map((m) => m.envelopeTo[0]).sort()).toEqual(['moved-0@xfer.test', 'moved-1@xfer.test']);
  const invite = (await outboxOf(t, bare)).find((m) => m.key === 'moved:invite')!;
  expect(invite).toMatchObject({ state: 'dead', attempts: 1, lastError: expect.stringMatching(/^SECRET_MISSING/) });
});

test("a link sealed with another platform's key is dead (SECRET_UNREADABLE); the worker goes on with the school's other messages", async () => {
  const other = await t.school('xfer-key');
  await enqueueFor(t, other, announcements(other, 1, 'ok'));
  await runForTenant(t.platform.connections, other, () =>
    tenantModel(OutboxModel).create({
      key: 'foreign',
      kind: 'password_reset',
      category: 'account',
      channel: 'email',
      to: 'x@xfer-key.test',
      vars: { name: 'X', expiresAt: new Date().toISOString() },
      secret: encryptSecret('/reset-password?token=abc', randomBytes(32)),
      nextAttemptAt: new Date(),
    }),
  );
  await createMessageWorker(t.platform, { pollMs: 50 }).drainUntilIdle();
  const box = await outboxOf(t, other);
  expect(box.find((m) => m.key === 'foreign')).toMatchObject({ state: 'dead', lastError: expect.stringMatching(/^SECRET_UNREADABLE/) });
  expect(box.find((m) => m.key === 'test:ok:0')).toMatchObject({ state: 'sent' });
});
