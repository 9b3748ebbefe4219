import mongoose, { type Model, type Types } from 'mongoose';
import { encryptSecret } from '../../lib/crypto.js';
import { isDuplicateKey } from '../../lib/errors.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { CATEGORY_OF, type Channel, type MessageKind, type MessageVars } from './kinds.js';
import { headerSafe } from './address.js';
import type { MessageQueueDoc } from './message-queue.schema.js';
import { OutboxModel, type MessageState } from './outbox.schema.js';

/** What the outbox needs from the running platform; attached once by createPlatform. */
export interface MessagingRuntime {
  queue: Model<MessageQueueDoc>;
  encryptionKey: Buffer;
  /** The platform has an SMS provider (SMS_PROVIDER is not `none`). */
  smsAvailable: boolean;
}
let runtime: MessagingRuntime | undefined;

export function attachMessaging(next: MessagingRuntime | undefined): void {
  runtime = next;
}

/**
 * Whether a school sends SMS: its `smsNotifications` feature, on a platform with an SMS provider. Without one, nobody is
 * offered SMS and none is written (they would wait for a provider that may never come, then arrive stale).
 */
export const schoolSendsSms = (tenant: TenantRecord): boolean => tenant.features.smsNotifications && attached().smsAvailable;

/** The platform's secret key (sealing links, signing unsubscribe tokens). */
export const messagingKey = (): Buffer => attached().encryptionKey;

function attached(): MessagingRuntime {
  if (!runtime) throw new Error('Messaging is not attached: create the platform (createPlatform) before sending messages');
  return runtime;
}

export interface NewMessage<K extends MessageKind = MessageKind> {
  /** Idempotency key: the same event names the same key, and a second enqueue is a no-op. */
  key: string;
  kind: K;
  channel: Channel;
  /** Email address or E.164 number, already validated and normalised at entry. */
  to: string;
  toName?: string;
  userId?: Types.ObjectId | string;
  vars: MessageVars[K];
  /** A link with a token (path on the school's portal, e.g. `/reset-password?token=…`), stored encrypted. */
  secretPath?: string;
  /** Not before this moment (quiet hours). */
  notBefore?: Date;
  /** Written as `suppressed` (kept for the delivery log, never sent): the person turned this category off. */
  suppressed?: boolean;
}

export interface Enqueued {
  id: string;
  /** False when a message with this key already existed (nothing new was written). */
  created: boolean;
  state: MessageState;
}

/**
 * Writes one message to the current school's outbox and tells the platform's
 * queue that the school has work. Call it in the same step as the event that
 * causes it (before answering the request), with a key the event determines.
 */
export async function enqueueMessage<K extends MessageKind>(m: NewMessage<K>, opts: { signal?: SignalBatch } = {}): Promise<Enqueued> {
  const rt = attached();
  if (!headerSafe(m.to) || (m.toName !== undefined && !headerSafe(m.toName))) throw new Error('Message address contains a line break');
  const Outbox = tenantModel(OutboxModel);
  const now = new Date();
  const nextAttemptAt = m.notBefore && m.notBefore > now ? m.notBefore : now;
  let doc;
  try {
    doc = await Outbox.create({
      key: m.key,
      kind: m.kind,
      category: CATEGORY_OF[m.kind],
      channel: m.channel,
      to: m.to,
      toName: m.toName,
      userId: m.userId,
      vars: m.vars,
      secret: m.secretPath ? encryptSecret(m.secretPath, rt.encryptionKey) : undefined,
      state: m.suppressed ? 'suppressed' : 'queued',
      nextAttemptAt,
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const existing = await Outbox.findOne({ key: m.key }).select('state').lean();
    return { id: existing?._id.toString() ?? '', created: false, state: (existing?.state ?? 'queued') as MessageState };
  }
  if (!m.suppressed) {
    if (opts.signal) await opts.signal.note(nextAttemptAt);
    else await signalPending(currentTenant().id, nextAttemptAt);
  }
  return { id: doc._id.toString(), created: true, state: doc.state as MessageState };
}

/**
 * Puts the school on the platform's list of schools with messages due (or
 * brings its due time forward). One small upsert on the platform database.
 */
export async function signalPending(tenantId: string, dueAt: Date): Promise<void> {
  const { queue } = attached();
  const signal = () => queue.updateOne({ _id: tenantId }, { $min: { dueAt }, $set: { signalledAt: new Date() } }, { upsert: true });
  try {
    await signal();
  } catch (err) {
    // Simultaneous upserts of a missing entry: one inserts, the others fail on its _id (MongoDB too). Once more
    // finds the entry and updates it.
    if (!isDuplicateKey(err)) throw err;
    await signal();
  }
}

/** Collects the signals of many enqueues (see signalBatch). */
export interface SignalBatch {
  note(dueAt: Date): Promise<void>;
  /** Signals what was noted and not yet signalled; call it after the loop (in a finally). */
  flush(): Promise<void>;
}

/**
 * For loops that enqueue many messages (a day's fee reminders, an announcement
 * to the school): the first message signals at once (the worker can start on
 * it), then one signal per `every` messages and one at the end (flush), each
 * with the earliest due time noted, instead of one upsert on the platform
 * database per message. Same semantics as signalling each: the school is on
 * the queue no later than its messages are due. A crash inside the loop leaves
 * at most `every` messages written and unsignalled until the school's next
 * signal (there is no sweep of idle outboxes: that is what the queue avoids).
 */
export function signalBatch(every = 500): SignalBatch {
  const tenantId = currentTenant().id;
  let earliest: Date | undefined;
  let noted = 0;
  let first = true;
  const flush = async () => {
    if (!earliest) return;
    const dueAt = earliest;
    earliest = undefined;
    noted = 0;
    await signalPending(tenantId, dueAt);
  };
  return {
    async note(dueAt) {
      if (!earliest || dueAt < earliest) earliest = dueAt;
      noted += 1;
      if (first || noted >= every) {
        first = false;
        await flush();
      }
    },
    flush,
  };
}

/** States a message never leaves (the worker has nothing more to do with it). */
const FINISHED = ['sent', 'delivered', 'bounced', 'dead', 'cancelled', 'suppressed'];

/**
 * Removes the current school's finished messages created more than `days` ago
 * (run daily by the lifecycle job): the delivery log keeps a bounded history,
 * addresses are not kept for ever, and the outbox stays small. Messages still
 * waiting are never removed, however old.
 */
export async function pruneOutbox(days: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const res = await tenantModel(OutboxModel).deleteMany({
    createdAt: mongoose.trusted({ $lt: cutoff }),
    state: mongoose.trusted({ $in: FINISHED }),
  });
  return res.deletedCount;
}
