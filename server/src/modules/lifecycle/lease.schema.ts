import { Schema, type InferSchemaType } from 'mongoose';

/**
 * A job's lease for one time window: `_id` is `<job>:<window number>`, so the
 * unique `_id` index lets exactly one instance insert it (atomic on every
 * server, unlike a conditional update). Old leases are removed by the job.
 */
export const leaseSchema = new Schema(
  {
    _id: { type: String, required: true },
    job: { type: String, required: true },
    holder: { type: String, required: true },
    at: { type: Date, default: () => new Date() },
  },
  { strict: 'throw' },
);

export type LeaseDoc = InferSchemaType<typeof leaseSchema>;
