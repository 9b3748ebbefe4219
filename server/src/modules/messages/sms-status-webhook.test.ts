import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { TwilioStandin, twilioSignature } from '../../../test/twilio-standin.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { enqueueMessage } from './outbox.js';
import { OutboxModel } from './outbox.schema.js';
import { createSmsTransport, smsStatusCallbackUrl } from './transports/sms.js';
import { webhookSignature } from './transports/sms-webhook.js';

/**
 * Delivery reports through the generic webhook adapter: the gateway's relay
 * posts `{ id, status, errorCode? }` to the callback URL it was given, signed
 * like the platform's own requests to it.
 */
const SECRET = 'whsec-reports-0123456789';
let t: TestPlatform;
let gateway: http.Server;
let school: TenantRecord;
const given: { id: string; statusCallback?: string }[] = [];
let n = 0;

beforeAll(async () => {
  gateway = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      given.push(JSON.parse(Buffer.concat(chunks).toString()));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `gw-${given.length}` }));
    });
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  t = await startTestPlatform({
    SMS_PROVIDER: 'webhook',
    SMS_WEBHOOK_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`,
    SMS_WEBHOOK_SECRET: SECRET,
    MESSAGES_WORKER_ENABLED: 'false',
  });
  school = await t.school('sms-w');
});
afterAll(async () => {
  gateway.closeAllConnections();
  await new Promise((r) => gateway.close(r));
  await t.close();
});

const inSchool = <R>(fn: () => Promise<R>) => runForTenant(t.platform.connections, school, fn);
const outbox = (id: string) => inSchool(() => tenantModel(OutboxModel).findById(id).lean());

async function sentMessage() {
  const { id } = await inSchool(() =>
    enqueueMessage({
      key: `announcement:w:${(n += 1)}:sms`,
      kind: 'announcement',
      channel: 'sms',
      to: '+447700900123',
      vars: { title: 'Closed', body: 'School closed tomorrow' },
    }),
  );
  const sms = createSmsTransport(t.platform.config.messages.sms)!;
  const statusCallback = smsStatusCallbackUrl('http://sms-w.localhost:3000', id);
  const accepted = await sms.send({ to: '+447700900123', text: 'School closed tomorrow', idempotencyKey: `w${n}`, statusCallback });
  await inSchool(() => tenantModel(OutboxModel).updateOne({ _id: id }, { $set: { state: 'sent', providerId: accepted.providerId } }));
  expect(given.at(-1)?.statusCallback).toBe(statusCallback);
  return { id, providerId: accepted.providerId! };
}

const report = (id: string, body: string, signature?: string) => {
  const req = request(t.app)
    .post(`/api/public/sms-status/${id}`)
    .set('Host', 'sms-w.localhost:3000')
    .set('Content-Type', 'application/json');
  if (signature) req.set('X-Signature', signature);
  return req.send(body);
};
const now = () => Math.floor(Date.now() / 1000);

describe('webhook delivery reports', () => {
  it('a signed { id, status: "delivered" } moves the message to delivered; a replay changes nothing', async () => {
    const { id, providerId } = await sentMessage();
    const body = JSON.stringify({ id: providerId, status: 'delivered' });
    const res = await report(id, body, webhookSignature(SECRET, now(), body)).expect(200);
    expect(res.body).toEqual({ id, state: 'delivered', changed: true });
    const again = await report(id, body, webhookSignature(SECRET, now(), body)).expect(200);
    expect(again.body).toEqual({ id, state: 'delivered', changed: false });
  });

  it('"failed" is bounced with the gateway’s code', async () => {
    const { id, providerId } = await sentMessage();
    const body = JSON.stringify({ id: providerId, status: 'failed', errorCode: 'EXPIRED' });
    await report(id, body, webhookSignature(SECRET, now(), body)).expect(200);
    expect((await outbox(id))?.lastError).toMatch(/^SMS_EXPIRED: /);
    expect((await outbox(id))?.state).toBe('bounced');
  });

  it('a signed report naming no provider id, or another message’s, changes nothing: a captured report cannot be replayed on another message', async () => {
    const { id } = await sentMessage();
    const other = await sentMessage();
    const before = await outbox(id);
    for (const report_ of [
      { status: 'failed', errorCode: 'SPOOFED' },
      { id: other.providerId, status: 'delivered' },
    ]) {
      const body = JSON.stringify(report_);
      const res = await report(id, body, webhookSignature(SECRET, now(), body)).expect(200);
      expect(res.body).toEqual({ id, state: 'sent', changed: false });
    }
    expect(await outbox(id)).toEqual(before);
  });

  it('simultaneous reports on the first of the day are all taken (the day counter is created by one, updated by the others)', async () => {
    const sent = [];
    for (let i = 0; i < 6; i++) sent.push(await sentMessage());
    for (let round = 0; round < 2; round++) {
      await t.platform.db.MessageDay.deleteMany({ tenantId: school.id });
      const batch = sent.slice(round * 3, round * 3 + 3);
      const answers = await Promise.all(
        batch.map(({ id, providerId }) => {
          const body = JSON.stringify({ id: providerId, status: 'delivered' });
          return report(id, body, webhookSignature(SECRET, now(), body));
        }),
      );
      expect(answers.map((a) => [a.status, a.body.error])).toEqual(batch.map(() => [200, undefined]));
    }
  });

  it('an unsigned report answers the same for a real message id as for an unknown one (ids cannot be probed)', async () => {
    const { id } = await sentMessage();
    const body = JSON.stringify({ status: 'delivered' });
    const real = await report(id, body);
    const unknown = await report('0123456789abcdef01234567', body);
    expect([real.status, real.body]).toEqual([unknown.status, unknown.body]);
    expect(real.status).toBe(403);
  });

  it('a wrong secret, an old timestamp, a Twilio-style form or an oversized body is refused and nothing changes', async () => {
    const { id, providerId } = await sentMessage();
    const before = await outbox(id);
    const body = JSON.stringify({ id: providerId, status: 'delivered' });
    expect((await report(id, body, webhookSignature('wrong', now(), body))).status).toBe(403);
    expect((await report(id, body, webhookSignature(SECRET, now() - 3600, body))).status).toBe(403);
    expect((await report(id, body)).status).toBe(403);
    // A Twilio callback is not taken when the platform does not use Twilio, whatever it is signed with.
    const standin = new TwilioStandin();
    const url = smsStatusCallbackUrl('http://sms-w.localhost:3000', id);
    const params = { MessageSid: providerId, MessageStatus: 'delivered' };
    const twilioForm = await request(t.app)
      .post(`/api/public/sms-status/${id}`)
      .set('Host', 'sms-w.localhost:3000')
      .set('X-Twilio-Signature', twilioSignature(standin.authToken, url, params))
      .type('form')
      .send(params);
    expect(twilioForm.status).toBe(403);
    const big = JSON.stringify({ id: providerId, status: 'delivered', pad: 'x'.repeat(20_000) });
    const huge = await report(id, big, webhookSignature(SECRET, now(), big));
    expect([huge.status, huge.body.error]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await outbox(id)).toEqual(before);
  });
});
