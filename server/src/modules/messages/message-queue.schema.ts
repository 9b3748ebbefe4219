import { Schema, type InferSchemaType } from 'mongoose';

/**
 * The platform's small list of schools that have messages to send: one
 * document per such school (`_id` = school id), never one per message. The
 * worker reads only this, so 10,000 idle schools cost it nothing; a school
 * leaves the list when its outbox has nothing left to do.
 */
export const messageQueueSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** The earliest moment one of its messages may be tried. */
    dueAt: { type: Date, required: true },
    /** The last time a message was added: the worker removes the entry only if nothing was added since it looked. */
    signalledAt: { type: Date, required: true },
    /** The worker that is working this school, and until when (a worker that died loses it then). */
    heldBy: { type: String },
    heldUntil: { type: Date },
    /** Messages still waiting after the worker's last turn (the console's queue depth), and of them waiting to be retried. */
    depth: { type: Number, default: 0 },
    failing: { type: Number, default: 0 },
  },
  { strict: 'throw' },
);
messageQueueSchema.index({ dueAt: 1 });

export type MessageQueueDoc = InferSchemaType<typeof messageQueueSchema>;
