import type { Request, Response } from 'express';
import type { ApiRouter } from '../../http/route.js';
import { AppError } from '../../lib/errors.js';
import { currentUser } from '../../auth/authenticate.js';
import { clearRefreshCookie, presentedToken, schoolCookie, setRefreshCookie, wantsCookie } from '../../auth/refresh-cookie.js';
import { currentTenant } from '../../tenancy/tenant-context.js';
import {
  acceptInvitationBody,
  accountChangeResponse,
  changeOwnAccountBody,
  forgotPasswordBody,
  forgotPasswordResponse,
  resetPasswordBody,
  loginBody,
  meResponse,
  ownLanguageBody,
  ownLanguageResponse,
  refreshBody,
  sessionResponse,
} from './auth.validation.js';
import { acceptInvitation } from '../users/invitation.js';
import * as auth from './auth.service.js';
import { changeOwnAccount, setOwnLanguage } from './account.service.js';
import { requestPasswordReset, resetPassword } from './password-reset.service.js';

/** The one answer to every reset request: it must not tell whether the address has an account. */
const RESET_REQUESTED = { message: 'If an account with this email exists, we sent it a link to choose a new password.' };

const COOKIE_NOTE =
  'Browsers send `X-Session: cookie`: the refresh token then travels only in an httpOnly, SameSite=Strict cookie scoped to /api/auth ' +
  '(and is left out of the body); API clients send and receive it in the body.';

/** Hands a session out: the refresh token into the cookie (browsers) or the body (API clients). */
function deliver(req: Request, res: Response, s: auth.Session, via: 'body' | 'cookie') {
  const { refreshExpiresAt, refreshToken, ...rest } = s;
  if (via === 'body') return { ...rest, refreshToken };
  setRefreshCookie(req, res, schoolCookie(currentTenant().id), refreshToken, refreshExpiresAt);
  return rest;
}

const noRefreshToken = () =>
  new AppError(401, 'INVALID_REFRESH_TOKEN', 'No refresh token: send the session cookie (browsers) or refreshToken in the body');

/** /api/auth — mounted behind the tenant resolver: every call is for one school. */
export function authRoutes(api: ApiRouter, deps: auth.AuthDeps): ApiRouter {
  return api
    .route({
      method: 'post',
      path: '/login',
      rateLimit: 'sign-in',
      summary: 'Sign in to the school',
      description: `A wrong email and a wrong password get the same 401 INVALID_CREDENTIALS. ${COOKIE_NOTE}`,
      access: { kind: 'public' },
      body: loginBody,
      status: 200,
      response: { description: 'The access token (and refresh token), the user and the school', schema: sessionResponse },
      errors: { 401: 'Wrong email or password', 429: 'Too many sign-in attempts (Retry-After)' },
      handler: async ({ body, req, res }) =>
        deliver(req, res, await auth.login(deps, body.email, body.password), wantsCookie(req) ? 'cookie' : 'body'),
    })
    .route({
      method: 'post',
      path: '/refresh',
      rateLimit: 'sign-in',
      summary: 'Rotate a refresh token',
      description:
        'The old token becomes unusable after a short grace (REFRESH_GRACE_SECONDS, for tabs refreshing at once); presenting it ' +
        `later revokes every token of that login (401 TOKEN_REUSED). ${COOKIE_NOTE} A cookie without the header, or from another ` +
        'origin, is refused with 403 CSRF_REFUSED.',
      access: { kind: 'public' },
      body: refreshBody,
      status: 200,
      response: { description: 'New tokens', schema: sessionResponse },
      errors: { 401: 'Refresh token missing, invalid, expired, reused or revoked', 403: 'Cross-site request (CSRF_REFUSED)' },
      handler: async ({ body, req, res }) => {
        const { token, via } = presentedToken(req, schoolCookie(currentTenant().id), body.refreshToken);
        if (!token) throw noRefreshToken();
        return deliver(req, res, await auth.refresh(deps, token), via);
      },
    })
    .route({
      method: 'post',
      path: '/logout',
      rateLimit: 'sign-in',
      summary: "End the login's session: its refresh tokens and, at once, its access tokens",
      description: COOKIE_NOTE,
      access: { kind: 'public' },
      body: refreshBody,
      status: 204,
      errors: { 403: 'Cross-site request (CSRF_REFUSED)' },
      handler: async ({ body, req, res }) => {
        const cookie = schoolCookie(currentTenant().id);
        const { token, via } = presentedToken(req, cookie, body.refreshToken);
        if (via === 'cookie') clearRefreshCookie(req, res, cookie);
        if (token) await auth.logout(deps, token);
      },
    })
    .route({
      method: 'post',
      path: '/accept-invitation',
      rateLimit: 'sign-in',
      summary: 'Set the password of an invited account with its one-time link',
      access: { kind: 'public' },
      body: acceptInvitationBody,
      status: 204,
      handler: ({ body }) => acceptInvitation(body.token, body.password, deps.bcryptCost),
    })
    .route({
      method: 'post',
      path: '/forgot-password',
      rateLimit: 'sign-in',
      summary: 'Ask for a password reset link by email',
      description:
        'Always 202 with the same body, after the same minimum time, whether or not the address has an account. Only an active ' +
        'account is sent a link (valid 1 hour, single use; a new request ends the older links; at most one email a minute). An ' +
        'invited account is not: its invitation is the way in, and an admin can resend it.',
      access: { kind: 'public' },
      body: forgotPasswordBody,
      status: 202,
      response: { description: 'Accepted (whether or not the address has an account)', schema: forgotPasswordResponse },
      handler: async ({ body }) => {
        await requestPasswordReset(body.email);
        return RESET_REQUESTED;
      },
    })
    .route({
      method: 'post',
      path: '/reset-password',
      rateLimit: 'sign-in',
      summary: 'Choose a new password with a reset link',
      description:
        'Every session of the account ends and the holder is told by email. A used, expired, superseded or unknown token ' +
        '(including one of another school) is 400 INVALID_RESET_TOKEN and changes nothing; these failures count toward the ' +
        'sign-in limits of the address.',
      access: { kind: 'public' },
      body: resetPasswordBody,
      status: 204,
      errors: { 400: 'Invalid, used or expired token (INVALID_RESET_TOKEN), or a password that breaks the rules' },
      handler: ({ body }) => resetPassword(body.token, body.password, deps.bcryptCost),
    })
    .route({
      method: 'get',
      path: '/me',
      summary: 'The signed-in user and their school',
      access: { kind: 'school' },
      response: { description: 'User and school', schema: meResponse },
      handler: () => auth.me(currentUser().id),
    })
    .route({
      method: 'patch',
      path: '/me',
      rateLimit: 'sign-in',
      summary: 'Change your own email and/or password (needs the current password)',
      description:
        'Every other login of the account ends; this one continues with the returned access token. The account holder is notified. 403 WRONG_PASSWORD when currentPassword is wrong.',
      access: { kind: 'school' },
      body: changeOwnAccountBody,
      response: { description: 'A fresh access token and the user', schema: accountChangeResponse },
      errors: { 403: 'Current password wrong (WRONG_PASSWORD)', 409: 'Email already used in this school' },
      handler: ({ body }) => changeOwnAccount(deps, currentUser(), body),
    })
    .route({
      method: 'put',
      path: '/me/language',
      summary: 'Choose your own language (portal, emails, error messages)',
      description:
        "Any signed-in school user, for their own account. null goes back to the school's default language. An unknown " +
        'language is 400 on `language`, nothing changed.',
      access: { kind: 'school' },
      body: ownLanguageBody,
      response: { description: 'The language now chosen', schema: ownLanguageResponse },
      handler: ({ body }) => setOwnLanguage(currentUser(), body.language),
    });
}
