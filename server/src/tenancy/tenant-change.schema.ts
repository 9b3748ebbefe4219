import { Schema, type InferSchemaType } from 'mongoose';

/**
 * The change log that keeps every API instance's school cache honest. Each
 * change to a school record appends `{ _id: <seq>, tenantId, subdomain,
 * customDomain }`, claiming the next number by inserting it (the unique `_id`
 * settles races between writers; numbers stay gapless); document `_id: 0`
 * holds a recent number (`seq`, raised after each append, possibly lagging).
 * Instances look up the notice after the last one they read every
 * TENANT_CHANGE_POLL_MS (two `_id` lookups, whatever the number of schools) and
 * drop the schools that changed, so lookups can be cached for minutes and
 * still a suspension reaches every instance within about a second. MongoDB
 * change streams would do this by push, but FerretDB 1.x has none. Entries
 * older than a day are purged by the lifecycle job (no TTL index on FerretDB).
 */
export const tenantChangeSchema = new Schema(
  {
    _id: { type: Number, required: true },
    seq: { type: Number },
    tenantId: { type: Schema.Types.ObjectId },
    subdomain: { type: String },
    customDomain: { type: String },
    at: { type: Date },
  },
  { strict: 'throw' },
);

export type TenantChangeDoc = InferSchemaType<typeof tenantChangeSchema>;
