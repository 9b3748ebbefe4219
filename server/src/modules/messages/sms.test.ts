import http from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { TwilioStandin, twilioSignature } from '../../../test/twilio-standin.js';
import { createSmsTransport, smsStatusCallbackUrl } from './transports/sms.js';
import { DeliveryError, type SmsTransport } from './transports/transport.js';
import { verifyWebhookSignature, webhookSignature } from './transports/sms-webhook.js';

const TO = '+447700900123';

/** What a failed send threw (it must throw a DeliveryError). */
async function failure(transport: SmsTransport, to = TO): Promise<DeliveryError> {
  const err = await transport.send({ to, text: 'Hi', idempotencyKey: 'k-fail' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return err as DeliveryError;
}

const twilioConfig = (standin: TwilioStandin, over: { authToken?: string; from?: string; apiBase?: string } = {}) => ({
  provider: 'twilio' as const,
  twilio: { accountSid: standin.accountSid, authToken: standin.authToken, from: '+15005550006', apiBase: standin.url, ...over },
  webhook: {},
  ratePerSecond: 10,
});

describe('createSmsTransport', () => {
  it('is off (undefined) with SMS_PROVIDER=none', () => {
    expect(createSmsTransport({ provider: 'none', twilio: {}, webhook: {}, ratePerSecond: 10 })).toBeUndefined();
  });
});

describe('Twilio adapter (official SDK) against the loopback stand-in', () => {
  const standin = new TwilioStandin();
  let sms: SmsTransport;
  beforeAll(async () => {
    await standin.start();
    sms = createSmsTransport(twilioConfig(standin))!;
  });
  afterAll(() => standin.stop());
  beforeEach(() => {
    standin.mode = 'ok';
  });

  it('sends through the SDK and resolves with the SID and the segments Twilio bills', async () => {
    const callback = smsStatusCallbackUrl('http://demo.localhost:3000/', '0123456789abcdef01234567');
    const long = 'Your child was absent today. '.repeat(8).trim();
    const accepted = await sms.send({ to: TO, text: long, idempotencyKey: 'absence:1', statusCallback: callback });
    expect(accepted.providerId).toMatch(/^SM[0-9a-f]{32}$/);
    expect(accepted.segments).toBe(2);
    const got = standin.received.find((r) => r.sid === accepted.providerId)!;
    expect(got).toMatchObject({ to: TO, from: '+15005550006', body: long, segments: 2 });
    expect(got.statusCallback).toBe('http://demo.localhost:3000/api/public/sms-status/0123456789abcdef01234567');
  });

  it('sends from a messaging service when TWILIO_FROM is an MG… SID', async () => {
    const viaService = createSmsTransport(twilioConfig(standin, { from: `MG${'a'.repeat(32)}` }))!;
    const accepted = await viaService.send({ to: TO, text: 'Hi', idempotencyKey: 'k-mg' });
    const got = standin.received.find((r) => r.sid === accepted.providerId)!;
    expect(got.messagingServiceSid).toBe(`MG${'a'.repeat(32)}`);
    expect(got.from).toBeUndefined();
  });

  it('with wrong credentials: a retried error (the platform’s settings, not the message), nothing sent', async () => {
    const before = standin.received.length;
    const err = await failure(createSmsTransport(twilioConfig(standin, { authToken: 'wrong' }))!);
    expect(err).toMatchObject({ code: 'TWILIO_20003', permanent: false });
    expect(standin.received.length).toBe(before);
  });

  it('a sender Twilio refuses (the platform’s settings) is retried, so fixing the settings sends what waited', async () => {
    standin.refusedFrom.add('+15005550001');
    const err = await failure(createSmsTransport(twilioConfig(standin, { from: '+15005550001' }))!);
    expect(err).toMatchObject({ code: 'TWILIO_21606', permanent: false });
    expect(err.message).not.toContain('5005550001');
  });

  it('a number Twilio refuses is a permanent failure whose text names neither the number nor the body', async () => {
    standin.refused.add('+447700900999');
    standin.unsubscribed.add('+447700900998');
    const invalid = await failure(sms, '+447700900999');
    expect(invalid).toMatchObject({ code: 'TWILIO_21211', permanent: true });
    const stopped = await failure(sms, '+447700900998');
    expect(stopped).toMatchObject({ code: 'TWILIO_21610', permanent: true });
    for (const e of [invalid, stopped]) expect(`${e.code} ${e.message}`).not.toMatch(/7700900|Hi\b/);
  });

  it('Twilio failing (500) or limiting (429) is retried', async () => {
    standin.mode = 500;
    expect(await failure(sms)).toMatchObject({ code: 'TWILIO_20500', permanent: false });
    standin.mode = 429;
    expect(await failure(sms)).toMatchObject({ code: 'TWILIO_20429', permanent: false });
  });

  it('a connection cut mid-request, or Twilio down, is retried', async () => {
    standin.mode = 'reset';
    expect(await failure(sms)).toMatchObject({ permanent: false, code: expect.stringMatching(/^TWILIO_(ECONNRESET|ERR_\w+|NETWORK)$/) });
    standin.mode = 'ok';
    const down = new TwilioStandin(standin.accountSid, standin.authToken);
    await down.start();
    const toDown = createSmsTransport(twilioConfig(standin, { apiBase: down.url }))!;
    await down.stop();
    expect(await failure(toDown)).toMatchObject({ code: 'TWILIO_ECONNREFUSED', permanent: false });
  });

  it('a Twilio that never answers is given up on after the timeout, and retried', async () => {
    standin.mode = 'hang';
    const started = Date.now();
    const err = await failure(createSmsTransport(twilioConfig(standin), { timeoutMs: 300 })!);
    expect(err).toMatchObject({ code: 'TWILIO_ECONNABORTED', permanent: false });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('signs status callbacks exactly as the SDK expects', () => {
    const url = 'https://demo.schools.example/api/public/sms-status/0123456789abcdef01234567';
    const params = { MessageSid: 'SM1', MessageStatus: 'delivered', To: TO, AccountSid: standin.accountSid };
    const signature = twilioSignature(standin.authToken, url, params);
    expect(signature).toBe(twilio.getExpectedTwilioSignature(standin.authToken, url, params));
    expect(twilio.validateRequest(standin.authToken, signature, url, params)).toBe(true);
    expect(twilio.validateRequest(standin.authToken, signature, url, { ...params, MessageStatus: 'failed' })).toBe(false);
  });
});

describe('webhook adapter against a loopback receiver that checks the signature', () => {
  const secret = 'whsec-test-0123456789';
  const seen: { key?: string; body: { id: string; to: string; text: string }; valid: boolean }[] = [];
  let answer: { status: number; body?: string; delayMs?: number } = { status: 200 };
  let server: http.Server;
  let url = '';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString();
        const valid = verifyWebhookSignature(secret, req.headers['x-signature'] as string | undefined, raw);
        seen.push({ key: req.headers['idempotency-key'] as string | undefined, body: JSON.parse(raw), valid });
        const reply = () => {
          res.writeHead(valid ? answer.status : 401, { 'Content-Type': 'application/json' });
          res.end(answer.body ?? '');
        };
        if (answer.delayMs) setTimeout(reply, answer.delayMs);
        else reply();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  const transport = (over: { secret?: string; url?: string } = {}) =>
    createSmsTransport({ provider: 'webhook', twilio: {}, webhook: { url, secret, ...over }, ratePerSecond: 10 })!;

  it('posts { id, to, text } signed over timestamp and body, with the idempotency key; 2xx { id } is accepted', async () => {
    answer = { status: 202, body: JSON.stringify({ id: 'gw-42' }) };
    const accepted = await transport().send({ to: TO, text: 'Absent today 😀', idempotencyKey: 'absence:7:sms' });
    expect(accepted).toEqual({ providerId: 'gw-42', segments: 1 });
    expect(seen.at(-1)).toEqual({ key: 'absence:7:sms', body: { id: 'absence:7:sms', to: TO, text: 'Absent today 😀' }, valid: true });
    answer = { status: 200 };
    expect(await transport().send({ to: TO, text: 'x', idempotencyKey: 'k2' })).toEqual({ providerId: undefined, segments: 1 });
  });

  it('the signature is the documented scheme, and a stale or altered one is refused', () => {
    const t = 1_764_700_000;
    const body = '{"id":"k","to":"+1","text":"x"}';
    const header = webhookSignature(secret, t, body);
    expect(header).toMatch(/^t=1764700000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, header, body, 300, t * 1000)).toBe(true);
    expect(verifyWebhookSignature(secret, header, body + ' ', 300, t * 1000)).toBe(false);
    expect(verifyWebhookSignature('other', header, body, 300, t * 1000)).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, 300, (t + 301) * 1000)).toBe(false);
    expect(verifyWebhookSignature(secret, undefined, body)).toBe(false);
  });

  it('4xx is permanent (a wrong secret too); 5xx, 429 and timeouts are retried', async () => {
    answer = { status: 422 };
    expect(await failure(transport())).toMatchObject({ code: 'WEBHOOK_HTTP_422', permanent: true });
    expect(await failure(transport({ secret: 'wrong' }))).toMatchObject({ code: 'WEBHOOK_HTTP_401', permanent: true });
    answer = { status: 503 };
    expect(await failure(transport())).toMatchObject({ code: 'WEBHOOK_HTTP_503', permanent: false });
    answer = { status: 429 };
    expect(await failure(transport())).toMatchObject({ code: 'WEBHOOK_HTTP_429', permanent: false });
    answer = { status: 200, delayMs: 400 };
    const slow = createSmsTransport({ provider: 'webhook', twilio: {}, webhook: { url, secret }, ratePerSecond: 10 }, { timeoutMs: 100 })!;
    expect(await failure(slow)).toMatchObject({ code: 'WEBHOOK_TIMEOUT', permanent: false });
    expect(await failure(transport({ url: 'http://127.0.0.1:1/sms' }))).toMatchObject({ code: 'WEBHOOK_UNREACHABLE', permanent: false });
  });
});
