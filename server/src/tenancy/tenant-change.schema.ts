import { Schema, type InferSchemaType } from 'mongoose';

/**
 * The change log that keeps every API instance's school cache honest. Each
 * change to a school record appends `{ _id: <seq>, tenantId, subdomain,
 * customDomain }`; document `_id: 0` holds the last sequence number (`seq`).
 * Instances read document 0 every TENANT_CHANGE_POLL_MS (one `_id` lookup,
 * whatever the number of schools) and drop the schools that changed, so
 * lookups can be cached for minutes and still a suspension reaches every
 * instance within about a second. MongoDB change streams would do this by
 * push, but FerretDB 1.x has none. Entries older than a day are purged by the
 * lifecycle job (no TTL index on FerretDB).
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
