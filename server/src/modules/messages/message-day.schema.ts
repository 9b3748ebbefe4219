import { Schema, Types, type InferSchemaType } from 'mongoose';

const counts = () => ({
  sent: { type: Number, default: 0 },
  delivered: { type: Number, default: 0 },
  failed: { type: Number, default: 0 },
  bounced: { type: Number, default: 0 },
  dead: { type: Number, default: 0 },
});

/**
 * One school's message counts for one day (UTC), kept by the message worker as it
 * works: what the platform console shows per school (failures, SMS segments
 * for usage and cost) without opening any school's database. `_id` is
 * `<tenantId>:<day>` so the worker's `$inc` upsert goes by `_id`; a school is
 * worked by one worker at a time, so FerretDB's non-atomic `$inc` is safe here.
 */
export const messageDaySchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: Types.ObjectId, required: true },
    day: { type: String, required: true },
    email: counts(),
    sms: { ...counts(), segments: { type: Number, default: 0 } },
  },
  { strict: 'throw' },
);
messageDaySchema.index({ tenantId: 1, day: -1 });
messageDaySchema.index({ day: -1 });

export type MessageDayDoc = InferSchemaType<typeof messageDaySchema>;
