import type { PlatformDb } from '../../db/platform-db.js';
import { AppError, notFound, isDuplicateKey } from '../../lib/errors.js';
import { findPage, searchRegex } from '../../lib/pagination.js';
import type { TenantResolver } from '../../tenancy/tenant-resolver.js';
import { provisionTenant, domainTaken, type ProvisionDeps } from '../../tenancy/provisioning.js';
import { transition, type ChangeBy } from '../lifecycle/lifecycle.js';
import { toAdminTenantDto, type AdminTenantDto } from './tenant.dto.js';
import type { CreateTenant, ListTenants, UpdateTenant } from './tenant.validation.js';

export interface TenantAdminDeps extends ProvisionDeps {
  resolver: TenantResolver;
}

const WITH_SECRET = '+databaseConfig.connectionString';
const tenantNotFound = () => notFound('School', 'TENANT_NOT_FOUND');

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

export async function createTenant(deps: TenantAdminDeps, input: CreateTenant, actor: string): Promise<AdminTenantDto> {
  const record = await provisionTenant(deps, input);
  await deps.db.StatusChange.create({ tenantId: record.id, subdomain: record.subdomain, from: 'provisioning', to: record.status, actor });
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
      if (isDuplicateKey(err)) throw domainTaken();
      throw err;
    }
  }
  try {
    if (input.name !== undefined) tenant.name = input.name;
    if (input.trialEndsAt !== undefined) tenant.trialEndsAt = input.trialEndsAt;
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

const ACTIONS = { suspend: 'suspended', activate: 'active', delete: 'deleted' } as const;

/** Suspend, activate (or restore) or delete a school on an operator's word; the rules are the lifecycle's. */
export async function changeStatus(deps: TenantAdminDeps, id: string, action: keyof typeof ACTIONS, by: ChangeBy): Promise<AdminTenantDto> {
  await transition(deps, id, ACTIONS[action], by);
  return getTenant(deps.db, id);
}
