import { Router } from 'express';
import { validate } from '../../http/validate.js';
import { idParams } from '../../lib/validation.js';
import { authenticate, authorize } from '../../auth/authenticate.js';
import type { TokenService } from '../../auth/tokens.js';
import { createUserBody, listUsersQuery, updateUserBody, type ListUsers } from './user.validation.js';
import * as users from './user.service.js';

/** /api/users — the school's own accounts; admins only. */
export function userRoutes(deps: { tokens: TokenService; bcryptCost: number }): Router {
  const router = Router();
  router.use(authenticate(deps.tokens), authorize('admin'));
  router.get('/', validate({ query: listUsersQuery }), async (req, res) => {
    res.json(await users.listUsers(req.query as unknown as ListUsers));
  });
  router.post('/', validate({ body: createUserBody }), async (req, res) => {
    res.status(201).json(await users.createUser(req.body, deps.bcryptCost));
  });
  router.get('/:id', validate({ params: idParams }), async (req, res) => {
    res.json(await users.getUser(req.params.id as string));
  });
  router.patch('/:id', validate({ params: idParams, body: updateUserBody }), async (req, res) => {
    res.json(await users.updateUser(req.params.id as string, req.body, req.user!.id, deps.bcryptCost));
  });
  router.delete('/:id', validate({ params: idParams }), async (req, res) => {
    await users.deleteUser(req.params.id as string, req.user!.id);
    res.status(204).end();
  });
  return router;
}
