import mongoose, { Types } from 'mongoose';
import { DateTime } from 'luxon';
import { AppError, notFound } from '../../lib/errors.js';
import { findPage, type Page } from '../../lib/pagination.js';
import { decryptSecret, sha256 } from '../../lib/crypto.js';
import { recordAudit } from '../../school/audit.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { InvitationModel } from '../users/invitation.js';
import { CHANNELS, type Channel } from './kinds.js';
import { messagingKey, signalPending } from './outbox.js';
import { MESSAGE_STATES, OutboxModel, type MessageState, type OutboxDoc } from './outbox.schema.js';
import type { MessageDto, MessageListQuery, Summary } from './messages.validation.js';

type Row = OutboxDoc & { _id: Types.ObjectId; createdAt?: Date; updatedAt?: Date };

/** States an admin may send again: the next hop refused it, or the worker gave up. Never `cancelled` (withdrawn on purpose). */
export const RESENDABLE: readonly MessageState[] = ['failed', 'dead', 'bounced'];
const PROBLEMS: readonly MessageState[] = ['failed', 'dead', 'bounced'];
const DAY_MS = 86_400_000;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A link-bearing message whose link has expired cannot be sent again: the person needs a new link. */
function linkExpired(row: Pick<Row, 'secret' | 'vars'>, now = new Date()): boolean {
  if (!row.secret) return false;
  const expiresAt = (row.vars as { expiresAt?: unknown } | undefined)?.expiresAt;
  // A link without a known expiry is treated as expired: resending it could hand out a dead or stale link.
  return typeof expiresAt !== 'string' || !(new Date(expiresAt).getTime() > now.getTime());
}

export function toMessageDto(r: Row): MessageDto {
  return {
    id: r._id.toString(),
    kind: r.kind,
    category: r.category,
    channel: r.channel,
    userId: r.userId?.toString() ?? null,
    to: r.to,
    toName: r.toName ?? null,
    state: r.state,
    attempts: r.attempts ?? 0,
    lastError: r.lastError ?? null,
    nextAttemptAt: iso(r.nextAttemptAt),
    segments: r.segments ?? 0,
    createdAt: iso(r.createdAt),
    sentAt: iso(r.sentAt),
    deliveredAt: iso(r.deliveredAt),
    resendable: RESENDABLE.includes(r.state) && !linkExpired(r),
  };
}

/** The school's day `day` (YYYY-MM-DD) starts at this instant, in its own time zone. */
function startOfSchoolDay(day: string, path: 'from' | 'to'): Date {
  const start = DateTime.fromISO(day, { zone: currentTenant().schoolConfig.timeZone || 'UTC' });
  if (!start.isValid) throw new AppError(400, 'VALIDATION_ERROR', 'Invalid request', [{ path, message: 'Not a date the log can search' }]);
  return start.toJSDate();
}

function logFilter(q: MessageListQuery): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  if (q.state) f.state = q.state;
  if (q.channel) f.channel = q.channel;
  if (q.kind) f.kind = q.kind;
  if (q.userId) f.userId = new Types.ObjectId(q.userId);
  if (q.from || q.to) {
    if (q.from && q.to && q.from > q.to)
      throw new AppError(400, 'VALIDATION_ERROR', 'Invalid request', [{ path: 'to', message: 'Must not be before from' }]);
    const next = q.to ? (DateTime.fromISO(q.to).plus({ days: 1 }).toISODate() ?? '') : undefined;
    f.createdAt = mongoose.trusted({
      ...(q.from ? { $gte: startOfSchoolDay(q.from, 'from') } : {}),
      ...(next !== undefined ? { $lt: startOfSchoolDay(next, 'to') } : {}),
    });
  }
  return f;
}

/** The `secret` (a sealed link) and `vars` are read only to decide `resendable`; neither reaches the DTO. */
const LIST_FIELDS = '-key';

/**
 * One page of the log, newest first, on the outbox's `createdAt` index (and
 * `userId, createdAt` for one person's). FerretDB 1.x scans instead: a school
 * with 20,000 messages took 4.6 s a page there (2.6 s of it the total count),
 * which MongoDB answers from the index.
 */
export function listMessages(q: MessageListQuery): Promise<Page<MessageDto>> {
  return findPage(tenantModel(OutboxModel), logFilter(q), q, (r) => toMessageDto(r as Row), LIST_FIELDS);
}

export const EXPORT_MAX = 10_000;

/** The log as rows for CSV (same filters, newest first, at most EXPORT_MAX). */
export async function exportMessages(q: MessageListQuery): Promise<MessageDto[]> {
  const rows = await tenantModel(OutboxModel).find(logFilter(q)).select(LIST_FIELDS).sort(q.sort).limit(EXPORT_MAX).lean<Row[]>();
  return rows.map(toMessageDto);
}

export async function getMessage(id: string): Promise<MessageDto> {
  const row = await tenantModel(OutboxModel).findById(id).select(LIST_FIELDS).lean<Row>();
  if (!row) throw notFound('Message');
  return toMessageDto(row);
}

/** An invitation whose link was used, or replaced by a newer one, is not sent again either. */
async function invitationStillOpen(row: Row): Promise<boolean> {
  if (row.kind !== 'invitation' || !row.secret) return true;
  let token: string | null;
  try {
    token = new URL(decryptSecret(row.secret, messagingKey()), 'http://x').searchParams.get('token');
  } catch {
    return false;
  }
  if (!token) return false;
  const inv = await tenantModel(InvitationModel)
    .findOne({ tokenHash: sha256(token) })
    .select('usedAt expiresAt')
    .lean();
  return Boolean(inv && !inv.usedAt && inv.expiresAt > new Date());
}

/**
 * Puts a failed, dead or bounced message back in the queue: attempts from
 * zero, due now, and the school signalled on the platform queue so the worker
 * picks it up. 409 for any other state, and for a link (invitation, password
 * reset) that has expired or been used: that needs a new link, from the
 * invitation's own resend or a new reset request.
 *
 * The state change is one conditional update (`state ∈ RESENDABLE`), atomic on
 * MongoDB; FerretDB 1.x does not make it atomic, so two admins resending the
 * same message at once may both succeed, which leaves it queued once all the same.
 */
export async function resendMessage(id: string): Promise<MessageDto> {
  const Outbox = tenantModel(OutboxModel);
  const row = await Outbox.findById(id).lean<Row>();
  if (!row) throw notFound('Message');
  if (!RESENDABLE.includes(row.state))
    throw new AppError(409, 'NOT_RESENDABLE', `A ${row.state} message cannot be resent; only failed, dead or bounced ones`);
  if (linkExpired(row) || !(await invitationStillOpen(row)))
    throw new AppError(
      409,
      'LINK_EXPIRED',
      row.kind === 'invitation'
        ? "This invitation's link has expired or was replaced: resend the invitation from the person's account instead"
        : 'This link has expired: the person needs to ask for a new one',
    );
  const now = new Date();
  const updated = await Outbox.findOneAndUpdate(
    { _id: row._id, state: mongoose.trusted({ $in: RESENDABLE }) },
    { $set: { state: 'queued', attempts: 0, nextAttemptAt: now }, $unset: { lastError: 1, sendingSince: 1 } },
    // No projection here: FerretDB 1.x does not take one on findAndModify (toMessageDto picks the fields).
    { returnDocument: 'after' },
  ).lean<Row>();
  if (!updated) throw new AppError(409, 'NOT_RESENDABLE', 'This message changed meanwhile; reload the log');
  await signalPending(currentTenant().id, now);
  await recordAudit('resend', 'Message', row._id, ['state']);
  return toMessageDto(updated);
}

const emptyStates = () => Object.fromEntries(MESSAGE_STATES.map((s) => [s, 0])) as Record<MessageState, number>;

/**
 * Messages created in the last 7 days, by channel and state, for the
 * dashboard. One range on the `createdAt` index, grouped by the database.
 */
export async function messageSummary(now = new Date()): Promise<Summary> {
  const since = new Date(now.getTime() - 7 * DAY_MS);
  const rows = await tenantModel(OutboxModel).aggregate<{ _id: { channel: Channel; state: MessageState }; n: number }>([
    { $match: { createdAt: { $gte: since } } },
    { $group: { _id: { channel: '$channel', state: '$state' }, n: { $sum: 1 } } },
  ]);
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, emptyStates()])) as Summary['byChannel'];
  let total = 0;
  let problems = 0;
  for (const { _id, n } of rows) {
    if (!byChannel[_id.channel] || !(_id.state in byChannel[_id.channel])) continue;
    byChannel[_id.channel][_id.state] += n;
    total += n;
    if (PROBLEMS.includes(_id.state)) problems += n;
  }
  return { since: since.toISOString(), total, byChannel, problems };
}
