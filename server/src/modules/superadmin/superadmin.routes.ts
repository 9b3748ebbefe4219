import { Router } from 'express';
import { z } from 'zod';
import { validate } from '../../http/validate.js';
import { idParams, objectId } from '../../lib/validation.js';
import { paginationQuery } from '../../lib/pagination.js';
import { authenticateSuperAdmin } from '../../auth/authenticate.js';
import type { TokenService } from '../../auth/tokens.js';
import {
  createTenantBody,
  listTenantsQuery,
  statusChangeBody,
  superAdminLoginBody,
  updateTenantBody,
  type ListTenants,
} from './tenant.validation.js';
import * as tenants from './tenant.service.js';
import { audit, listAudit, superAdminLogin } from './superadmin.service.js';

const auditQuery = z.object({ ...paginationQuery, tenantId: objectId.optional(), action: z.string().max(60).optional() }).strict();

/** /api/superadmin — the platform operators' API. Never behind the tenant resolver. */
export function superAdminRoutes(deps: tenants.TenantAdminDeps & { tokens: TokenService; dummyHash: string }): Router {
  const { db } = deps;
  const router = Router();

  router.post('/auth/login', validate({ body: superAdminLoginBody }), async (req, res) => {
    const session = await superAdminLogin(deps, req.body.email, req.body.password);
    req.superAdmin = { id: session.user.id, email: session.user.email };
    await audit(db, req, 'superadmin.login');
    res.json(session);
  });

  router.use(authenticateSuperAdmin(deps.tokens, db));

  router.get('/auth/me', (req, res) => {
    res.json({ user: req.superAdmin });
  });

  router.get('/tenants', validate({ query: listTenantsQuery }), async (req, res) => {
    res.json(await tenants.listTenants(db, req.query as unknown as ListTenants));
  });

  router.post('/tenants', validate({ body: createTenantBody }), async (req, res) => {
    const created = await tenants.createTenant(deps, req.body);
    await audit(db, req, 'tenant.create', created.id, { subdomain: created.subdomain, plan: created.subscription?.plan });
    res.status(201).json(created);
  });

  router.get('/tenants/:id', validate({ params: idParams }), async (req, res) => {
    res.json(await tenants.getTenant(db, req.params.id as string));
  });

  router.patch('/tenants/:id', validate({ params: idParams, body: updateTenantBody }), async (req, res) => {
    const updated = await tenants.updateTenant(deps, req.params.id as string, req.body);
    await audit(db, req, 'tenant.update', updated.id, { fields: Object.keys(req.body) });
    res.json(updated);
  });

  for (const action of ['suspend', 'activate'] as const) {
    router.post(`/tenants/:id/${action}`, validate({ params: idParams, body: statusChangeBody }), async (req, res) => {
      const updated = await tenants.changeStatus(deps, req.params.id as string, action, req.body.reason);
      await audit(db, req, `tenant.${action}`, updated.id, { reason: req.body.reason });
      res.json(updated);
    });
  }

  router.delete('/tenants/:id', validate({ params: idParams }), async (req, res) => {
    const updated = await tenants.changeStatus(deps, req.params.id as string, 'delete', undefined);
    await audit(db, req, 'tenant.delete', updated.id, { purgeAt: updated.purgeAt });
    res.json(updated);
  });

  router.get('/audit', validate({ query: auditQuery }), async (req, res) => {
    res.json(await listAudit(db, req.query as unknown as z.infer<typeof auditQuery>));
  });

  return router;
}
