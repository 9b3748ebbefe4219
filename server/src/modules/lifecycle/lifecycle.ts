import mongoose, { Types } from 'mongoose';
import type { PlatformDb } from '../../db/platform-db.js';
import type { ConnectionFactory } from '../../tenancy/connection-factory.js';
import type { TenantResolver } from '../../tenancy/tenant-resolver.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { toTenantRecord } from '../../tenancy/tenant.schema.js';
import type { TenantStatus } from '../../tenancy/tenant.types.js';
import { RefreshTokenModel } from '../../auth/refresh-token.schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import { logger } from '../../lib/logger.js';
import { daysOnAtMidnight, now as clockNow, zoneOf } from '../../lib/dates.js';
import type { StorageDriver } from '../../storage/driver.js';

export interface LifecycleDeps {
  db: PlatformDb;
  connections: ConnectionFactory;
  resolver: TenantResolver;
}

/** Who made a change and why; `actor` is an operator's email or "system". */
export interface ChangeBy {
  actor: string;
  reason?: string;
}

export const PURGE_AFTER_DAYS = 30;
/** A school still `provisioning` this long after it was created was left by a process that died mid-way. */
export const ABANDONED_AFTER_MS = 60 * 60_000;

/**
 * The only allowed status changes. provisioning → trial or active (a paid school
 * starts active); trial → active (converted) or suspended (trial ended);
 * active ↔ suspended; active or suspended → deleted (soft, purged 30 days on);
 * deleted → active (restore, before the purge). Anything else: 409 INVALID_TRANSITION.
 */
export const TRANSITIONS: Record<TenantStatus, readonly TenantStatus[]> = {
  provisioning: ['trial', 'active'],
  trial: ['active', 'suspended'],
  active: ['suspended', 'deleted'],
  suspended: ['active', 'deleted'],
  deleted: ['active'],
};

const WITH_SECRET = '+databaseConfig.connectionString';

/** Ends every session of a school at once: its refresh tokens are deleted (access tokens stop at the resolver). */
async function revokeSessions(deps: LifecycleDeps, tenantId: Types.ObjectId): Promise<number> {
  const doc = await deps.db.Tenant.findById(tenantId).select(WITH_SECRET).lean();
  if (!doc) return 0;
  const res = await runForTenant(deps.connections, toTenantRecord(doc), () => tenantModel(RefreshTokenModel).deleteMany({}));
  return res.deletedCount;
}

/** Moves a school to `to` if its current status allows it, records who and why, and applies what the new status means. */
export async function transition(deps: LifecycleDeps, id: string, to: TenantStatus, by: ChangeBy) {
  const { db } = deps;
  const current = await db.Tenant.findById(id).select('status subdomain customDomain purgeAt schoolConfig.timeZone').lean();
  if (!current) throw notFound('School', 'TENANT_NOT_FOUND');
  const from = current.status;
  if (!TRANSITIONS[from].includes(to)) {
    throw new AppError(409, 'INVALID_TRANSITION', `A ${from} school cannot be moved to ${to}`, { from, to, allowed: TRANSITIONS[from] });
  }
  if (from === 'deleted' && current.purgeAt && current.purgeAt <= clockNow()) {
    throw new AppError(409, 'INVALID_TRANSITION', 'This school is past its purge date and cannot be restored', { from, to, allowed: [] });
  }
  // A reason replaces the last one; no reason (or an empty one) clears it. Never both $set and $unset of
  // one field: MongoDB refuses that update (found by fuzzing: an empty reason was a 500).
  const set: Record<string, unknown> = { status: to, ...(by.reason ? { statusReason: by.reason } : {}) };
  // At the school's midnight once the 30 days are over, so a restore is possible all of the last school day.
  if (to === 'deleted') set.purgeAt = daysOnAtMidnight(zoneOf(current), PURGE_AFTER_DAYS);
  const unset: Record<string, 1> = to === 'deleted' ? {} : { purgeAt: 1 };
  if (!by.reason) unset.statusReason = 1;
  // Compare-and-set on the status just read: of two racing changes one applies (atomic on MongoDB).
  const res = await db.Tenant.updateOne({ _id: new Types.ObjectId(id), status: from }, { $set: set, $unset: unset });
  if (res.modifiedCount !== 1) throw new AppError(409, 'CONFLICT', 'The school changed meanwhile; try again');
  await db.StatusChange.create({ tenantId: current._id, subdomain: current.subdomain, from, to, actor: by.actor, reason: by.reason });
  await deps.resolver.invalidate({ id, subdomain: current.subdomain, customDomain: current.customDomain ?? undefined });
  if (to === 'suspended' || to === 'deleted') {
    const revoked = await revokeSessions(deps, current._id);
    logger.info({ tenantId: id, from, to, revoked }, 'school status changed; its sessions were revoked');
  } else {
    logger.info({ tenantId: id, from, to }, 'school status changed');
  }
  return { from, to };
}

/** A school's status changes, newest first. */
export async function statusHistory(db: PlatformDb, id: string) {
  if (!(await db.Tenant.exists({ _id: id })) && !(await db.StatusChange.exists({ tenantId: id })))
    throw notFound('School', 'TENANT_NOT_FOUND');
  const rows = await db.StatusChange.find({ tenantId: id }).sort({ at: -1, _id: -1 }).limit(200).lean();
  return rows.map((r) => ({ from: r.from, to: r.to, actor: r.actor, reason: r.reason ?? null, at: r.at.toISOString() }));
}

/**
 * Removes a deleted school for good once its purge date has passed: its
 * database, its uploaded files, its domain claims, its record. The status history stays.
 */
export async function purge(
  deps: LifecycleDeps & { storage: StorageDriver },
  id: Types.ObjectId,
  by: ChangeBy,
  now = clockNow(),
): Promise<boolean> {
  const { db } = deps;
  const doc = await db.Tenant.findOne({ _id: id, status: 'deleted', purgeAt: mongoose.trusted({ $lte: now }) })
    .select(WITH_SECRET)
    .lean();
  if (!doc) return false;
  await removeSchool(deps, doc, 'deleted');
  await db.StatusChange.create({
    tenantId: id,
    subdomain: doc.subdomain,
    from: 'deleted',
    to: 'purged',
    actor: by.actor,
    reason: by.reason,
  });
  logger.info({ tenantId: id.toString(), subdomain: doc.subdomain }, 'school purged');
  return true;
}

/** Everything of a school, for good: its database, uploaded files, domain claims, subdomain index entry and record (while still in `status`). */
async function removeSchool(
  deps: LifecycleDeps & { storage: StorageDriver },
  doc: Parameters<typeof toTenantRecord>[0],
  status: 'deleted' | 'provisioning',
): Promise<void> {
  const { db } = deps;
  const tenant = toTenantRecord(doc);
  const id = new Types.ObjectId(tenant.id);
  const conn = await deps.connections.get(tenant);
  await conn.dropDatabase();
  deps.connections.release(tenant);
  await deps.storage.deletePrefix(`${tenant.id}/`);
  await db.TenantDomain.deleteMany({ tenantId: id });
  await db.TenantSubdomain.deleteOne({ _id: tenant.subdomain, tenantId: id });
  await db.Tenant.deleteOne({ _id: id, status });
  await deps.resolver.invalidate(tenant);
}

/**
 * Removes what a provisioning (or an import) left behind when its process died
 * between two steps, so no half school remains and the subdomain can be used
 * again: the database, files, domain claims, subdomain index entry and record.
 * Only a record still `provisioning` and older than ABANDONED_AFTER_MS qualifies.
 */
export async function discardAbandoned(
  deps: LifecycleDeps & { storage: StorageDriver },
  id: Types.ObjectId,
  now = clockNow(),
): Promise<boolean> {
  const { db } = deps;
  const doc = await db.Tenant.findOne({
    _id: id,
    status: 'provisioning',
    createdAt: mongoose.trusted({ $lte: new Date(now.getTime() - ABANDONED_AFTER_MS) }),
  })
    .select(WITH_SECRET)
    .lean();
  if (!doc) return false;
  await removeSchool(deps, doc, 'provisioning');
  logger.warn({ tenantId: id.toString(), subdomain: doc.subdomain }, 'half-created school discarded');
  return true;
}
