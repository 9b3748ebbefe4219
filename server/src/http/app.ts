import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import './express-augment.js';
import type { Services } from '../platform.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { userRoutes } from '../modules/users/user.routes.js';
import { tenantRoutes } from '../modules/tenant/tenant.routes.js';
import { suspensionRoutes } from '../modules/tenant/suspension.routes.js';
import { superAdminRoutes } from '../modules/superadmin/superadmin.routes.js';
import { reportSizeLimit, smsStatusRoutes } from '../modules/messages/sms-status.routes.js';
import { errorHandler, isDatabaseUnavailable, notFoundHandler } from './error-handler.js';
import { openContext, requestId } from './request-context.js';
import { AppError } from '../lib/errors.js';
import { authenticate, authenticateSuperAdmin, authorize } from '../auth/authenticate.js';
import { ApiRouter, type Guards } from './route.js';
import { OpenApiRegistry } from './openapi.js';
import { docsRoutes } from './docs.js';
import { noStore, securityHeaders } from './security-headers.js';
import { clientAssets, compressApi } from './client-assets.js';
import { schoolModules } from './school-modules.js';
import { schoolConcurrency } from './school-concurrency.js';
import { MAX_UPLOAD_BYTES } from '../modules/files/file.rules.js';
import { bodyReaders } from './body.js';
import { publicMessageRoutes } from '../modules/messages/preferences.routes.js';
import type { StaffArea } from '../tenancy/tenant.types.js';

/** Builds the Express app: API under /api, the built client (if any) everywhere else. */
export function createApp(s: Services): Express {
  const app = express();
  app.disable('x-powered-by');
  // Host-based tenancy must not trust X-Forwarded-Host from the open internet:
  // only when TRUST_PROXY names the proxies in front of us.
  app.set('trust proxy', s.config.trustProxy);
  app.set('query parser', 'simple');
  // One spelling per route: `/api/auth/LOGIN` or `/api/auth/login/` is 404, never a second way in (ApiRouter too).
  app.set('case sensitive routing', true);
  app.set('strict routing', true);

  app.use(requestId);
  app.use((_req, res, next) => {
    if (!s.draining.value) return next();
    res.set('Connection', 'close');
    throw new AppError(503, 'SHUTTING_DOWN', 'This server is restarting; try again.', undefined, { 'Retry-After': '1' });
  });
  app.use(securityHeaders());
  app.use('/api', noStore, compressApi());
  app.use(openContext);
  app.use(s.requests.middleware());

  const registry = new OpenApiRegistry();
  // A known path with a method it does not take: 405 with the methods it does. Checked before the
  // routers, so that `PATCH /api/students/export.csv` does not reach `PATCH /api/students/:id`.
  app.use('/api', (req, res, next) => {
    const allowed = registry.methodsFor(req.baseUrl + req.path);
    if (allowed.length === 0 || allowed.includes(req.method)) return next();
    res.set('Allow', allowed.join(', '));
    throw new AppError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here; use ${allowed.join(', ')}`);
  });
  const guards: Guards = {
    school: authenticate(s.tokens),
    platform: authenticateSuperAdmin(s.tokens, s.db),
    authorize,
    limits: s.rateLimits.forRoutes(),
    // Bodies are read in each route's chain, after its guards (body.ts).
    body: bodyReaders({ json: s.config.bodyLimit, csv: '2mb', binary: MAX_UPLOAD_BYTES }),
  };
  const api = (base: string, tag: string, scope: 'school' | 'platform' | 'public' = 'school', area?: StaffArea) =>
    new ApiRouter(base, tag, guards, registry, scope, area);
  // Every school request: resolve the school, take a turn. Rate limits run in each route's chain (route.ts).
  const resolved = s.tenants.middleware({ connect: true });
  const tenant = [resolved, schoolConcurrency(s.config.schoolConcurrency)];
  const mount = (router: ApiRouter, base: string, ...before: RequestHandler[]) => app.use(base, ...before, router.router);

  mount(
    api('/api/health', 'Platform', 'public').route({
      method: 'get',
      path: '/',
      summary: 'Liveness: the process is up',
      access: { kind: 'public' },
      response: { description: 'OK', schema: z.object({ status: z.literal('ok') }) },
      handler: () => ({ status: 'ok' }),
    }),
    '/api/health',
  );
  mount(tenantRoutes(api('/api/tenant', 'School')), '/api/tenant', s.tenants.middleware({ connect: false }));
  mount(
    suspensionRoutes(api('/api/school-status', 'School'), { db: s.db, dummyHash: s.dummyHash }),
    '/api/school-status',
    s.tenants.middleware({ connect: true, inactiveToo: true }),
  );
  mount(
    authRoutes(api('/api/auth', 'Auth'), {
      tokens: s.tokens,
      refreshTtlDays: s.config.jwt.refreshTtlDays,
      refreshGraceSeconds: s.config.jwt.refreshGraceSeconds,
      dummyHash: s.dummyHash,
      bcryptCost: s.config.bcryptCost,
    }),
    '/api/auth',
    // Sign-ins are bounded by the password hashing threads (auth/password.ts), not the school's lane: a flood of
    // sign-in attempts against a school must not queue its other requests.
    resolved,
  );
  // Links in mail (unsubscribe) reach the school by its host, without a session.
  mount(publicMessageRoutes(api('/api/public', 'Messages')), '/api/public', resolved);
  mount(userRoutes(api('/api/users', 'Users'), { bcryptCost: s.config.bcryptCost }), '/api/users', ...tenant);
  for (const [base, tag, area, build] of schoolModules(s)) mount(build(api(base, tag, 'school', area)), base, ...tenant);
  const smsStatus = smsStatusRoutes({ db: s.db, sms: s.config.messages.sms, scheme: s.config.publicUrl.scheme });
  mount(smsStatus(api('/api/public/sms-status', 'Messages')), '/api/public/sms-status', reportSizeLimit, ...tenant);
  mount(
    superAdminRoutes(api('/api/superadmin', 'Super admin', 'platform'), {
      db: s.db,
      connections: s.connections,
      resolver: s.tenants,
      tokens: s.tokens,
      dummyHash: s.dummyHash,
      refreshTtlDays: s.config.jwt.refreshTtlDays,
      refreshGraceSeconds: s.config.jwt.refreshGraceSeconds,
      tenantDbPrefix: s.config.tenantDbPrefix,
      trialDays: s.config.trialDays,
      bcryptCost: s.config.bcryptCost,
      requests: s.requests,
      resolveTxt: s.resolveTxt,
    }),
    '/api/superadmin',
  );
  docsRoutes(app, registry);
  app.use('/api', notFoundHandler);

  const index = path.join(s.config.client.dist, 'index.html');
  if (s.config.client.serve && existsSync(index)) {
    app.use(clientAssets(s.config.client.dist));
  }

  app.use(notFoundHandler);
  // A school whose own database server was unreachable gets a fresh connection on its next request: a driver
  // whose monitor got stuck through a restart of that server (seen in the outage drill) cannot keep it down.
  app.use(((err, req, _res, next) => {
    if (req.tenant?.encryptedConnectionString && isDatabaseUnavailable(err)) s.connections.release(req.tenant);
    next(err);
  }) as ErrorRequestHandler);
  app.use(errorHandler);
  return app;
}
