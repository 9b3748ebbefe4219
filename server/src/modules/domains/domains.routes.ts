import { z } from 'zod';
import type { Access, ApiRouter } from '../../http/route.js';
import { customDomain } from '../superadmin/tenant.validation.js';
import { domainStatus, domainStatusResponse, removeDomain, requestDomain, verifyDomain, type DomainDeps } from './domains.service.js';

/**
 * The custom-domain routes, declared once for both places that offer them:
 * the school admin's `/api/settings/domain` and the operator's
 * `/api/superadmin/tenants/:id/domain`. `tenantOf` says which school a request is about.
 */
export function domainRoutes<P>(
  api: ApiRouter,
  opts: {
    path: string;
    access: Access;
    params?: z.ZodType<P>;
    deps: DomainDeps;
    tenantOf: (params: P) => string;
    /** Records the change (school audit log or platform audit log). */
    record: (action: 'request' | 'verify' | 'remove', tenantId: string, domain: string | null) => Promise<void>;
  },
): ApiRouter {
  const { deps, path } = opts;
  const response = {
    description: 'The school’s custom domain: verified, and pending with the TXT record to publish',
    schema: domainStatusResponse,
  };
  return api
    .route({
      method: 'get',
      path,
      summary: "The school's custom domain and any pending request",
      access: opts.access,
      params: opts.params,
      response,
      handler: ({ params }) => domainStatus(deps.db, opts.tenantOf(params as P)),
    })
    .route({
      method: 'post',
      path,
      summary: 'Ask for a custom domain: returns the TXT record to publish at _school-verify.<domain>',
      description: 'The domain routes to the school only once verified. 409 DOMAIN_EXISTS when another school has verified it.',
      access: opts.access,
      params: opts.params,
      body: z.object({ domain: customDomain }).strict(),
      status: 200,
      response,
      handler: async ({ params, body }) => {
        const tenantId = opts.tenantOf(params as P);
        const status = await requestDomain(deps, tenantId, body.domain);
        await opts.record('request', tenantId, body.domain);
        return status;
      },
    })
    .route({
      method: 'post',
      path: `${path}/verify`,
      summary: 'Check the TXT record of the pending domain; when it matches, the domain starts routing to the school',
      description:
        '422 DOMAIN_NOT_VERIFIED with the expected record and what DNS returned; 409 DOMAIN_EXISTS if another school verified it first.',
      access: opts.access,
      params: opts.params,
      status: 200,
      response,
      handler: async ({ params }) => {
        const tenantId = opts.tenantOf(params as P);
        const status = await verifyDomain(deps, tenantId);
        await opts.record('verify', tenantId, status.domain);
        return status;
      },
    })
    .route({
      method: 'delete',
      path,
      summary: "Stop the school's custom domain (verified or pending)",
      access: opts.access,
      params: opts.params,
      status: 200,
      response,
      handler: async ({ params }) => {
        const tenantId = opts.tenantOf(params as P);
        const status = await removeDomain(deps, tenantId);
        await opts.record('remove', tenantId, null);
        return status;
      },
    });
}
