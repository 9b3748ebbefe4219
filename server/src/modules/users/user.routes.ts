import { idParams } from '../../lib/validation.js';
import { pageSchema } from '../../lib/pagination.js';
import type { ApiRouter } from '../../http/route.js';
import { currentUser } from '../../auth/authenticate.js';
import { createUserBody, listUsersQuery, updateUserBody, userResponse } from './user.validation.js';
import * as users from './user.service.js';

const admin = { kind: 'school', roles: ['admin'] } as const;

/** /api/users — the school's own accounts; admins only. */
export function userRoutes(api: ApiRouter, deps: { bcryptCost: number }): ApiRouter {
  return api
    .route({
      method: 'get',
      path: '/',
      summary: "List the school's users",
      access: admin,
      query: listUsersQuery,
      response: { description: 'A page of users', schema: pageSchema(userResponse) },
      handler: ({ query }) => users.listUsers(query),
    })
    .route({
      method: 'post',
      path: '/',
      summary: 'Create a user',
      access: admin,
      body: createUserBody,
      response: { description: 'The new user', schema: userResponse },
      handler: ({ body }) => users.createUser(body, deps.bcryptCost),
    })
    .route({
      method: 'get',
      path: '/:id',
      summary: 'Get a user',
      access: admin,
      scope: 'school',
      params: idParams,
      response: { description: 'The user', schema: userResponse },
      handler: ({ params }) => users.getUser(params.id),
    })
    .route({
      method: 'patch',
      path: '/:id',
      summary: 'Change a user (name, email, password, role, status)',
      access: admin,
      scope: 'school',
      params: idParams,
      body: updateUserBody,
      response: { description: 'The user', schema: userResponse },
      handler: ({ params, body }) => users.updateUser(params.id, body, currentUser().id, deps.bcryptCost),
    })
    .route({
      method: 'delete',
      path: '/:id',
      summary: 'Delete a user and end their sessions',
      access: admin,
      scope: 'school',
      params: idParams,
      status: 204,
      handler: ({ params }) => users.deleteUser(params.id, currentUser().id),
    });
}
