import { idParams } from '../../lib/validation.js';
import { pageSchema } from '../../lib/pagination.js';
import type { ApiRouter } from '../../http/route.js';
import { currentUser } from '../../auth/authenticate.js';
import {
  createUserBody,
  createdUserResponse,
  invitationResponse,
  listUsersQuery,
  updateUserBody,
  userResponse,
} from './user.validation.js';
import { resendInvitation, revokeInvitation } from './invitation.js';
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
      summary: 'Invite a user by email (they choose their own password; a password in the request is refused)',
      access: admin,
      body: createUserBody,
      response: { description: 'The invited user, and the link as a fallback to copy', schema: createdUserResponse },
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
    })
    .route({
      method: 'post',
      path: '/:id/invitation/resend',
      summary: 'Send the invitation again (new link; earlier links stop working)',
      description:
        'For a pending, expired or revoked invitation: a new link is issued, older links die and their unsent emails are ' +
        'cancelled, and a new invitation email is queued. The link is returned as a fallback to copy. 409 NOT_INVITED otherwise.',
      access: admin,
      scope: 'school',
      params: idParams,
      status: 200,
      response: { description: 'The new invitation', schema: invitationResponse },
      errors: { 409: 'The account is not invited (NOT_INVITED)' },
      handler: ({ params }) => resendInvitation(params.id),
    })
    .route({
      method: 'post',
      path: '/:id/invitation/revoke',
      summary: 'Withdraw a pending invitation',
      description:
        'The account is disabled, its links stop working and an invitation email not yet sent is cancelled. ' +
        'A resend reopens it. 409 NOT_INVITED when the account is not invited.',
      access: admin,
      scope: 'school',
      params: idParams,
      status: 204,
      errors: { 409: 'The account is not invited (NOT_INVITED)' },
      handler: ({ params }) => revokeInvitation(params.id),
    });
}
