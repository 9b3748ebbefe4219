import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { captureLogs } from '../../../test/log-capture.js';
import { TwilioStandin, twilioSignature } from '../../../test/twilio-standin.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { enqueueMessage } from './outbox.js';
import { OutboxModel } from './outbox.schema.js';
import { createSmsTransport, smsStatusCallbackUrl } from './transports/sms.js';
import type { SmsTransport } from './transports/transport.js';

/**
 * Delivery reports end to end: a message in a school's outbox, sent through
 * the Twilio adapter to the loopback stand-in with the school's callback URL,
 * then the stand-in posting Twilio's signed status callback to the platform
 * over HTTP on the school's own host name.
 */
let t: TestPlatform;
const standin = new TwilioStandin();
let server: Server;
let port = 0;
let sms: SmsTransport;
let a: TenantRecord;
let b: TenantRecord;
let n = 0;

beforeAll(async () => {
  await standin.start();
  t = await startTestPlatform({
    SMS_PROVIDER: 'twilio',
    TWILIO_ACCOUNT_SID: standin.accountSid,
    TWILIO_AUTH_TOKEN: standin.authToken,
    TWILIO_FROM: '+15005550006',
    TWILIO_API_BASE: standin.url,
    MESSAGES_WORKER_ENABLED: 'false',
  });
  sms = createSmsTransport(t.platform.config.messages.sms)!;
  server = t.app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  port = (server.address() as AddressInfo).port;
  a = await t.school('sms-a');
  b = await t.school('sms-b');
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await standin.stop();
  await t.close();
});

const inSchool = <R>(school: TenantRecord, fn: () => Promise<R>) => runForTenant(t.platform.connections, school, fn);
const outbox = (school: TenantRecord, id: string) => inSchool(school, () => tenantModel(OutboxModel).findById(id).lean());

/**
 * Queues an SMS in a school's outbox and sends it as the worker will: through the
 * adapter with the callback on `host`, then `sent` with the provider's id and segments.
 */
async function sentMessage(school: TenantRecord, host = `${school.subdomain}.localhost`, state: 'sent' | 'sending' = 'sent') {
  const { id } = await inSchool(school, () =>
    enqueueMessage({
      key: `absence:test:${(n += 1)}:sms`,
      kind: 'absence',
      channel: 'sms',
      to: '+447700900123',
      vars: { title: 'Absent', body: 'Absent today', student: 'Sam', date: '2026-12-02' },
    }),
  );
  const statusCallback = smsStatusCallbackUrl(`http://${host}:${port}`, id);
  const accepted = await sms.send({ to: '+447700900123', text: 'Sam was absent today', idempotencyKey: `k${n}`, statusCallback });
  await inSchool(school, () =>
    tenantModel(OutboxModel).updateOne(
      { _id: id },
      { $set: { state, providerId: accepted.providerId, segments: accepted.segments, sentAt: new Date(), attempts: 1 } },
    ),
  );
  const received = standin.received.find((r) => r.sid === accepted.providerId)!;
  return { id, received };
}

const today = () => new Date().toISOString().slice(0, 10);
const dayCounts = async (school: TenantRecord) => (await t.platform.db.MessageDay.findById(`${school.id}:${today()}`).lean())?.sms;

describe('SMS status callbacks (/api/public/sms-status/:messageId)', () => {
  it('a signed "delivered" moves the sent message to delivered and counts it for the day, once', async () => {
    const before = (await dayCounts(a))?.delivered ?? 0;
    const { id, received } = await sentMessage(a);
    expect(received.statusCallback).toBe(`http://sms-a.localhost:${port}/api/public/sms-status/${id}`);
    // Twilio's intermediate status first: our `sent` already says the provider accepted it.
    expect(await standin.report(received, 'sent')).toMatchObject({ status: 200 });
    expect((await outbox(a, id))?.state).toBe('sent');

    const res = await standin.report(received, 'delivered');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ id, state: 'delivered', changed: true });
    const msg = await outbox(a, id);
    expect(msg).toMatchObject({ state: 'delivered', providerId: received.sid });
    expect(msg?.deliveredAt).toBeInstanceOf(Date);
    expect((await dayCounts(a))?.delivered).toBe(before + 1);

    // A replay, and a late "sent" after "delivered": nothing moves, nothing counted again.
    const replay = await standin.report(received, 'delivered');
    expect(JSON.parse(replay.body)).toEqual({ id, state: 'delivered', changed: false });
    expect(JSON.parse((await standin.report(received, 'sent')).body)).toEqual({ id, state: 'delivered', changed: false });
    expect(JSON.parse((await standin.report(received, 'undelivered', { errorCode: 30003 })).body)).toMatchObject({ changed: false });
    expect(await outbox(a, id)).toEqual(msg);
    expect((await dayCounts(a))?.delivered).toBe(before + 1);
  });

  it('"undelivered" (or "failed") after acceptance is bounced, with the provider’s error code and the day’s count', async () => {
    const before = (await dayCounts(a))?.bounced ?? 0;
    const { id, received } = await sentMessage(a);
    const res = await standin.report(received, 'undelivered', { errorCode: 30003 });
    expect(JSON.parse(res.body)).toEqual({ id, state: 'bounced', changed: true });
    const msg = await outbox(a, id);
    expect(msg?.state).toBe('bounced');
    expect(msg?.lastError).toMatch(/^SMS_30003: /);
    expect(msg?.lastError).not.toContain('7700900');
    expect((await dayCounts(a))?.bounced).toBe(before + 1);
    // A "delivered" after the bounce does not bring it back.
    expect(JSON.parse((await standin.report(received, 'delivered')).body)).toMatchObject({ state: 'bounced', changed: false });

    const failed = await sentMessage(a);
    expect(JSON.parse((await standin.report(failed.received, 'failed', { errorCode: 30008 })).body)).toMatchObject({ state: 'bounced' });
  });

  it('a bad or missing signature is refused (403) and changes nothing', async () => {
    const { id, received } = await sentMessage(a);
    const before = await outbox(a, id);
    const counts = await dayCounts(a);
    // Signed with another auth token.
    const wrongKey = await standin.report(received, 'delivered', { signWith: 'not-the-token' });
    expect(wrongKey.status).toBe(403);
    expect(JSON.parse(wrongKey.body)).toMatchObject({ error: 'INVALID_SIGNATURE', message: expect.any(String) });
    // Signed for "failed", sent as "delivered".
    const params = standin.callbackParams(received, 'delivered');
    const forged = twilioSignature(standin.authToken, received.statusCallback!, { ...params, MessageStatus: 'failed' });
    expect((await standin.post(received.statusCallback!, params, forged)).status).toBe(403);
    // Signed for another message's URL.
    const other = received.statusCallback!.replace(id, '0123456789abcdef01234567');
    expect((await standin.post(received.statusCallback!, params, twilioSignature(standin.authToken, other, params))).status).toBe(403);
    // No signature at all, and JSON instead of Twilio's form.
    const bare = await request(t.app).post(`/api/public/sms-status/${id}`).set('Host', `sms-a.localhost:${port}`).type('form').send(params);
    expect(bare.status).toBe(403);
    const json = await request(t.app).post(`/api/public/sms-status/${id}`).set('Host', `sms-a.localhost:${port}`).send(params);
    expect(json.status).toBe(403);
    expect(await outbox(a, id)).toEqual(before);
    expect(await dayCounts(a)).toEqual(counts);
  });

  it("another school's message id on this school's host is 404, and that message is unchanged", async () => {
    // Sent by school B, but its callback points at school A's host with B's id, correctly signed for that URL.
    const { id, received } = await sentMessage(b, 'sms-a.localhost');
    const before = await outbox(b, id);
    const res = await standin.report(received, 'delivered');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'NOT_FOUND' });
    expect(await outbox(b, id)).toEqual(before);
    expect(before?.state).toBe('sent');
    // On its own school's host the same report is taken.
    const own = received.statusCallback!.replace('sms-a.localhost', 'sms-b.localhost');
    const params = standin.callbackParams(received, 'delivered');
    const ok = await standin.post(own, params, twilioSignature(standin.authToken, own, params));
    expect(JSON.parse(ok.body)).toEqual({ id, state: 'delivered', changed: true });
  });

  it('a report that arrives before the worker recorded "sent" is dropped, not raced', async () => {
    const { id, received } = await sentMessage(a, undefined, 'sending');
    const res = await standin.report(received, 'delivered');
    expect(JSON.parse(res.body)).toEqual({ id, state: 'sending', changed: false });
    expect((await outbox(a, id))?.state).toBe('sending');
  });

  it('logs the message id and the outcome, never the number, the text, the signature or the token', async () => {
    const { id, received } = await sentMessage(a);
    const logs = captureLogs('debug');
    try {
      await standin.report(received, 'delivered', { signWith: 'not-the-token' });
      await standin.report(received, 'delivered');
    } finally {
      logs.stop();
    }
    const text = logs.text();
    expect(logs.lines().some((l) => l.messageId === id && l.outcome === 'delivered')).toBe(true);
    const signature = twilioSignature(standin.authToken, received.statusCallback!, standin.callbackParams(received, 'delivered'));
    for (const secret of ['7700900123', 'Sam was absent', standin.authToken, signature, received.sid]) expect(text).not.toContain(secret);
  });

  it('a report naming another send of the message (another SID) changes nothing', async () => {
    const { id, received } = await sentMessage(a);
    const params = { ...standin.callbackParams(received, 'delivered'), MessageSid: `SM${'0'.repeat(32)}`, SmsSid: `SM${'0'.repeat(32)}` };
    const res = await standin.post(received.statusCallback!, params, twilioSignature(standin.authToken, received.statusCallback!, params));
    expect(JSON.parse(res.body)).toEqual({ id, state: 'sent', changed: false });
  });
});
