import { Types } from 'mongoose';
import type { Request } from 'express';
import type { PlatformDb } from '../../db/platform-db.js';
import { logger } from '../../lib/logger.js';
import { findPage } from '../../lib/pagination.js';
import type { AuditQuery } from './tenant.validation.js';

/** Writes one platform audit line. A failed write is logged, never hidden, but does not undo the action. */
export async function audit(db: PlatformDb, req: Request, action: string, tenantId?: string, details?: Record<string, unknown>) {
  const actor = req.superAdmin;
  try {
    await db.PlatformAudit.create({
      actorId: actor ? new Types.ObjectId(actor.id) : undefined,
      actorEmail: actor?.email ?? 'anonymous',
      action,
      tenantId: tenantId ? new Types.ObjectId(tenantId) : undefined,
      details,
      ip: req.ip,
      userAgent: req.get('user-agent')?.slice(0, 300),
    });
  } catch (err) {
    logger.error({ err, action, tenantId }, 'platform audit write failed');
  }
}

export async function listAudit(db: PlatformDb, q: AuditQuery) {
  const filter: Record<string, unknown> = {};
  if (q.tenantId) filter.tenantId = new Types.ObjectId(q.tenantId);
  if (q.action) filter.action = q.action;
  return findPage(db.PlatformAudit, filter, { ...q, sort: { at: -1 } }, (r) => ({
    id: r._id.toString(),
    actorEmail: r.actorEmail,
    action: r.action,
    tenantId: r.tenantId?.toString() ?? null,
    details: r.details ?? null,
    ip: r.ip ?? null,
    at: r.at,
  }));
}
