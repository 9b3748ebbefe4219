import { Types } from 'mongoose';
import type { PlatformDb } from '../../db/platform-db.js';
import { logger } from '../../lib/logger.js';
import { findPage } from '../../lib/pagination.js';
import type { PlatformPrincipal } from '../../auth/tokens.js';
import { currentContext } from '../../lib/context.js';
import type { AuditQuery } from './tenant.validation.js';

/**
 * Writes one platform audit line, by the signed-in operator (or `actor`, at sign-in) from the work context.
 * A failed write is logged, never hidden, but does not undo the action.
 */
export async function audit(
  db: PlatformDb,
  action: string,
  tenantId?: string,
  details?: Record<string, unknown>,
  actor: PlatformPrincipal | undefined = currentContext()?.superAdmin,
) {
  const ctx = currentContext();
  try {
    await db.PlatformAudit.create({
      actorId: actor ? new Types.ObjectId(actor.id) : undefined,
      actorEmail: actor?.email ?? 'anonymous',
      action,
      tenantId: tenantId ? new Types.ObjectId(tenantId) : undefined,
      details,
      ip: ctx?.ip,
      userAgent: ctx?.userAgent,
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
