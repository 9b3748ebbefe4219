import type { PlatformDb } from '../../db/platform-db.js';
import { AppError, notFound } from '../../lib/errors.js';
import { findPage, searchRegex } from '../../lib/pagination.js';
import type { TenantResolver } from '../../tenancy/tenant-resolver.js';
import { provisionTenant, domainTaken, type ProvisionDeps } from '../../tenancy/provisioning.js';
import { transition, type ChangeBy } from '../lifecycle/lifecycle.js';
import { domainStatus, removeDomain, requestDomain, type DomainStatus, type TxtResolver } from '../domains/domains.service.js';
import { welcomeFirstAdmin } from '../users/welcome.js';
import { toAdminTenantDto, type AdminTenantDto } from './tenant.dto.js';
import type { CreateTenant, ListTenants, UpdateTenant } from './tenant.validation.js';

export interface TenantAdminDeps extends ProvisionDeps {
  resolver: TenantResolver;
  resolveTxt: TxtResolver;
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

export async function getTenant(db: PlatformDb, id: string): Promise<AdminTenantDto & { pendingDomain: DomainStatus['pending'] }> {
  const t = await db.Tenant.findById(id).select(WITH_SECRET).lean();
  if (!t) throw tenantNotFound();
  return { ...toAdminTenantDto(t), pendingDomain: (await domainStatus(db, id)).pending };
}

export async function createTenant(
  deps: TenantAdminDeps,
  input: CreateTenant,
  actor: string,
): Promise<AdminTenantDto & { adminInvitationUrl?: string }> {
  const { customDomain, ...rest } = input;
  // A custom domain asked for at creation waits for its DNS proof like any other.
  if (customDomain && (await deps.db.TenantDomain.exists({ domain: customDomain }))) throw domainTaken();
  // A new school has no setting to clear: a null (locale, week start) is the default, left unset.
  const schoolConfig = rest.schoolConfig && Object.fromEntries(Object.entries(rest.schoolConfig).filter(([, v]) => v !== null));
  const record = await provisionTenant(deps, { ...rest, schoolConfig });
  if (customDomain) await requestDomain(deps, record.id, customDomain);
  await deps.db.StatusChange.create({ tenantId: record.id, subdomain: record.subdomain, from: 'provisioning', to: record.status, actor });
  // The first admin hears from the school: a welcome (password set by the operator) or an invitation.
  const { invitationUrl } = await welcomeFirstAdmin(deps.connections, record, input.admin.email);
  // A "not found" for this subdomain or domain may be cached from before.
  await deps.resolver.invalidate(record);
  return { ...(await getTenant(deps.db, record.id)), ...(invitationUrl ? { adminInvitationUrl: invitationUrl } : {}) };
}

export async function updateTenant(deps: TenantAdminDeps, id: string, input: UpdateTenant): Promise<AdminTenantDto> {
  const { db } = deps;
  const tenant = await db.Tenant.findById(id);
  if (!tenant) throw tenantNotFound();
  if (tenant.status === 'provisioning') throw new AppError(409, 'TENANT_PROVISIONING', 'This school is still being set up');
  // A new custom domain is a request (routing starts once its TXT record is verified); null stops the domain.
  if (input.customDomain === null) await removeDomain(deps, id);
  else if (input.customDomain !== undefined && input.customDomain !== tenant.customDomain)
    await requestDomain(deps, id, input.customDomain);
  try {
    if (input.name !== undefined) tenant.name = input.name;
    if (input.trialEndsAt !== undefined) tenant.trialEndsAt = input.trialEndsAt;
    for (const key of ['schoolConfig', 'features', 'theme', 'limits', 'subscription'] as const) {
      const patch = input[key];
      if (patch) for (const [field, value] of Object.entries(patch)) tenant.set(`${key}.${field}`, value);
    }
    await tenant.save();
  } finally {
    await deps.resolver.invalidate({ id, subdomain: tenant.subdomain, customDomain: tenant.customDomain ?? undefined });
  }
  return getTenant(db, id);
}

const ACTIONS = { suspend: 'suspended', activate: 'active', delete: 'deleted' } as const;

/** Suspend, activate (or restore) or delete a school on an operator's word; the rules are the lifecycle's. */
export async function changeStatus(deps: TenantAdminDeps, id: string, action: keyof typeof ACTIONS, by: ChangeBy): Promise<AdminTenantDto> {
  await transition(deps, id, ACTIONS[action], by);
  return getTenant(deps.db, id);
}
