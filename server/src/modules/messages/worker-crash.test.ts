import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { dbUri, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { announcements, enqueueFor, outboxOf } from '../../../test/messages.js';
import { repoRoot } from '../../../test/servers.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { createMessageWorker } from './worker.js';

let smtp: TestSmtp;
let t: TestPlatform;
let school: TenantRecord;
const HOLD_MS = 1_500;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await startTestPlatform({ SMTP_URL: smtp.url, SMTP_FROM: 'no-reply@schools.test' });
  school = await t.school('crash');
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

function startChild(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'test', 'message-worker-child.ts')], {
    cwd: path.join(repoRoot, 'server'),
    env: { ...process.env, ...t.env, TEST_MONGODB_URI: dbUri(), WORKER_HOLD_MS: String(HOLD_MS), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => c.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`worker child exited with ${code}`)));
  });
}

test('a worker killed while the server holds its DATA reply: a new worker sends the message again (same Message-ID), every message once', async () => {
  await enqueueFor(t, school, announcements(school, 10, 'crash'));
  // The 5th mail's DATA is held: the worker is waiting for the 250 when it dies.
  let release: (v: { refuse: number }) => void = () => undefined;
  const held = new Promise<string>((resolveHeld) => {
    smtp.onData = async ({ envelopeTo }) => {
      if (smtp.mails.length !== 4) return;
      resolveHeld(envelopeTo[0]!);
      return new Promise<{ refuse: number }>((r) => (release = r));
    };
  });
  const child = await startChild();
  const inFlight = await held;
  // The console sees who holds the school.
  expect(await t.platform.db.MessageQueue.findById(school.id).lean()).toMatchObject({ heldBy: 'child', heldUntil: expect.any(Date) });
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  // The server never gave its 250 for that one (the connection is gone): it does not count as arrived.
  smtp.onData = undefined;
  release({ refuse: 451 });
  expect(smtp.mails).toHaveLength(4);
  const stuck = (await outboxOf(t, school)).find((m) => m.to === inFlight)!;
  expect(stuck.state).toBe('sending');

  const w = createMessageWorker(t.platform, { pollMs: 50, holdMs: HOLD_MS, id: 'after-crash' });
  w.start();
  try {
    await smtp.waitFor(10, 20_000);
  } finally {
    await w.stop();
  }
  const ids = smtp.mails.map((m) => m.messageId);
  expect(new Set(ids).size).toBe(10);
  expect(smtp.mails.filter((m) => m.envelopeTo[0] === inFlight)).toHaveLength(1);
  const box = await outboxOf(t, school);
  expect(box.every((m) => m.state === 'sent')).toBe(true);
  expect(box.find((m) => m.to === inFlight)!.attempts).toBe(2);
}, 60_000);
