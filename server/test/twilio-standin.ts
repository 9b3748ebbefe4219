import { createHmac, randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A loopback stand-in for Twilio's Programmable Messaging REST API (the real
 * one cannot be reached from tests): `POST /2010-04-01/Accounts/{Sid}/Messages.json`
 * with Twilio's form fields, Basic auth, answers and error bodies, and status
 * callbacks signed with `X-Twilio-Signature` as Twilio signs them.
 */
export interface ReceivedSms {
  sid: string;
  accountSid: string;
  to: string;
  from?: string;
  messagingServiceSid?: string;
  body: string;
  statusCallback?: string;
  segments: number;
}

/** What the stand-in does with the next requests. */
export type StandinMode = 'ok' | 500 | 429 | 'reset' | 'hang';

export class TwilioStandin {
  readonly received: ReceivedSms[] = [];
  /** Numbers answered as Twilio answers an invalid `To` (21211). */
  readonly refused = new Set<string>();
  /** Numbers answered as unsubscribed (21610: the recipient replied STOP). */
  readonly unsubscribed = new Set<string>();
  /** Senders answered as not belonging to the account (21606: the platform's settings are wrong). */
  readonly refusedFrom = new Set<string>();
  mode: StandinMode = 'ok';
  /** Requests seen (any answer), for checks that nothing was sent. */
  requests = 0;
  private server?: http.Server;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  constructor(
    readonly accountSid = `AC${randomBytes(16).toString('hex')}`,
    readonly authToken = randomBytes(16).toString('hex'),
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(port = this.port): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Down: connections refused until start() again (on the same port). */
  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests += 1;
    if (this.mode === 'reset') return void req.socket.destroy();
    // Never answers (until stop() cuts the connection).
    if (this.mode === 'hang') return;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const error = (status: number, code: number, message: string) =>
      json(status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

    const path = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\.json$/.exec(req.url ?? '');
    if (!path || req.method !== 'POST') return error(404, 20404, 'The requested resource was not found');
    const [user, pass] = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64')
      .toString()
      .split(':');
    if (user !== this.accountSid || pass !== this.authToken || path[1] !== this.accountSid) return error(401, 20003, 'Authenticate');
    if (this.mode === 500) return error(500, 20500, 'Internal Server Error');
    if (this.mode === 429) return error(429, 20429, 'Too Many Requests');

    const form = new URLSearchParams(Buffer.concat(chunks).toString());
    const to = form.get('To') ?? '';
    const body = form.get('Body') ?? '';
    if (!to) return error(400, 21604, "A 'To' phone number is required.");
    if (!form.get('From') && !form.get('MessagingServiceSid')) return error(400, 21603, "A 'From' phone number is required.");
    if (this.refusedFrom.has(form.get('From') ?? ''))
      return error(
        400,
        21606,
        `The From phone number ${form.get('From')} is not a valid, SMS-capable inbound phone number for your account.`,
      );
    // Twilio's messages quote the number: the adapter must not pass them on.
    if (this.refused.has(to)) return error(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    if (this.unsubscribed.has(to)) return error(400, 21610, `Attempt to send to unsubscribed recipient ${to}`);

    const sid = `SM${randomBytes(16).toString('hex')}`;
    const segments = roughSegments(body);
    const sms: ReceivedSms = {
      sid,
      accountSid: this.accountSid,
      to,
      from: form.get('From') ?? undefined,
      messagingServiceSid: form.get('MessagingServiceSid') ?? undefined,
      body,
      statusCallback: form.get('StatusCallback') ?? undefined,
      segments,
    };
    this.received.push(sms);
    const now = new Date().toUTCString();
    json(201, {
      account_sid: this.accountSid,
      api_version: '2010-04-01',
      body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from: sms.from ?? null,
      messaging_service_sid: sms.messagingServiceSid ?? null,
      num_media: '0',
      num_segments: String(segments),
      price: null,
      price_unit: 'USD',
      sid,
      status: sms.messagingServiceSid ? 'accepted' : 'queued',
      subresource_uris: { media: `/2010-04-01/Accounts/${this.accountSid}/Messages/${sid}/Media.json` },
      to,
      uri: `/2010-04-01/Accounts/${this.accountSid}/Messages/${sid}.json`,
    });
  }

  /** The parameters Twilio posts to a status callback. */
  callbackParams(sms: ReceivedSms, status: string, errorCode?: number): Record<string, string> {
    return {
      AccountSid: sms.accountSid,
      ApiVersion: '2010-04-01',
      From: sms.from ?? '+15005550006',
      MessageSid: sms.sid,
      MessageStatus: status,
      SmsSid: sms.sid,
      SmsStatus: status,
      To: sms.to,
      ...(sms.messagingServiceSid ? { MessagingServiceSid: sms.messagingServiceSid } : {}),
      ...(errorCode ? { ErrorCode: String(errorCode) } : {}),
    };
  }

  /**
   * Sends the status callback for a message to its StatusCallback URL, signed
   * with the account's auth token. A `.localhost` host is reached on 127.0.0.1
   * with its name in the Host header, as DNS would route it.
   */
  async report(
    sms: ReceivedSms,
    status: 'queued' | 'sent' | 'delivered' | 'undelivered' | 'failed',
    opts: { errorCode?: number; signWith?: string; params?: Record<string, string> } = {},
  ): Promise<{ status: number; body: string }> {
    if (!sms.statusCallback) throw new Error('This message has no StatusCallback');
    const params = opts.params ?? this.callbackParams(sms, status, opts.errorCode);
    return this.post(sms.statusCallback, params, twilioSignature(opts.signWith ?? this.authToken, sms.statusCallback, params));
  }

  async post(url: string, params: Record<string, string>, signature: string): Promise<{ status: number; body: string }> {
    const target = new URL(url);
    const payload = new URLSearchParams(params).toString();
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: target.hostname.endsWith('.localhost') ? '127.0.0.1' : target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: 'POST',
          headers: {
            Host: target.host,
            'Content-Type': 'application/x-www-form-urlencoded',
            'Content-Length': Buffer.byteLength(payload),
            'X-Twilio-Signature': signature,
            'User-Agent': 'TwilioProxy/1.1',
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }
}

/**
 * Twilio's request signature (https://www.twilio.com/docs/usage/webhooks/webhooks-security):
 * the full URL, then each POST parameter's name and value in name order,
 * HMAC-SHA1 with the auth token, base64. Written here from the documentation;
 * a test checks it against the SDK's getExpectedTwilioSignature.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf-8')).digest('base64');
}

/** The stand-in's own (independent, simpler) count: ASCII texts in 160/153, anything else in 70/67. */
function roughSegments(body: string): number {
  const ascii = /^[\x20-\x7e\n\r]*$/.test(body) && !/[\^{}\\[\]~|]/.test(body);
  const units = body.length;
  const [single, part] = ascii ? [160, 153] : [70, 67];
  return units <= single ? 1 : Math.ceil(units / part);
}
