import type { ApiRouter } from '../../http/route.js';
import { currentUser } from '../../auth/authenticate.js';
import { acceptInvitationBody, loginBody, meResponse, refreshBody, sessionResponse } from './auth.validation.js';
import { acceptInvitation } from '../users/invitation.js';
import * as auth from './auth.service.js';

/** /api/auth — mounted behind the tenant resolver: every call is for one school. */
export function authRoutes(api: ApiRouter, deps: auth.AuthDeps): ApiRouter {
  return api
    .route({
      method: 'post',
      path: '/login',
      summary: 'Sign in to the school',
      description: 'A wrong email and a wrong password get the same 401 INVALID_CREDENTIALS.',
      access: { kind: 'public' },
      body: loginBody,
      status: 200,
      response: { description: 'Access and refresh tokens, the user and the school', schema: sessionResponse },
      errors: { 401: 'Wrong email or password', 429: 'Too many sign-in attempts (Retry-After)' },
      handler: ({ body }) => auth.login(deps, body.email, body.password),
    })
    .route({
      method: 'post',
      path: '/refresh',
      summary: 'Rotate a refresh token',
      description: 'The old token becomes unusable; presenting it again revokes every token of that login (401 TOKEN_REUSED).',
      access: { kind: 'public' },
      body: refreshBody,
      status: 200,
      response: { description: 'New tokens', schema: sessionResponse },
      errors: { 401: 'Refresh token invalid, expired, reused or revoked' },
      handler: ({ body }) => auth.refresh(deps, body.refreshToken),
    })
    .route({
      method: 'post',
      path: '/logout',
      summary: "End the login's session (revokes its refresh tokens)",
      access: { kind: 'public' },
      body: refreshBody,
      status: 204,
      handler: ({ body }) => auth.logout(body.refreshToken),
    })
    .route({
      method: 'post',
      path: '/accept-invitation',
      summary: 'Set the password of an invited account with its one-time link',
      access: { kind: 'public' },
      body: acceptInvitationBody,
      status: 204,
      handler: ({ body }) => acceptInvitation(body.token, body.password, deps.bcryptCost),
    })
    .route({
      method: 'get',
      path: '/me',
      summary: 'The signed-in user and their school',
      access: { kind: 'school' },
      response: { description: 'User and school', schema: meResponse },
      handler: () => auth.me(currentUser().id),
    });
}
