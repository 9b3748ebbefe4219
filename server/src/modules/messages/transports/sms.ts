import type { Config } from '../../../config/config.js';
import type { SmsTransport } from './transport.js';
import { twilioTransport } from './twilio.js';
import { webhookTransport } from './sms-webhook.js';

export { smsSegments, smsLength } from './sms-segments.js';

/**
 * The platform's SMS adapter from its configuration, or undefined when SMS is
 * off (`SMS_PROVIDER=none`: SMS messages wait in the outbox). Config checks at
 * start-up that the chosen provider has its settings.
 */
export function createSmsTransport(sms: Config['messages']['sms'], opts: { timeoutMs?: number } = {}): SmsTransport | undefined {
  switch (sms.provider) {
    case 'none':
      return undefined;
    case 'twilio': {
      const { accountSid, authToken, from, apiBase } = sms.twilio;
      if (!accountSid || !authToken || !from)
        throw new Error('SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM');
      return twilioTransport({ accountSid, authToken, from, apiBase, timeoutMs: opts.timeoutMs });
    }
    case 'webhook': {
      const { url, secret } = sms.webhook;
      if (!url || !secret) throw new Error('SMS_PROVIDER=webhook needs SMS_WEBHOOK_URL and SMS_WEBHOOK_SECRET');
      return webhookTransport({ url, secret, timeoutMs: opts.timeoutMs });
    }
  }
}

/**
 * Where a provider reports on one message: the school's own portal address
 * (the status route finds the school from the host, like sign-in), so the
 * report reaches the school that sent it. `portal` is the school's origin,
 * e.g. `https://greenfield.schools.example`.
 */
export const smsStatusCallbackUrl = (portal: string, messageId: string): string =>
  `${portal.replace(/\/+$/, '')}/api/public/sms-status/${encodeURIComponent(messageId)}`;
