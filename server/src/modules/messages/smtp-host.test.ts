import net from 'node:net';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { announcements, enqueueFor, outboxOf } from '../../../test/messages.js';
import { encryptSecret } from '../../lib/crypto.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { isPublicAddress } from './smtp-host.js';
import { createMessageWorker } from './worker.js';

/**
 * Found from outside: a school admin could set the school's own SMTP URL to a
 * loopback, private or metadata address, and the worker would connect there
 * (SSRF). Refused when saved and at every connection, unless SMTP_ALLOW_PRIVATE_HOSTS.
 */
let own: TestSmtp;
let strict: TestPlatform;
let s: TenantRecord;

beforeAll(async () => {
  own = await startTestSmtp();
  strict = await startTestPlatform({ SMTP_ALLOW_PRIVATE_HOSTS: 'false' });
  s = await strict.school('ssrf-a', { plan: 'premium' });
});
let lax: TestPlatform | undefined;
/** Started when first needed, after the strict platform's tests: the outbox signals the platform created last in this process. */
async function laxPlatform(): Promise<TestPlatform> {
  if (!lax) {
    lax = await startTestPlatform({ SMTP_ALLOW_PRIVATE_HOSTS: 'true' });
    await lax.school('ssrf-b', { plan: 'premium' });
  }
  return lax;
}
afterAll(async () => {
  await lax?.close();
  await strict.close();
  await own.stop();
});

const body = (smtpUrl: string) => ({ fromAddress: 'office@ssrf.test', ownSmtp: true, smtpUrl });

describe("a school's own SMTP server", () => {
  test('on a loopback, private, link-local or metadata address (or a name resolving to one) is refused when saved: 400 naming smtpUrl, nothing stored', async () => {
    const admin = strict.as('ssrf-a', (await strict.login('ssrf-a')).accessToken);
    const hosts = [
      `127.0.0.1:${own.port}`,
      '10.1.2.3:25',
      '172.16.0.9',
      '192.168.1.1:587',
      '169.254.169.254:80',
      '100.100.100.200',
      '0.0.0.0:25',
      '[::1]:25',
      '[::ffff:127.0.0.1]:25',
      '[fd00::1]',
      '[fe80::1]',
      '2130706433:25', // 127.0.0.1 in decimal, read by getaddrinfo
      `localhost:${own.port}`,
    ];
    for (const host of hosts) {
      const res = await admin.put('/api/settings/messaging', body(`smtp://user:pw@${host}`));
      expect({ host, status: res.status }).toEqual({ host, status: 400 });
      expect(res.body.details.map((d: { path: string }) => d.path)).toEqual(['smtpUrl']);
    }
    const stored = await strict.platform.db.Tenant.findById(s.id).select('+messaging.smtpUrl').lean();
    expect(stored!.messaging?.smtpUrl).toBeUndefined();
    expect(stored!.messaging?.ownSmtp).toBeFalsy();
  });

  test('stored on a private address anyway (saved before the check, a restore) is not connected to: the message fails with SMTP_PRIVATE_HOST', async () => {
    for (const host of [`127.0.0.1:${own.port}`, `localhost:${own.port}`]) {
      await strict.platform.db.Tenant.updateOne(
        { _id: s.id },
        {
          $set: {
            'messaging.ownSmtp': true,
            'messaging.fromAddress': 'office@ssrf.test',
            'messaging.smtpUrl': encryptSecret(`smtp://${host}`, strict.platform.config.encryptionKey),
          },
        },
      );
      await strict.platform.tenants.invalidate(s);
    }
    await enqueueFor(strict, s, announcements(s, 1, 'ssrf'));
    const worker = createMessageWorker(strict.platform, { pollMs: 50, backoffMs: () => 60_000 });
    try {
      await worker.drainUntilIdle();
    } finally {
      await worker.stop();
    }
    expect(own.dataCount).toBe(0);
    const [msg] = await outboxOf(strict, s);
    expect(msg).toMatchObject({ state: 'failed', attempts: 1, lastError: expect.stringMatching(/^SMTP_PRIVATE_HOST/) });
  });

  test('on loopback is accepted and used when SMTP_ALLOW_PRIVATE_HOSTS is on (tests, development)', async () => {
    const lax = await laxPlatform();
    const admin = lax.as('ssrf-b', (await lax.login('ssrf-b')).accessToken);
    const res = await admin.put('/api/settings/messaging', body(`smtp://localhost:${own.port}`)).expect(200);
    expect(res.body.smtpHost).toBe(`localhost:${own.port}`);
    const b = (await lax.platform.tenants.bySubdomain('ssrf-b'))!;
    await enqueueFor(lax, b, announcements(b, 1, 'lax'));
    const worker = createMessageWorker(lax.platform, { pollMs: 50 });
    try {
      await worker.drainUntilIdle();
    } finally {
      await worker.stop();
    }
    expect(own.mails).toHaveLength(1);
    expect(own.mails[0]!.from).toContain('office@ssrf.test');
  });

  test('with a query in its URL (nodemailer options: proxy, logger, timeouts…) is refused when saved, and a stored one connects without them', async () => {
    const admin = strict.as('ssrf-a', (await strict.login('ssrf-a')).accessToken);
    for (const query of ['?proxy=http://169.254.169.254:80', '?logger=true&debug=true', '?socketTimeout=99999999', '#x']) {
      const res = await admin.put('/api/settings/messaging', body(`smtp://mail.ssrf-a.test:587${query}`));
      expect({ query, status: res.status, fields: res.body.details?.map((d: { path: string }) => d.path) }).toEqual({
        query,
        status: 400,
        fields: ['smtpUrl'],
      });
    }

    // A proxy on loopback that would see the connection if the URL's `proxy` were obeyed.
    let proxied = 0;
    const trap = net.createServer((socket) => {
      proxied += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    const trapPort = (trap.address() as net.AddressInfo).port;
    const p = await laxPlatform();
    const b = (await p.platform.tenants.bySubdomain('ssrf-b'))!;
    try {
      await p.platform.db.Tenant.updateOne(
        { _id: b.id },
        {
          $set: {
            'messaging.smtpUrl': encryptSecret(
              `smtp://localhost:${own.port}?proxy=http://127.0.0.1:${trapPort}`,
              p.platform.config.encryptionKey,
            ),
          },
        },
      );
      await p.platform.tenants.invalidate(b);
      own.mails.length = 0;
      await enqueueFor(p, b, announcements(b, 1, 'query'));
      const worker = createMessageWorker(p.platform, { pollMs: 50, backoffMs: () => 60_000 });
      try {
        await worker.drainUntilIdle();
      } finally {
        await worker.stop();
      }
      expect(proxied).toBe(0);
      expect(own.mails).toHaveLength(1);
    } finally {
      trap.close();
    }
  });
});

test('public and non-public addresses', () => {
  for (const ip of [
    '127.0.0.1',
    '10.0.0.1',
    '169.254.169.254',
    '::1',
    '::ffff:10.0.0.1',
    'fd12::1',
    'fe80::1',
    '64:ff9b::a00:1',
    '0.0.0.0',
    '::',
  ])
    expect({ ip, public: isPublicAddress(ip) }).toEqual({ ip, public: false });
  for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::1111'])
    expect({ ip, public: isPublicAddress(ip) }).toEqual({ ip, public: true });
});
