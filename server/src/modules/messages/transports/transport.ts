/** A text message ready for the provider. */
export interface SmsToSend {
  /** E.164. */
  to: string;
  text: string;
  /** The outbox message's idempotency key (sent to providers that accept one). */
  idempotencyKey: string;
  /** Where the provider may report delivery (absolute URL), if the platform takes reports for this provider. */
  statusCallback?: string;
}

export interface SmsAccepted {
  /** The provider's id for the message (Twilio's SID…). */
  providerId?: string;
  /** Segments the provider bills for it. */
  segments: number;
}

/** An SMS provider adapter: resolves only once the provider has accepted the message. */
export interface SmsTransport {
  readonly name: string;
  send(sms: SmsToSend): Promise<SmsAccepted>;
  close?(): Promise<void>;
}

/**
 * A delivery that did not happen. `permanent` failures (an address the server
 * refuses, a number the provider will never reach) go straight to `dead`;
 * others are retried with backoff. `code` and `message` must not quote the
 * address or the provider's full answer (they end up in the delivery log).
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly code: string,
    message: string,
    readonly permanent = false,
  ) {
    super(message);
  }
}
