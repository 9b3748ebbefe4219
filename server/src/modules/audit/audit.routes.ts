import mongoose, { Types } from 'mongoose';
import { z } from 'zod';
import type { ApiRouter } from '../../http/route.js';
import { objectId } from '../../lib/validation.js';
import { findPage, pageSchema } from '../../lib/pagination.js';
import { listQuery } from '../../school/crud.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { AuditModel, type AuditDoc } from '../../school/audit.js';
import { auditNames } from './audit.names.js';

const auditQuery = listQuery(['at'], '-at', {
  model: z.string().max(40).optional(),
  action: z.string().max(40).optional(),
  recordId: z.string().max(80).optional(),
  actorId: objectId.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
const entry = z.object({
  id: z.string(),
  actorId: z.string().nullable(),
  /** The actor's name, when the account still exists. */
  actorName: z.string().nullable(),
  action: z.string(),
  model: z.string(),
  recordId: z.string().nullable(),
  /** The record's name (a student's, a class's…), when its kind has one and it still exists. */
  recordName: z.string().nullable(),
  fields: z.array(z.string()),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  at: z.string(),
});
type Lean = AuditDoc & { _id: Types.ObjectId };

/** /api/audit — the school's own audit log (who changed what), for its admins. */
export const auditRoutes = (api: ApiRouter) =>
  api.route({
    method: 'get',
    path: '/',
    summary: "The school's audit log, newest first, with filters",
    access: { kind: 'school', roles: ['admin'] },
    query: auditQuery,
    response: { description: 'A page of audit entries', schema: pageSchema(entry) },
    handler: async ({ query }) => {
      const f: Record<string, unknown> = {};
      for (const k of ['model', 'action', 'recordId'] as const) if (query[k]) f[k] = query[k];
      if (query.actorId) f.actorId = new Types.ObjectId(query.actorId);
      if (query.from || query.to) {
        f.at = mongoose.trusted({
          ...(query.from ? { $gte: new Date(`${query.from}T00:00:00Z`) } : {}),
          ...(query.to ? { $lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
        });
      }
      const page = await findPage(tenantModel(AuditModel), f, query, (r: Lean) => ({
        id: r._id.toString(),
        actorId: r.actorId?.toString() ?? null,
        action: r.action,
        model: r.model,
        recordId: r.recordId ?? null,
        fields: r.fields ?? [],
        ip: r.ip ?? null,
        userAgent: r.userAgent ?? null,
        at: r.at.toISOString(),
      }));
      const names = await auditNames(page.data);
      return {
        ...page,
        data: page.data.map((e) => ({ ...e, actorName: names.actorName(e.actorId), recordName: names.recordName(e.model, e.recordId) })),
      };
    },
  });
