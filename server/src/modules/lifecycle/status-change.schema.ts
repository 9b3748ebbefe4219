import { Schema, Types, type InferSchemaType } from 'mongoose';

/**
 * One line per status change of a school: from, to, who (a platform operator's
 * email, or "system" for the scheduled job), why, when. Kept after a purge.
 */
export const statusChangeSchema = new Schema(
  {
    tenantId: { type: Types.ObjectId, required: true },
    subdomain: { type: String, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    actor: { type: String, required: true },
    reason: { type: String, maxlength: 500 },
    at: { type: Date, default: () => new Date() },
  },
  { strict: 'throw' },
);
statusChangeSchema.index({ tenantId: 1, at: -1 });

export type StatusChangeDoc = InferSchemaType<typeof statusChangeSchema>;
