import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import './express-augment.js';
import type { Services } from '../platform.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { userRoutes } from '../modules/users/user.routes.js';
import { tenantRoutes } from '../modules/tenant/tenant.routes.js';
import { superAdminRoutes } from '../modules/superadmin/superadmin.routes.js';
import { errorHandler, notFoundHandler } from './error-handler.js';
import { openContext, requestId } from './request-context.js';
import { AppError } from '../lib/errors.js';

/** Builds the Express app: API under /api, the built client (if any) everywhere else. */
export function createApp(s: Services): Express {
  const app = express();
  app.disable('x-powered-by');
  // Host-based tenancy must not trust X-Forwarded-Host from the open internet:
  // only when TRUST_PROXY names the proxies in front of us.
  app.set('trust proxy', s.config.trustProxy);
  app.set('query parser', 'simple');

  app.use(requestId);
  app.use((_req, res, next) => {
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY' });
    next();
  });
  app.use('/api', express.json({ limit: s.config.bodyLimit, strict: true, type: ['application/json', 'application/*+json'] }));
  app.use('/api', (req, _res, next) => {
    // A body in any other format is refused rather than silently ignored.
    if (
      req.method !== 'GET' &&
      req.method !== 'HEAD' &&
      req.method !== 'DELETE' &&
      Number(req.get('content-length') ?? 0) > 0 &&
      !req.is('application/json') &&
      !req.is('application/*+json')
    ) {
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
    }
    next();
  });
  app.use(openContext);

  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  const tenant = s.tenants.middleware({ connect: true });
  const authDeps = { tokens: s.tokens, refreshTtlDays: s.config.jwt.refreshTtlDays, dummyHash: s.dummyHash };
  app.use('/api/tenant', s.tenants.middleware({ connect: false }), tenantRoutes());
  app.use('/api/auth', tenant, authRoutes(authDeps));
  app.use('/api/users', tenant, userRoutes({ tokens: s.tokens, bcryptCost: s.config.bcryptCost }));
  app.use(
    '/api/superadmin',
    superAdminRoutes({
      db: s.db,
      connections: s.connections,
      resolver: s.tenants,
      tokens: s.tokens,
      dummyHash: s.dummyHash,
      tenantDbPrefix: s.config.tenantDbPrefix,
      bcryptCost: s.config.bcryptCost,
    }),
  );
  app.use('/api', notFoundHandler);

  const index = path.join(s.config.client.dist, 'index.html');
  if (s.config.client.serve && existsSync(index)) {
    app.use(express.static(s.config.client.dist, { index: false, maxAge: '1h' }));
    // Client-side routes (/, /login, /superadmin/...) all get the SPA shell.
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.set('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  }

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
