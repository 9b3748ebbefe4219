import { Schema, Types, type InferSchemaType } from 'mongoose';

/**
 * Requests served per school and day. Each API instance appends one document
 * per school and day at every flush (never an $inc on a shared document), so
 * several instances never lose a count, even on servers where $inc is not
 * atomic across clients; readers sum the documents.
 */
export const requestCountSchema = new Schema(
  {
    tenantId: { type: Types.ObjectId, required: true },
    day: { type: String, required: true },
    requests: { type: Number, required: true },
    at: { type: Date, default: () => new Date() },
  },
  { strict: 'throw' },
);
requestCountSchema.index({ tenantId: 1, day: 1 });
requestCountSchema.index({ day: 1 });

export type RequestCountDoc = InferSchemaType<typeof requestCountSchema>;
