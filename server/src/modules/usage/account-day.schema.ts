import { Schema, Types, type InferSchemaType } from 'mongoose';

/**
 * One account that was signed in at a school on one day (it signed in, or used
 * the session it already had). `_id` is `<tenantId>:<day>:<userId>`, so every
 * API instance may write the same account-day and the unique `_id` keeps one:
 * counting the documents of a day counts distinct accounts, with no $inc and no
 * transaction. Written by the request counter, read by the console's usage.
 */
export const accountDaySchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: Types.ObjectId, required: true },
    day: { type: String, required: true },
  },
  { strict: 'throw' },
);
accountDaySchema.index({ tenantId: 1, day: 1 });

export type AccountDayDoc = InferSchemaType<typeof accountDaySchema>;
