import { Schema, Types, type InferSchemaType } from 'mongoose';

/** One line per super admin action: who, what, which school, when, from where. */
export const platformAuditSchema = new Schema(
  {
    actorId: { type: Types.ObjectId },
    actorEmail: { type: String, required: true },
    action: { type: String, required: true },
    tenantId: { type: Types.ObjectId, index: true },
    details: { type: Schema.Types.Mixed },
    ip: { type: String },
    userAgent: { type: String },
    at: { type: Date, default: () => new Date(), index: true },
  },
  { strict: 'throw' },
);
platformAuditSchema.index({ tenantId: 1, at: -1 });

export type PlatformAuditDoc = InferSchemaType<typeof platformAuditSchema>;
