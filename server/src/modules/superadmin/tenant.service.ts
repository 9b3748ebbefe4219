import { Types } from 'mongoose';
import type { PlatformDb } from '../../db/platform-db.js';
import { AppError, notFound } from '../../lib/errors.js';
import { findPage, searchRegex } from '../../lib/pagination.js';
import type { TenantResolver } from '../../tenancy/tenant-resolver.js';
import { provisionTenant, domainTaken, type ProvisionDeps } from '../../tenancy/provisioning.js';
import type { TenantStatus } from '../../tenancy/tenant.types.js';
import { toAdminTenantDto, type AdminTenantDto } from './tenant.dto.js';
import type { CreateTenant, ListTenants, UpdateTenant } from './tenant.validation.js';

export interface TenantAdminDeps extends ProvisionDeps {
  resolver: TenantResolver;
}

const PURGE_AFTER_DAYS = 30;
const WITH_SECRET = '+databaseConfig.connectionString';
const tenantNotFound = () => notFound('School', 'TENANT_NOT_FOUND');

/** Which status changes each action may make. Anything else is 409 INVALID_TRANSITION. */
const TRANSITIONS: Record<'suspend' | 'activate' | 'delete', { from: TenantStatus[]; to: TenantStatus }> = {
  suspend: { from: ['trial', 'active'], to: 'suspended' },
  activate: { from: ['trial', 'suspended', 'deleted'], to: 'active' },
  delete: { from: ['trial', 'active', 'suspended'], to: 'deleted' },
};

export async function listTenants(db: PlatformDb, q: ListTenants) {
  const filter: Record<string, unknown> = {};
  if (q.status) filter.status = q.status;
  if (q.plan) filter['subscription.plan'] = q.plan;
  if (q.search)
    filter.$or = [{ name: searchRegex(q.search) }, { subdomain: searchRegex(q.search) }, { customDomain: searchRegex(q.search) }];
  return findPage(db.Tenant, filter, q, toAdminTenantDto, WITH_SECRET);
}

export async function getTenant(db: PlatformDb, id: string): Promise<AdminTenantDto> {
  const t = await db.Tenant.findById(id).select(WITH_SECRET).lean();
  if (!t) throw tenantNotFound();
  return toAdminTenantDto(t);
}

export async function createTenant(deps: TenantAdminDeps, input: CreateTenant): Promise<AdminTenantDto> {
  const record = await provisionTenant(deps, input);
  // A "not found" for this subdomain or domain may be cached from before.
  deps.resolver.invalidate(record);
  return getTenant(deps.db, record.id);
}

export async function updateTenant(deps: TenantAdminDeps, id: string, input: UpdateTenant): Promise<AdminTenantDto> {
  const { db } = deps;
  const tenant = await db.Tenant.findById(id);
  if (!tenant) throw tenantNotFound();
  if (tenant.status === 'provisioning') throw new AppError(409, 'TENANT_PROVISIONING', 'This school is still being set up');
  const oldDomain = tenant.customDomain ?? undefined;
  const newDomain = input.customDomain === null ? undefined : input.customDomain;
  const domainChanges = input.customDomain !== undefined && newDomain !== oldDomain;

  if (domainChanges && newDomain) {
    try {
      await db.TenantDomain.create({ domain: newDomain, tenantId: tenant._id });
    } catch (err) {
      if ((err as { code?: number }).code === 11000) throw domainTaken();
      throw err;
    }
  }
  try {
    if (input.name !== undefined) tenant.name = input.name;
    if (domainChanges) tenant.customDomain = newDomain;
    for (const key of ['schoolConfig', 'features', 'theme', 'limits', 'subscription'] as const) {
      const patch = input[key];
      if (patch) for (const [field, value] of Object.entries(patch)) tenant.set(`${key}.${field}`, value);
    }
    await tenant.save();
  } catch (err) {
    if (domainChanges && newDomain) await db.TenantDomain.deleteOne({ domain: newDomain, tenantId: tenant._id });
    throw err;
  }
  if (domainChanges && oldDomain) await db.TenantDomain.deleteOne({ domain: oldDomain, tenantId: tenant._id });
  deps.resolver.invalidate({ id, subdomain: tenant.subdomain, customDomain: oldDomain });
  return getTenant(db, id);
}

export async function changeStatus(
  deps: TenantAdminDeps,
  id: string,
  action: keyof typeof TRANSITIONS,
  reason: string | undefined,
): Promise<AdminTenantDto> {
  const { db } = deps;
  const rule = TRANSITIONS[action];
  const current = await db.Tenant.findById(id).select('status subdomain customDomain purgeAt').lean();
  if (!current) throw tenantNotFound();
  if (!rule.from.includes(current.status)) {
    throw new AppError(409, 'INVALID_TRANSITION', `A ${current.status} school cannot be moved to ${rule.to}`);
  }
  if (current.status === 'deleted' && current.purgeAt && current.purgeAt < new Date()) {
    throw new AppError(409, 'INVALID_TRANSITION', 'This school is past its purge date and cannot be restored');
  }
  const set: Record<string, unknown> = { status: rule.to, statusReason: reason };
  if (rule.to === 'deleted') set.purgeAt = new Date(Date.now() + PURGE_AFTER_DAYS * 86_400_000);
  const unset = rule.to === 'deleted' ? {} : { purgeAt: 1 };
  // Compare-and-set on the status read above, so two racing changes cannot both apply.
  const res = await db.Tenant.updateOne({ _id: new Types.ObjectId(id), status: current.status }, { $set: set, $unset: unset });
  if (res.modifiedCount !== 1) throw new AppError(409, 'CONFLICT', 'The school changed meanwhile; try again');
  deps.resolver.invalidate({ id, subdomain: current.subdomain, customDomain: current.customDomain ?? undefined });
  return getTenant(db, id);
}
