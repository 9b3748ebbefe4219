import mongoose, { Types } from 'mongoose';
import { findPage } from '../../lib/pagination.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { AuditModel, type AuditDoc } from '../../school/audit.js';
import { auditNames } from './audit.names.js';

type Lean = AuditDoc & { _id: Types.ObjectId };
export interface AuditFilters {
  model?: string;
  action?: string;
  recordId?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

/** At most this many entries in one CSV export. */
export const AUDIT_EXPORT_MAX = 5000;

function filterOf(q: AuditFilters): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  for (const k of ['model', 'action', 'recordId'] as const) if (q[k]) f[k] = q[k];
  if (q.actorId) f.actorId = new Types.ObjectId(q.actorId);
  if (q.from || q.to) {
    f.at = mongoose.trusted({
      ...(q.from ? { $gte: new Date(`${q.from}T00:00:00Z`) } : {}),
      ...(q.to ? { $lt: new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    });
  }
  return f;
}

const toEntry = (r: Lean) => ({
  id: r._id.toString(),
  actorId: r.actorId?.toString() ?? null,
  action: r.action,
  model: r.model,
  recordId: r.recordId ?? null,
  fields: r.fields ?? [],
  ip: r.ip ?? null,
  userAgent: r.userAgent ?? null,
  at: r.at.toISOString(),
});

async function named(entries: ReturnType<typeof toEntry>[]) {
  const names = await auditNames(entries);
  return entries.map((e) => ({ ...e, actorName: names.actorName(e.actorId), recordName: names.recordName(e.model, e.recordId) }));
}

/** One page of the log, newest first, with the names of its actors and records. */
export async function auditPage(q: AuditFilters & { page: number; limit: number; sort: string }) {
  const page = await findPage(tenantModel(AuditModel), filterOf(q), q, (r: Lean) => toEntry(r));
  return { ...page, data: await named(page.data) };
}

/** The filtered log for a CSV: names beside the ids (the ids stay, for matching with other exports). */
export async function auditExport(q: AuditFilters) {
  const rows = await tenantModel(AuditModel).find(filterOf(q)).sort({ at: -1 }).limit(AUDIT_EXPORT_MAX).lean<Lean[]>();
  return named(rows.map(toEntry));
}
