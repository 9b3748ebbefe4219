import twilio from 'twilio';
import type SdkRequestClient from 'twilio/lib/base/RequestClient.js';
import { DeliveryError, type SmsAccepted, type SmsToSend, type SmsTransport } from './transport.js';
import { smsSegments } from './sms-segments.js';

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  /** A sender number (E.164) or a messaging service SID (`MG…`). */
  from: string;
  /** Another origin for the REST API (`http://127.0.0.1:4010` for a stand-in); Twilio's own otherwise. */
  apiBase?: string;
  /** Bound on one request (ms). */
  timeoutMs?: number;
}

const TWILIO_API = 'https://api.twilio.com';

/**
 * The SDK's documented way to change how it makes requests is a custom
 * `httpClient` (twilio-node advanced-examples/custom-http-client.md): this one is
 * the SDK's own RequestClient with the origin of every URL replaced, so the
 * SDK still builds the request (auth, form encoding, headers) exactly as it
 * would for Twilio.
 */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(
    private readonly origin: string,
    timeout: number,
  ) {
    super({ timeout, keepAlive: true });
  }

  override request<TData>(opts: SdkRequestClient.RequestOptions<TData>) {
    const url = new URL(opts.uri);
    return super.request<TData>({ ...opts, uri: this.origin + url.pathname + url.search });
  }
}

/**
 * Twilio error codes that mean this number will never get this message
 * (https://www.twilio.com/docs/api/errors): retrying cannot help.
 */
const PERMANENT_CODES: Record<number, string> = {
  21211: 'not a valid phone number',
  21214: 'not a reachable phone number',
  21217: 'not a valid phone number',
  21265: 'a short code cannot receive this message',
  21407: 'this number cannot receive SMS',
  21408: 'sending to this region is not enabled on the account',
  21610: 'the recipient has unsubscribed (STOP)',
  21612: 'no route to this number',
  21614: 'not a mobile number',
  21617: 'the message is too long',
  21635: 'a landline cannot receive SMS',
};

/**
 * Codes that fault the platform's Twilio settings (sender, messaging service,
 * account), not the message: retried, so that fixing the settings sends what waited.
 */
const SETTINGS_CODES: Record<number, string> = {
  20003: 'authentication failed',
  20005: 'the account is not active',
  21212: 'the sender number is not valid',
  21606: 'the sender number cannot send to this destination from this account',
  21659: 'the sender is not a Twilio number of this account',
  21660: 'the sender number does not belong to this account',
  21703: 'the messaging service is not valid',
};

interface TwilioFailure {
  status?: number;
  code?: number | string;
}

/** Turns what the SDK threw into a DeliveryError that names no number, no body and none of Twilio's own text. */
export function twilioDeliveryError(err: unknown): DeliveryError {
  const e = err as TwilioFailure;
  if (typeof e?.status === 'number') {
    const code = typeof e.code === 'number' ? e.code : Number(e.code) || undefined;
    const tag = code ? `TWILIO_${code}` : `TWILIO_HTTP_${e.status}`;
    if (code && PERMANENT_CODES[code])
      return new DeliveryError(tag, `Twilio refused the message: ${PERMANENT_CODES[code]} (${code})`, true);
    if (code && SETTINGS_CODES[code])
      return new DeliveryError(tag, `Twilio refused the platform's settings: ${SETTINGS_CODES[code]} (${code})`, false);
    if (e.status === 401 || e.status === 403)
      // The platform's credentials, not the message: kept for retry while an operator fixes them.
      return new DeliveryError(tag, `Twilio refused the platform's credentials (HTTP ${e.status})`, false);
    if (e.status === 429) return new DeliveryError(tag, 'Twilio is limiting requests (HTTP 429)', false);
    if (e.status >= 500) return new DeliveryError(tag, `Twilio failed (HTTP ${e.status})`, false);
    if (e.status === 408) return new DeliveryError(tag, 'Twilio timed out (HTTP 408)', false);
    // Any other 4xx: Twilio says this request is wrong, and the same request will be wrong again.
    return new DeliveryError(tag, `Twilio refused the message (HTTP ${e.status}${code ? `, code ${code}` : ''})`, true);
  }
  const netCode = (err as { code?: unknown })?.code;
  const tag = typeof netCode === 'string' && /^[A-Z_]{3,40}$/.test(netCode) ? netCode : 'NETWORK';
  return new DeliveryError(`TWILIO_${tag}`, `Twilio could not be reached (${tag})`, false);
}

/** SMS through Twilio's official SDK (Programmable Messaging). */
export function twilioTransport(settings: TwilioSettings): SmsTransport {
  const timeout = settings.timeoutMs ?? 10_000;
  const httpClient = new RebasedRequestClient((settings.apiBase ?? TWILIO_API).replace(/\/+$/, ''), timeout);
  const client = twilio(settings.accountSid, settings.authToken, { httpClient, timeout });
  const sender = settings.from.startsWith('MG') ? { messagingServiceSid: settings.from } : { from: settings.from };
  return {
    name: 'twilio',
    async send(sms: SmsToSend): Promise<SmsAccepted> {
      let message;
      try {
        message = await client.messages.create({
          ...sender,
          to: sms.to,
          body: sms.text,
          ...(sms.statusCallback ? { statusCallback: sms.statusCallback } : {}),
        });
      } catch (err) {
        throw twilioDeliveryError(err);
      }
      // Twilio's `num_segments` is a string; our own count if it is missing.
      const billed = Number(message.numSegments);
      return { providerId: message.sid, segments: Number.isInteger(billed) && billed > 0 ? billed : smsSegments(sms.text) };
    },
  };
}
