import { Router } from 'express';
import { toPublicTenant } from './tenant.dto.js';

/** GET /api/tenant — public branding of the resolved school, for the login page. No sign-in needed. */
export function tenantRoutes(): Router {
  const router = Router();
  router.get('/', (req, res) => {
    res.set('Cache-Control', 'public, max-age=60');
    res.vary('X-Tenant-ID');
    res.json(toPublicTenant(req.tenant!));
  });
  return router;
}
