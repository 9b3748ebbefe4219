import mongoose, { type Model } from 'mongoose';
import type { PlatformDb } from '../../db/platform-db.js';
import { isDuplicateKey } from '../../lib/errors.js';
import { utcToday } from '../../lib/dates.js';
import type { DayCounts } from './deliver.js';
import type { MessageQueueDoc } from './message-queue.schema.js';
import { signalPending } from './outbox.js';
import { PENDING_STATES, type MessageState, type OutboxDoc } from './outbox.schema.js';

const T = mongoose.trusted;
export type QueueEntry = MessageQueueDoc & { _id: string };
/** The console's "held by" fields, cleared when a turn writes the entry back. */
export const HELD = { heldBy: 1, heldUntil: 1 } as const;

/**
 * A channel with no way out (no SMTP server for this school, no SMS
 * provider) or turned off (a school without SMS): all its due messages are
 * set aside in one write, instead of a turn after turn of messages that cannot go.
 */
export async function setAsideUnsendable(
  Outbox: Model<OutboxDoc>,
  how: { canEmail: boolean; smsOn: boolean; smsProvider: boolean; waitMs: number },
): Promise<void> {
  const due = { state: T({ $in: PENDING_STATES as MessageState[] }), nextAttemptAt: T({ $lte: new Date() }) };
  const later = new Date(Date.now() + how.waitMs);
  if (!how.canEmail) {
    await Outbox.updateMany(
      { ...due, channel: 'email' },
      { $set: { state: 'queued', nextAttemptAt: later, lastError: 'NO_TRANSPORT: no SMTP server configured' } },
    );
  }
  if (!how.smsOn) {
    await Outbox.updateMany(
      { ...due, channel: 'sms' },
      { $set: { state: 'suppressed', lastError: 'SMS_OFF: this school does not send SMS' } },
    );
  } else if (!how.smsProvider) {
    await Outbox.updateMany(
      { ...due, channel: 'sms' },
      { $set: { state: 'queued', nextAttemptAt: later, lastError: 'NO_TRANSPORT: no SMS provider configured' } },
    );
  }
}

/** What a turn writes back to the platform: the school's queue entry and the day's counts. */
export class QueueBook {
  constructor(
    private readonly db: PlatformDb,
    /** A message `sending` for longer than this was left by a worker that died. */
    private readonly stuckMs: number,
  ) {}

  /**
   * After a turn that took a whole batch there is surely more: the school goes
   * to the back of the line (due now, behind every school already due) without
   * reading its outbox again (counting a big outbox is a scan on FerretDB 1.x;
   * the depth shown is the last count less what was sent since).
   */
  async stillBusy(entry: QueueEntry, sent: number, throttleWaitMs: number): Promise<number> {
    const depth = Math.max(1, (entry.depth ?? 0) - sent);
    await this.db.MessageQueue.updateOne(
      { _id: entry._id },
      { $set: { dueAt: new Date(Date.now() + throttleWaitMs), depth }, $unset: HELD },
    );
    return depth;
  }

  /**
   * The school's queue entry after a turn. FerretDB 1.x applies an update as a
   * read then a replace, so a signal (`enqueueMessage`) landing between them
   * can be overwritten; so after writing, the outbox is read once more and a
   * message written since the counts (or, once the entry is removed, any
   * message waiting) signals the school again: a message is always inserted
   * before its signal, so nothing slips between.
   */
  async writeBack(tenantId: string, Outbox: Model<OutboxDoc>, turnStart: Date, throttleWaitMs: number): Promise<number> {
    const checkedAt = new Date();
    const pendingStates = T({ $in: ['queued', 'failed', 'sending'] as MessageState[] });
    const [depth, failing, nextQueued, nextStuck] = await Promise.all([
      Outbox.countDocuments({ state: pendingStates }),
      Outbox.countDocuments({ state: 'failed' }),
      Outbox.findOne({ state: T({ $in: PENDING_STATES as MessageState[] }) })
        .sort({ nextAttemptAt: 1 })
        .select('nextAttemptAt')
        .lean<{ nextAttemptAt: Date }>(),
      Outbox.findOne({ state: 'sending' }).sort({ sendingSince: 1 }).select('sendingSince').lean<{ sendingSince?: Date }>(),
    ]);
    if (depth === 0) {
      const gone = await this.db.MessageQueue.deleteOne({ _id: tenantId, signalledAt: T({ $lte: turnStart }) });
      if (gone.deletedCount === 0) await this.db.MessageQueue.updateOne({ _id: tenantId }, { $unset: HELD });
    } else {
      const candidates = [
        nextQueued?.nextAttemptAt?.getTime(),
        nextStuck?.sendingSince ? nextStuck.sendingSince.getTime() + this.stuckMs : undefined,
      ];
      const earliest = Math.min(...candidates.filter((t): t is number => t !== undefined));
      // Not before now (schools already waiting go first) nor before the school's rate allows another message.
      const dueAt = new Date(Math.max(Number.isFinite(earliest) ? earliest : Date.now(), Date.now() + throttleWaitMs));
      await this.db.MessageQueue.updateOne({ _id: tenantId }, { $set: { dueAt, depth, failing }, $unset: HELD });
    }
    // A message written after the reads above was not counted, and its signal may have been overwritten by the write.
    const written = depth === 0 ? null : await this.db.MessageQueue.findById(tenantId).select('dueAt').lean();
    const due = await Outbox.findOne({
      state: T({ $in: PENDING_STATES as MessageState[] }),
      ...(written ? { createdAt: T({ $gte: checkedAt }), nextAttemptAt: T({ $lt: written.dueAt }) } : {}),
    })
      .sort({ nextAttemptAt: 1 })
      .select('nextAttemptAt')
      .lean<{ nextAttemptAt: Date }>();
    if (due) await signalPending(tenantId, due.nextAttemptAt);
    return depth;
  }

  async countDay(tenantId: string, counts: DayCounts): Promise<void> {
    const inc: Record<string, number> = {};
    for (const [channel, c] of Object.entries(counts)) {
      for (const [k, v] of Object.entries(c)) if (v) inc[`${channel}.${k}`] = v;
    }
    if (Object.keys(inc).length === 0) return;
    // The platform's day (UTC), the same day the console's message figures read (messages.platform.service.ts).
    const day = utcToday();
    const count = () =>
      this.db.MessageDay.updateOne(
        { _id: `${tenantId}:${day}` },
        { $inc: inc, $setOnInsert: { tenantId: new mongoose.Types.ObjectId(tenantId), day } },
        { upsert: true },
      );
    // A delivery report creating the day at the same moment makes this upsert fail on its _id; once more updates it.
    await count().catch((err: unknown) => {
      if (!isDuplicateKey(err)) throw err;
      return count();
    });
  }
}
