import type { TenantDoc } from '../../tenancy/tenant.schema.js';
import { ACTIVE_STATUSES } from '../../tenancy/tenant.types.js';

type LeanTenant = TenantDoc & { _id: { toString(): string }; createdAt?: Date; updatedAt?: Date };

/**
 * A school as the super admin API shows it. Built field by field so that the
 * sealed connection string can never slip into a response.
 */
export function toAdminTenantDto(t: LeanTenant) {
  return {
    id: t._id.toString(),
    name: t.name,
    subdomain: t.subdomain,
    customDomain: t.customDomain ?? null,
    status: t.status,
    active: ACTIVE_STATUSES.includes(t.status),
    statusReason: t.statusReason ?? null,
    purgeAt: t.purgeAt ?? null,
    trialEndsAt: t.trialEndsAt ?? null,
    schoolConfig: t.schoolConfig,
    databaseConfig: { databaseName: t.databaseConfig?.databaseName ?? '', dedicated: Boolean(t.databaseConfig?.connectionString) },
    features: t.features,
    theme: t.theme,
    subscription: t.subscription,
    limits: t.limits,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

export type AdminTenantDto = ReturnType<typeof toAdminTenantDto>;
