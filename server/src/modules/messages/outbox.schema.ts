import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';
import { CHANNELS, MESSAGE_CATEGORIES, MESSAGE_KINDS } from './kinds.js';

/**
 * The states of a message. Only `sending → sent` follows an acceptance by the
 * next hop (the SMTP server's 250, the SMS provider's 2xx); `delivered` and
 * `bounced` only where the channel reports back. `failed` waits for its next
 * attempt (`nextAttemptAt`), `dead` will not be tried again (attempts spent or
 * a permanent refusal), `cancelled` was withdrawn before it was sent (e.g. an
 * invitation revoked), `suppressed` was never sent because the person turned
 * that category off or unsubscribed.
 */
export const MESSAGE_STATES = ['queued', 'sending', 'sent', 'delivered', 'failed', 'bounced', 'dead', 'cancelled', 'suppressed'] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];
/** States the worker still has work for. */
export const PENDING_STATES: readonly MessageState[] = ['queued', 'failed'];

/**
 * One message to one address on one channel, in the school's own database
 * (so it travels with export, import and move). `key` is the idempotency key:
 * the event that causes a message names it (e.g. `absence:<student>:<date>:<user>:email`),
 * and the unique index makes a repeated event a no-op.
 */
const outboxSchema = new Schema(
  {
    key: { type: String, required: true, maxlength: 300 },
    kind: { type: String, enum: MESSAGE_KINDS, required: true },
    category: { type: String, enum: MESSAGE_CATEGORIES, required: true },
    channel: { type: String, enum: CHANNELS, required: true },
    /** The account it is for, when there is one (a guardian's, a teacher's…). */
    userId: { type: Types.ObjectId },
    /** Email address or E.164 phone number, checked at entry. */
    to: { type: String, required: true, maxlength: 254 },
    /** The recipient's name, for the greeting and the email's To header. */
    toName: { type: String, maxlength: 200 },
    /** Template variables (plain text; never secrets). */
    vars: { type: Schema.Types.Mixed, default: {} },
    /** A link carrying a token (invitation, password reset), sealed with the platform's ENCRYPTION_KEY. */
    secret: { type: String },
    state: { type: String, enum: MESSAGE_STATES, default: 'queued' },
    attempts: { type: Number, default: 0 },
    /** When the worker may next try it (backoff after a failure, quiet hours). */
    nextAttemptAt: { type: Date, required: true },
    /** Set while a worker holds it: a message still `sending` long after this was claimed by a worker that died. */
    sendingSince: { type: Date },
    /** Error code and a short text (never an address or a provider's full answer). */
    lastError: { type: String, maxlength: 300 },
    /** The next hop's id for it: SMTP Message-ID, the SMS provider's message id. */
    providerId: { type: String, maxlength: 200 },
    sentAt: { type: Date },
    deliveredAt: { type: Date },
    /** SMS segments billed (usage), or 0 for email. */
    segments: { type: Number, default: 0 },
  },
  { timestamps: true, strict: 'throw' },
);
outboxSchema.index({ key: 1 }, { unique: true });
outboxSchema.index({ state: 1, nextAttemptAt: 1 });
outboxSchema.index({ createdAt: -1 });
outboxSchema.index({ userId: 1, createdAt: -1 });

export type OutboxDoc = InferSchemaType<typeof outboxSchema>;
export const OutboxModel = defineTenantModel('OutboxMessage', outboxSchema);
