import type { Model } from 'mongoose';
import { logger } from '../../lib/logger.js';
import { isDuplicateKey } from '../../lib/errors.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { MessageDayDoc } from './message-day.schema.js';
import { OutboxModel, type MessageState } from './outbox.schema.js';

/** A provider's report on one message, read from a verified callback. */
export interface SmsReport {
  /** The provider's id for the message it reports on (Twilio's MessageSid). */
  providerId?: string;
  /** The provider's own status word (`delivered`, `undelivered`, `failed`, `sent`, `queued`…). */
  status: string;
  /** The provider's error code for a message it could not deliver (Twilio 30003…). */
  errorCode?: string;
}

/** The message a report is about, as the route found it in the school's outbox. */
export interface ReportedMessage {
  id: string;
  state?: string | null;
  providerId?: string | null;
}

export interface ReportResult {
  id: string;
  state: MessageState;
  /** False when the report moved nothing: a replay, a late or intermediate status, a report on another send. */
  changed: boolean;
}

/**
 * `delivered` ends at `delivered`; `undelivered` and `failed` after the provider
 * had accepted the message end at `bounced` (the next hop took it, the handset
 * never got it). Intermediate words (`queued`, `sending`, `sent`, `accepted`…)
 * move nothing: our `sent` already means the provider accepted it.
 */
export function outcomeOf(status: string): 'delivered' | 'bounced' | undefined {
  if (status === 'delivered') return 'delivered';
  if (status === 'undelivered' || status === 'failed') return 'bounced';
  return undefined;
}

/** The MessageDay document of a school for a UTC day (message-day.schema.ts). */
const dayId = (tenantId: string, at: Date) => [`${tenantId}:${at.toISOString().slice(0, 10)}`, at.toISOString().slice(0, 10)] as const;

/**
 * Applies a verified report to the current school's message, only ever
 * forward: from `sent` to `delivered` or `bounced`, once. A replay, a late
 * `sent` after `delivered`, or a report for another send of the same message
 * (a different provider id) changes nothing. A report that arrives while the
 * worker has not yet recorded `sent` is dropped rather than racing the worker's write.
 *
 * The move is a conditional update on `state: 'sent'`, and the day's count is
 * taken only when it modified the message: exactly once on MongoDB. FerretDB 1.x
 * does not make conditional updates or `$inc` atomic, so two identical reports
 * arriving in the same instant could both count there (and the count can race
 * the worker's own `$inc` on the same day); the message's state is right either way.
 * FerretDB 1.24 also scans for an update whose filter is more than `_id`
 * (~70 ms against 1.8 ms for a find by `_id`, 300-message outbox, measured
 * 2026-12-02); MongoDB uses the `_id` index, so the conditional stays.
 */
export async function applySmsReport(days: Model<MessageDayDoc>, message: ReportedMessage, report: SmsReport): Promise<ReportResult> {
  const Outbox = tenantModel(OutboxModel);
  const messageId = message.id;
  const unchanged = { id: messageId, state: message.state as MessageState, changed: false };
  const outcome = outcomeOf(report.status);
  if (!outcome || message.state !== 'sent') return unchanged;
  // A report must name the message the provider accepted: the webhook's signature covers the body, not the URL,
  // so a captured report with no id (or another's) would otherwise move whichever message a URL names.
  if (message.providerId && message.providerId !== report.providerId) return unchanged;

  const now = new Date();
  const set =
    outcome === 'delivered'
      ? { state: 'delivered', deliveredAt: now }
      : {
          state: 'bounced',
          lastError: `${report.errorCode ? `SMS_${report.errorCode}` : 'SMS_UNDELIVERED'}: the provider could not deliver it`,
        };
  const res = await Outbox.updateOne({ _id: messageId, state: 'sent' }, { $set: set });
  if (res.modifiedCount !== 1)
    return { ...unchanged, state: (await Outbox.findById(messageId).select('state').lean())?.state as MessageState };

  const tenantId = currentTenant().id;
  const [_id, day] = dayId(tenantId, now);
  const count = () => days.updateOne({ _id }, { $inc: { [`sms.${outcome}`]: 1 }, $setOnInsert: { tenantId, day } }, { upsert: true });
  // Simultaneous first reports of the day: one upsert inserts the day, the others fail on its _id; once more updates it.
  await count().catch((err: unknown) => {
    if (!isDuplicateKey(err)) throw err;
    return count();
  });
  logger.info({ messageId, outcome, providerStatus: report.status }, 'sms report applied');
  return { id: messageId, state: outcome, changed: true };
}
