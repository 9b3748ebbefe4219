import { Schema, Types } from 'mongoose';

/**
 * subdomain → school id, keyed by `_id`: the tenant resolver's index. FerretDB
 * 1.x (SQLite) hands an `_id` equality to SQLite, which finds the row in its
 * own scan, while a lookup by any other field makes FerretDB decode and test
 * every school record itself (measured: spreading requests over 1,000 schools
 * ran at 4 % of one school's throughput). On MongoDB both are indexed.
 * Written by the resolver itself the first time it finds a school, and checked
 * on every use, so it can never send a request to the wrong school.
 */
export const tenantSubdomainSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: Types.ObjectId, required: true },
  },
  { strict: 'throw' },
);
