import { z } from 'zod';
import { idParams } from '../../lib/validation.js';
import { subdomainProblem } from '../../tenancy/hostname.js';
import { PLAN_DEFAULTS } from '../../tenancy/provisioning.js';
import { PLANS } from '../../tenancy/tenant.types.js';
import { pageSchema } from '../../lib/pagination.js';
import { RESPONDED, type ApiRouter } from '../../http/route.js';
import { exportTenant } from '../transfer/archive.js';
import { logger } from '../../lib/logger.js';
import { currentSuperAdmin } from '../../auth/authenticate.js';
import {
  adminTenantResponse,
  auditEntryResponse,
  auditQuery,
  createTenantBody,
  listTenantsQuery,
  statusChangeBody,
  updateTenantBody,
} from './tenant.validation.js';
import * as tenants from './tenant.service.js';
import { audit, listAudit } from './superadmin.service.js';
import { operatorAuthRoutes, type OperatorAuthDeps } from './superadmin-auth.js';
import { overviewResponse, platformOverview, schoolUsage, usageResponse } from '../usage/usage.service.js';
import type { RequestCounter } from '../usage/request-counter.js';
import { statusHistory } from '../lifecycle/lifecycle.js';
import { domainRoutes } from '../domains/domains.routes.js';
import { messagesPlatformRoutes } from '../messages/messages.platform-routes.js';

const platform = { kind: 'platform' } as const;

/** /api/superadmin — the platform operators' API. Never behind the tenant resolver. */
export function superAdminRoutes(
  api: ApiRouter,
  deps: tenants.TenantAdminDeps & OperatorAuthDeps & { requests: RequestCounter },
): ApiRouter {
  const { db } = deps;
  operatorAuthRoutes(api, deps)
    .route({
      method: 'get',
      path: '/tenants',
      summary: 'List schools',
      access: platform,
      query: listTenantsQuery,
      response: { description: 'A page of schools', schema: pageSchema(adminTenantResponse) },
      handler: ({ query }) => tenants.listTenants(db, query),
    })
    .route({
      method: 'post',
      path: '/tenants',
      summary: 'Create a school: database, indexes, first admin',
      description: 'Any failure undoes what was done (no half school). 409 SUBDOMAIN_EXISTS / DOMAIN_EXISTS.',
      access: platform,
      body: createTenantBody,
      response: {
        description: 'The new school (and, for a first admin created without a password, the invitation link: a fallback, it is emailed)',
        schema: adminTenantResponse.extend({ adminInvitationUrl: z.string().optional() }),
      },
      handler: async ({ body, req }) => {
        const created = await tenants.createTenant(deps, body, currentSuperAdmin(req).email);
        await audit(db, 'tenant.create', created.id, { subdomain: created.subdomain, plan: created.subscription?.plan });
        return created;
      },
    })
    .route({
      method: 'get',
      path: '/subdomains/:subdomain',
      summary: 'Whether a subdomain can be used for a new school (valid, not reserved, not taken)',
      access: platform,
      params: z.object({ subdomain: z.string().max(100) }).strict(),
      response: {
        description: 'Availability',
        schema: z.object({ subdomain: z.string(), available: z.boolean(), reason: z.string().nullable() }),
      },
      handler: async ({ params }) => {
        const candidate = params.subdomain.trim().toLowerCase();
        const problem = subdomainProblem(candidate);
        if (problem) return { subdomain: candidate, available: false, reason: `The subdomain ${problem}` };
        const taken = await db.Tenant.exists({ subdomain: candidate });
        return { subdomain: candidate, available: !taken, reason: taken ? 'This subdomain is already taken' : null };
      },
    })
    .route({
      method: 'get',
      path: '/tenants/:id',
      summary: 'Get a school',
      access: platform,
      params: idParams,
      response: { description: 'The school', schema: adminTenantResponse },
      handler: ({ params }) => tenants.getTenant(db, params.id),
    });
  messagesPlatformRoutes(api, deps);
  domainRoutes(api, {
    path: '/tenants/:id/domain',
    access: platform,
    params: idParams,
    deps: { db, resolver: deps.resolver, resolveTxt: deps.resolveTxt },
    tenantOf: (params) => params.id,
    record: (action, tenantId, domain) => audit(db, `tenant.domain.${action}`, tenantId, { domain }),
  });
  api
    .route({
      method: 'get',
      path: '/tenants/:id/status-history',
      summary: "A school's status changes, newest first: from, to, who (an operator or the scheduled job), why, when",
      access: platform,
      params: idParams,
      response: {
        description: 'Status changes',
        schema: z.object({
          data: z.array(z.object({ from: z.string(), to: z.string(), actor: z.string(), reason: z.string().nullable(), at: z.string() })),
        }),
      },
      handler: async ({ params }) => ({ data: await statusHistory(db, params.id) }),
    })
    .route({
      method: 'get',
      path: '/tenants/:id/export',
      summary: "Download a school's data as an archive (gzipped Extended JSON lines with a manifest; streamed)",
      description: 'Password hashes and session / set-password tokens only with withSecrets=true. Restore with npm run tenant:import.',
      access: platform,
      params: idParams,
      query: z.object({ withSecrets: z.enum(['true', 'false']).default('false') }).strict(),
      response: { description: 'The archive', contentType: 'application/gzip' },
      handler: async ({ params, query, res }) => {
        const school = await tenants.getTenant(db, params.id);
        const withSecrets = query.withSecrets === 'true';
        await audit(db, 'tenant.export', school.id, { withSecrets });
        res.set({
          'Content-Type': 'application/gzip',
          'Content-Disposition': `attachment; filename="${school.subdomain}-${new Date().toISOString().slice(0, 10)}.school.ndjson.gz"`,
          'Cache-Control': 'no-store',
        });
        try {
          await exportTenant(deps, school.subdomain, res, { withSecrets });
        } catch (err) {
          // Headers are gone: the only honest signal left is a broken download.
          logger.error({ err, tenantId: school.id }, 'export failed mid-stream');
          res.destroy(err as Error);
        }
        return RESPONDED;
      },
    })
    .route({
      method: 'get',
      path: '/tenants/:id/usage',
      summary: "A school's usage against its limits: students, teachers, users, storage, requests per day (30 days)",
      access: platform,
      params: idParams,
      response: { description: 'Usage', schema: usageResponse },
      handler: ({ params }) => schoolUsage(deps, params.id),
    })
    .route({
      method: 'get',
      path: '/plans',
      summary: "The plans: each one's default limits and features (a school may carry its own overrides)",
      access: platform,
      response: {
        description: 'Plans',
        schema: z.object({
          data: z.array(
            z.object({
              plan: z.enum(PLANS),
              limits: z.object({
                maxStudents: z.number(),
                maxTeachers: z.number(),
                maxStorageMb: z.number(),
                requestsPerMinute: z.number(),
              }),
              features: z.array(z.string()),
            }),
          ),
        }),
      },
      handler: () => ({
        data: PLANS.map((plan) => ({
          plan,
          limits: PLAN_DEFAULTS[plan].limits,
          features: Object.entries(PLAN_DEFAULTS[plan].features)
            .filter(([, on]) => on)
            .map(([f]) => f),
        })),
      }),
    })
    .route({
      method: 'get',
      path: '/overview',
      summary: 'The platform at a glance: schools by status, growth per month, busiest schools (7 days)',
      access: platform,
      response: { description: 'Overview', schema: overviewResponse },
      handler: () => platformOverview(deps),
    })
    .route({
      method: 'patch',
      path: '/tenants/:id',
      summary: "Change a school's settings (never its database)",
      access: platform,
      params: idParams,
      body: updateTenantBody,
      response: { description: 'The school', schema: adminTenantResponse },
      handler: async ({ params, body }) => {
        const updated = await tenants.updateTenant(deps, params.id, body);
        await audit(db, 'tenant.update', updated.id, { fields: Object.keys(body) });
        return updated;
      },
    });

  for (const action of ['suspend', 'activate'] as const) {
    api.route({
      method: 'post',
      path: `/tenants/:id/${action}`,
      summary:
        action === 'suspend'
          ? 'Suspend a school (its users are refused and its sessions end at once)'
          : 'Activate a trial or suspended school, or restore a deleted one before its purge date',
      access: platform,
      params: idParams,
      body: statusChangeBody,
      status: 200,
      response: { description: 'The school', schema: adminTenantResponse },
      handler: async ({ params, body, req }) => {
        const updated = await tenants.changeStatus(deps, params.id, action, { actor: currentSuperAdmin(req).email, reason: body.reason });
        await audit(db, `tenant.${action}`, updated.id, { reason: body.reason });
        return updated;
      },
    });
  }

  return api
    .route({
      method: 'delete',
      path: '/tenants/:id',
      summary: 'Soft-delete a school (purge date 30 days on; its sessions end at once)',
      access: platform,
      params: idParams,
      query: z.object({ reason: z.string().trim().max(500).optional() }).strict(),
      response: { description: 'The school', schema: adminTenantResponse },
      handler: async ({ params, query, req }) => {
        const updated = await tenants.changeStatus(deps, params.id, 'delete', {
          actor: currentSuperAdmin(req).email,
          reason: query.reason,
        });
        await audit(db, 'tenant.delete', updated.id, { purgeAt: updated.purgeAt });
        return updated;
      },
    })
    .route({
      method: 'get',
      path: '/audit',
      summary: 'Platform audit log',
      access: platform,
      query: auditQuery,
      response: { description: 'A page of audit entries', schema: pageSchema(auditEntryResponse) },
      handler: ({ query }) => listAudit(db, query),
    });
}
