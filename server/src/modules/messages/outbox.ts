import type { Model, Types } from 'mongoose';
import { encryptSecret } from '../../lib/crypto.js';
import { isDuplicateKey } from '../../lib/errors.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { CATEGORY_OF, type Channel, type MessageKind, type MessageVars } from './kinds.js';
import { headerSafe } from './address.js';
import type { MessageQueueDoc } from './message-queue.schema.js';
import { OutboxModel, type MessageState } from './outbox.schema.js';

/** What the outbox needs from the running platform; attached once by createPlatform. */
export interface MessagingRuntime {
  queue: Model<MessageQueueDoc>;
  encryptionKey: Buffer;
}
let runtime: MessagingRuntime | undefined;

export function attachMessaging(next: MessagingRuntime | undefined): void {
  runtime = next;
}

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
export async function enqueueMessage<K extends MessageKind>(m: NewMessage<K>): Promise<Enqueued> {
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
  if (!m.suppressed) await signalPending(currentTenant().id, nextAttemptAt);
  return { id: doc._id.toString(), created: true, state: doc.state as MessageState };
}

/**
 * Puts the school on the platform's list of schools with messages due (or
 * brings its due time forward). One small upsert on the platform database.
 */
export async function signalPending(tenantId: string, dueAt: Date): Promise<void> {
  const { queue } = attached();
  await queue.updateOne({ _id: tenantId }, { $min: { dueAt }, $set: { signalledAt: new Date() } }, { upsert: true });
}
