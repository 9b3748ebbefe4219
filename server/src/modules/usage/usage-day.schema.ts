import { Schema, Types, type InferSchemaType } from 'mongoose';

/**
 * One school's usage on one day, written by the lifecycle job (the day's
 * latest figures). `_id` is `<tenantId>:<day>`: the job's upsert goes by `_id`,
 * which every server does in place, and two instances can never make two rows.
 */
export const usageDaySchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: Types.ObjectId, required: true },
    day: { type: String, required: true },
    students: { type: Number, required: true },
    teachers: { type: Number, required: true },
    users: { type: Number, required: true },
    activeUsers: { type: Number, required: true },
    storageBytes: { type: Number, required: true },
    requests: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { strict: 'throw' },
);
usageDaySchema.index({ tenantId: 1, day: -1 });

export type UsageDayDoc = InferSchemaType<typeof usageDaySchema>;
