import { Schema, Types } from 'mongoose';

/**
 * One row per custom domain claimed by a school. A plain unique index on
 * `domain` gives "unique when present" without a sparse or partial index,
 * which FerretDB 1.x lacks; schools without a domain simply have no row.
 */
export const tenantDomainSchema = new Schema(
  {
    domain: { type: String, required: true, lowercase: true, trim: true, unique: true },
    tenantId: { type: Types.ObjectId, required: true, index: true },
  },
  { timestamps: true, strict: 'throw' },
);
