import { z } from 'zod';
import { Types } from 'mongoose';
import type { ApiRouter } from '../../http/route.js';
import type { Services } from '../../platform.js';
import { AppError } from '../../lib/errors.js';
import { currentTenant } from '../../tenancy/tenant-context.js';
import { STAFF_AREAS, type TenantRecord } from '../../tenancy/tenant.types.js';
import { recordAudit } from '../../school/audit.js';
import { domainRoutes } from '../domains/domains.routes.js';
import { schoolConfigInput, themeInput } from '../superadmin/tenant.validation.js';

const updateSettingsBody = z
  .object({
    schoolConfig: schoolConfigInput.optional(),
    theme: themeInput.optional(),
    staffAccess: z.array(z.enum(STAFF_AREAS)).max(STAFF_AREAS.length).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });

const settingsResponse = z.object({
  name: z.string(),
  subdomain: z.string(),
  schoolConfig: z.record(z.string(), z.unknown()),
  theme: z.object({ primaryColor: z.string(), secondaryColor: z.string(), fontFamily: z.string(), logoUrl: z.string().optional() }),
  features: z.record(z.string(), z.boolean()),
  staffAccess: z.array(z.enum(STAFF_AREAS)),
  plan: z.string(),
  limits: z.object({ maxStudents: z.number(), maxTeachers: z.number(), maxStorageMb: z.number(), requestsPerMinute: z.number() }),
});

const toSettings = (t: TenantRecord) => ({
  name: t.schoolConfig.name || t.name,
  subdomain: t.subdomain,
  schoolConfig: { ...t.schoolConfig },
  theme: t.theme,
  features: { ...t.features },
  staffAccess: t.staffAccess,
  plan: t.subscription.plan,
  limits: t.limits,
});

/**
 * /api/settings — the school admin's own settings: branding, contact details,
 * currency, what the staff role may use, and the custom domain (proved by a
 * DNS TXT record). Features, plan and limits are the
 * platform's to set (super admin API) and are shown read-only. The school is
 * always the resolved one; nothing in the body can name another.
 */
export const settingsRoutes = (s: Services) => (api: ApiRouter) =>
  domainRoutes(
    api
      .route({
        method: 'get',
        path: '/',
        summary: "The school's settings",
        access: { kind: 'school', roles: ['admin'] },
        response: { description: 'Settings', schema: settingsResponse },
        handler: () => toSettings(currentTenant()),
      })
      .route({
        method: 'patch',
        path: '/',
        summary: "Change the school's branding, contact details, currency, time zone, country or staff access",
        access: { kind: 'school', roles: ['admin'] },
        body: updateSettingsBody,
        response: { description: 'Settings', schema: settingsResponse },
        handler: async ({ body }) => {
          const tenant = currentTenant();
          const set: Record<string, unknown> = {};
          for (const key of ['schoolConfig', 'theme'] as const) {
            for (const [field, value] of Object.entries(body[key] ?? {})) {
              // Nested objects (contact) change field by field, so sending a phone keeps the email.
              if (value && typeof value === 'object') for (const [sub, v] of Object.entries(value)) set[`${key}.${field}.${sub}`] = v;
              else set[`${key}.${field}`] = value;
            }
          }
          if (body.staffAccess) set.staffAccess = body.staffAccess;
          const res = await s.db.Tenant.updateOne({ _id: new Types.ObjectId(tenant.id) }, { $set: set });
          if (res.matchedCount !== 1) throw new AppError(404, 'TENANT_NOT_FOUND', 'School not found');
          await s.tenants.invalidate(tenant);
          await recordAudit('update', 'Settings', tenant.id, Object.keys(set));
          const fresh = await s.tenants.byId(tenant.id);
          if (!fresh) throw new AppError(404, 'TENANT_NOT_FOUND', 'School not found');
          return toSettings(fresh);
        },
      }),
    {
      path: '/domain',
      access: { kind: 'school', roles: ['admin'] },
      deps: { db: s.db, resolver: s.tenants, resolveTxt: s.resolveTxt },
      tenantOf: () => currentTenant().id,
      record: (action, tenantId) => recordAudit(action === 'remove' ? 'delete' : action, 'CustomDomain', tenantId, ['domain']),
    },
  );
