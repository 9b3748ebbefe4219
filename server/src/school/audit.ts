import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../tenancy/model-registry.js';
import { tenantModel } from '../tenancy/tenant-context.js';
import { currentContext } from '../lib/context.js';
import { logger } from '../lib/logger.js';

/** The school's own audit log: who changed what, in the school's database. */
const auditSchema = new Schema(
  {
    actorId: { type: Types.ObjectId, index: true },
    action: { type: String, required: true },
    model: { type: String, required: true },
    recordId: { type: String, index: true },
    fields: { type: [String], default: undefined },
    ip: { type: String },
    userAgent: { type: String },
    at: { type: Date, default: () => new Date() },
  },
  { strict: 'throw', versionKey: false },
);
auditSchema.index({ model: 1, at: -1 });
auditSchema.index({ at: -1 });
auditSchema.index({ recordId: 1, at: -1 }); // added by migration 002 for existing schools

export type AuditDoc = InferSchemaType<typeof auditSchema>;
export const AuditModel = defineTenantModel('AuditEntry', auditSchema);

const SECRET_FIELDS = /password|token|hash|secret/i;

/**
 * Records one change. `fields` are the names of changed fields (never values;
 * secret-looking names are dropped). A failed audit write is logged loudly but
 * does not undo the change, which has already happened.
 */
export async function recordAudit(action: string, model: string, recordId: unknown, fields?: string[]): Promise<void> {
  const ctx = currentContext();
  try {
    await tenantModel(AuditModel).create({
      actorId: ctx?.userId ? new Types.ObjectId(ctx.userId) : undefined,
      action,
      model,
      recordId: recordId === undefined ? undefined : String(recordId),
      fields: fields?.filter((f) => !SECRET_FIELDS.test(f)),
      ip: ctx?.ip,
      userAgent: ctx?.userAgent,
    });
  } catch (err) {
    logger.error({ err, action, model }, 'school audit write failed');
  }
}
