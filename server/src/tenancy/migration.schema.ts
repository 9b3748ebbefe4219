import { Schema, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from './model-registry.js';

/**
 * Which migrations ran in this school's database. `_id` is the migration id:
 * the unique `_id` index lets one runner claim a migration (state "running")
 * so two runners never apply it to the same school at once.
 */
const migrationSchema = new Schema(
  {
    _id: { type: String, required: true },
    state: { type: String, enum: ['running', 'done'], required: true },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date },
    durationMs: { type: Number },
  },
  { strict: 'throw' },
);

export type MigrationDoc = InferSchemaType<typeof migrationSchema>;
export const MigrationModel = defineTenantModel('Migration', migrationSchema);
