import type { ApiRouter } from '../../http/route.js';
import { currentTenant } from '../../tenancy/tenant-context.js';
import { publicTenantResponse } from './tenant.validation.js';
import { toPublicTenant } from './tenant.dto.js';

/** GET /api/tenant — public branding of the resolved school, for the login page. No sign-in needed. */
export function tenantRoutes(api: ApiRouter): ApiRouter {
  return api.route({
    method: 'get',
    path: '/',
    summary: "The school's public branding (name, logo, theme, enabled features)",
    access: { kind: 'public' },
    response: { description: 'Branding', schema: publicTenantResponse },
    handler: ({ res }) => {
      // Revalidated on every load (ETag → 304 when unchanged): with max-age a saved theme
      // came back in its old colours on reload for a minute.
      res.set('Cache-Control', 'no-cache');
      res.vary('X-Tenant-ID');
      return toPublicTenant(currentTenant());
    },
  });
}
