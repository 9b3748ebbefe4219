import { Types } from 'mongoose';
import type { PlatformDb } from '../../db/platform-db.js';
import { AppError } from '../../lib/errors.js';
import { logger } from '../../lib/logger.js';
import { findPage } from '../../lib/pagination.js';
import { verifyPassword } from '../../auth/password.js';
import type { PlatformPrincipal, TokenService } from '../../auth/tokens.js';
import { currentContext } from '../../lib/context.js';
import type { AuditQuery } from './tenant.validation.js';

export async function superAdminLogin(deps: { db: PlatformDb; tokens: TokenService; dummyHash: string }, email: string, password: string) {
  const admin = await deps.db.SuperAdmin.findOne({ email }).select('+passwordHash').lean();
  const ok = await verifyPassword(password, admin?.passwordHash ?? deps.dummyHash);
  if (!admin || !ok) throw new AppError(401, 'INVALID_CREDENTIALS', 'Email or password is incorrect');
  if (admin.status !== 'active') throw new AppError(403, 'USER_DISABLED', 'This account is disabled');
  await deps.db.SuperAdmin.updateOne({ _id: admin._id }, { $set: { lastLogin: new Date() } });
  const accessToken = deps.tokens.signPlatform({ id: admin._id.toString(), email: admin.email });
  return {
    accessToken,
    expiresIn: deps.tokens.accessTtlSeconds,
    user: { id: admin._id.toString(), name: admin.name, email: admin.email },
  };
}

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
