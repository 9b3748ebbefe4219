import { Schema, Types, type InferSchemaType } from 'mongoose';

/**
 * A school's request for a custom domain, waiting for its DNS proof. At most
 * one per school; a domain routes to a school only once verified (then it is
 * in `tenantdomains`, whose unique index makes a domain one school's).
 */
export const domainRequestSchema = new Schema(
  {
    tenantId: { type: Types.ObjectId, required: true, unique: true },
    domain: { type: String, required: true, lowercase: true, trim: true },
    token: { type: String, required: true },
    requestedAt: { type: Date, default: () => new Date() },
  },
  { strict: 'throw' },
);

export type DomainRequestDoc = InferSchemaType<typeof domainRequestSchema>;
