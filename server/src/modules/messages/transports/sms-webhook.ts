import { createHmac, timingSafeEqual } from 'node:crypto';
import { DeliveryError, type SmsAccepted, type SmsToSend, type SmsTransport } from './transport.js';
import { smsSegments } from './sms-segments.js';

/** The header carrying the signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'X-Signature';

/**
 * The signature of one request, as Stripe signs its webhooks: HMAC-SHA256 with
 * the shared secret over `<t>.<raw body>`, hex. The timestamp is signed so a
 * receiver can refuse a replayed request (older than a few minutes).
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

/**
 * Checks a signature header against the raw body: right secret, and a
 * timestamp within `toleranceSeconds` of now. For receivers (a relay, tests,
 * and delivery reports coming back the same way).
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined,
  body: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  if (!header) return false;
  const parts = new Map(
    header.split(',').map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i).trim(), p.slice(i + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || Math.abs(now / 1000 - t) > toleranceSeconds || !/^[0-9a-f]{64}$/.test(given)) return false;
  const expected = webhookSignature(secret, t, body).split('v1=')[1]!;
  return timingSafeEqual(Buffer.from(given, 'hex'), Buffer.from(expected, 'hex'));
}

export interface WebhookSettings {
  url: string;
  secret: string;
  /** Bound on one request, connection included (ms). */
  timeoutMs?: number;
}

/**
 * SMS through any gateway behind a small relay: one signed JSON POST per
 * message (the contract is in docs/sms.md). 2xx is an acceptance (its
 * optional `{ id }` is the gateway's id); 408, 429 and 5xx, a timeout or no
 * answer are retried; any other 4xx is a permanent refusal.
 */
export function webhookTransport(settings: WebhookSettings): SmsTransport {
  const timeoutMs = settings.timeoutMs ?? 10_000;
  return {
    name: 'webhook',
    async send(sms: SmsToSend): Promise<SmsAccepted> {
      const body = JSON.stringify({
        id: sms.idempotencyKey,
        to: sms.to,
        text: sms.text,
        ...(sms.statusCallback ? { statusCallback: sms.statusCallback } : {}),
      });
      let res: Response;
      try {
        res = await fetch(settings.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Idempotency-Key': sms.idempotencyKey,
            [SIGNATURE_HEADER]: webhookSignature(settings.secret, Math.floor(Date.now() / 1000), body),
          },
          body,
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        const timedOut = (err as Error)?.name === 'TimeoutError';
        throw new DeliveryError(
          timedOut ? 'WEBHOOK_TIMEOUT' : 'WEBHOOK_UNREACHABLE',
          timedOut ? `The SMS gateway did not answer within ${timeoutMs} ms` : 'The SMS gateway could not be reached',
        );
      }
      const text = await res.text().catch(() => '');
      if (res.status >= 200 && res.status < 300) return { providerId: gatewayId(text), segments: smsSegments(sms.text) };
      const retry = res.status === 408 || res.status === 429 || res.status >= 500;
      throw new DeliveryError(
        `WEBHOOK_HTTP_${res.status}`,
        retry ? `The SMS gateway failed (HTTP ${res.status})` : `The SMS gateway refused the message (HTTP ${res.status})`,
        !retry,
      );
    },
  };
}

/** The gateway's id from a `{ id }` answer, if it sent a short one. */
function gatewayId(text: string): string | undefined {
  try {
    const id = (JSON.parse(text) as { id?: unknown })?.id;
    return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : undefined;
  } catch {
    return undefined;
  }
}
