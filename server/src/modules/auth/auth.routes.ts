import { Router } from 'express';
import { validate } from '../../http/validate.js';
import { authenticate } from '../../auth/authenticate.js';
import type { TokenService } from '../../auth/tokens.js';
import { loginBody, refreshBody } from './auth.validation.js';
import * as auth from './auth.service.js';

/** /api/auth — mounted behind the tenant resolver: every call is for one school. */
export function authRoutes(deps: auth.AuthDeps & { tokens: TokenService }): Router {
  const router = Router();
  router.post('/login', validate({ body: loginBody }), async (req, res) => {
    res.json(await auth.login(deps, req.body.email, req.body.password));
  });
  router.post('/refresh', validate({ body: refreshBody }), async (req, res) => {
    res.json(await auth.refresh(deps, req.body.refreshToken));
  });
  router.post('/logout', validate({ body: refreshBody }), async (req, res) => {
    await auth.logout(req.body.refreshToken);
    res.status(204).end();
  });
  router.get('/me', authenticate(deps.tokens), async (req, res) => {
    res.json(await auth.me(req.user!.id));
  });
  return router;
}
