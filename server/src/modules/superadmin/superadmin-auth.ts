import { z } from 'zod';
import type { Request, Response } from 'express';
import type { ApiRouter } from '../../http/route.js';
import type { PlatformDb } from '../../db/platform-db.js';
import { AppError } from '../../lib/errors.js';
import { securityEvent } from '../../lib/security-log.js';
import { passwordTooLong, verifyPassword } from '../../auth/password.js';
import { RefreshFamilies } from '../../auth/refresh-families.js';
import { clearRefreshCookie, operatorCookie, presentedToken, setRefreshCookie, wantsCookie } from '../../auth/refresh-cookie.js';
import { currentSuperAdmin } from '../../auth/authenticate.js';
import type { TokenService } from '../../auth/tokens.js';
import { superAdminLoginBody, superAdminSessionResponse } from './tenant.validation.js';
import { audit } from './superadmin.service.js';

export interface OperatorAuthDeps {
  db: PlatformDb;
  tokens: TokenService;
  dummyHash: string;
  refreshTtlDays: number;
  refreshGraceSeconds: number;
}

interface OperatorSession {
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: Date;
  expiresIn: number;
  user: { id: string; name: string; email: string };
}

/** The operators' refresh families; ending access raises the operator's session version (access tokens refused at once). */
const families = (deps: OperatorAuthDeps) =>
  new RefreshFamilies(
    () => deps.db.OperatorRefreshToken,
    deps.refreshGraceSeconds * 1000,
    async (id) => void (await deps.db.SuperAdmin.updateOne({ _id: id }, { $inc: { sessionVersion: 1 } })),
  );

type Operator = { _id: { toString(): string }; name: string; email: string; sessionVersion?: number | null };

function session(deps: OperatorAuthDeps, admin: Operator, r: { token: string; familyId: string; expiresAt: Date }): OperatorSession {
  const id = admin._id.toString();
  return {
    accessToken: deps.tokens.signPlatform({ id, email: admin.email, sv: admin.sessionVersion ?? 0, sid: r.familyId }),
    refreshToken: r.token,
    refreshExpiresAt: r.expiresAt,
    expiresIn: deps.tokens.accessTtlSeconds,
    user: { id, name: admin.name, email: admin.email },
  };
}

/** One bcrypt compare at the configured cost on every path (the dummy hash when there is no such operator). */
export async function superAdminLogin(deps: OperatorAuthDeps, email: string, password: string, ip?: string): Promise<OperatorSession> {
  const admin = await deps.db.SuperAdmin.findOne({ email }).select('+passwordHash').lean();
  const usable = admin && !passwordTooLong(password);
  const ok = await verifyPassword(password, usable ? admin.passwordHash : deps.dummyHash);
  if (!admin || !usable || !ok) {
    securityEvent('operator_login_failed', { operatorId: admin?._id.toString(), ip });
    throw new AppError(401, 'INVALID_CREDENTIALS', 'Email or password is incorrect');
  }
  if (admin.status !== 'active') throw new AppError(403, 'USER_DISABLED', 'This account is disabled');
  const now = new Date();
  await deps.db.SuperAdmin.updateOne({ _id: admin._id }, { $set: { lastLogin: now } });
  const started = await families(deps).start(admin._id, new Date(now.getTime() + deps.refreshTtlDays * 86_400_000));
  securityEvent('operator_login_succeeded', { operatorId: admin._id.toString(), ip }, 'info');
  return session(deps, admin, started);
}

export async function superAdminRefresh(deps: OperatorAuthDeps, token: string, ip?: string): Promise<OperatorSession> {
  const found: { admin?: Operator | null } = {};
  const rotated = await families(deps).rotate(
    token,
    async (id) => {
      const admin = await deps.db.SuperAdmin.findById(id).lean();
      found.admin = admin;
      return admin?.status === 'active';
    },
    { platform: true, ip },
  );
  if (!found.admin) throw new AppError(401, 'INVALID_REFRESH_TOKEN', 'Refresh token is invalid or expired');
  return session(deps, found.admin, rotated);
}

/** Ends the operator's login: its refresh family, and at once its access tokens (the session version moves on). */
export async function superAdminLogout(deps: OperatorAuthDeps, token: string): Promise<void> {
  await families(deps).endLogin(token);
}

function deliver(req: Request, res: Response, s: OperatorSession, via: 'body' | 'cookie') {
  const { refreshExpiresAt, refreshToken, ...rest } = s;
  if (via === 'body') return { ...rest, refreshToken };
  setRefreshCookie(req, res, operatorCookie, refreshToken, refreshExpiresAt);
  return rest;
}

const refreshBody = z.object({ refreshToken: z.string().min(20).max(200).optional() }).strict();
const sessionResponse = superAdminSessionResponse.extend({ refreshToken: z.string().optional() });
const COOKIE_NOTE =
  'The console sends `X-Session: cookie`: the refresh token then lives in an httpOnly, SameSite=Strict cookie scoped to ' +
  '/api/superadmin/auth; API clients send and receive it in the body.';

/** /api/superadmin/auth — operators sign in, refresh (the console keeps its session past the access token's 15 minutes), sign out. */
export function operatorAuthRoutes(api: ApiRouter, deps: OperatorAuthDeps): ApiRouter {
  return api
    .route({
      method: 'post',
      path: '/auth/login',
      rateLimit: 'sign-in',
      summary: 'Sign in as a platform operator',
      description: COOKIE_NOTE,
      access: { kind: 'public' },
      body: superAdminLoginBody,
      status: 200,
      response: { description: 'Platform access token (and refresh token)', schema: sessionResponse },
      errors: { 429: 'Too many sign-in attempts (Retry-After)' },
      handler: async ({ body, req, res }) => {
        const s = await superAdminLogin(deps, body.email, body.password, req.ip);
        await audit(deps.db, 'superadmin.login', undefined, undefined, { id: s.user.id, email: s.user.email });
        return deliver(req, res, s, wantsCookie(req) ? 'cookie' : 'body');
      },
    })
    .route({
      method: 'post',
      path: '/auth/refresh',
      rateLimit: 'sign-in',
      summary: "Rotate an operator's refresh token",
      description: `Same rotation, grace and reuse detection as a school's /api/auth/refresh. ${COOKIE_NOTE}`,
      access: { kind: 'public' },
      body: refreshBody,
      status: 200,
      response: { description: 'New tokens', schema: sessionResponse },
      errors: { 401: 'Refresh token missing, invalid, expired, reused or revoked', 403: 'Cross-site request (CSRF_REFUSED)' },
      handler: async ({ body, req, res }) => {
        const { token, via } = presentedToken(req, operatorCookie, body.refreshToken);
        if (!token)
          throw new AppError(401, 'INVALID_REFRESH_TOKEN', 'No refresh token: send the session cookie or refreshToken in the body');
        return deliver(req, res, await superAdminRefresh(deps, token, req.ip), via);
      },
    })
    .route({
      method: 'post',
      path: '/auth/logout',
      rateLimit: 'sign-in',
      summary: "End the operator's login (refresh and access tokens)",
      description: COOKIE_NOTE,
      access: { kind: 'public' },
      body: refreshBody,
      status: 204,
      errors: { 403: 'Cross-site request (CSRF_REFUSED)' },
      handler: async ({ body, req, res }) => {
        const { token, via } = presentedToken(req, operatorCookie, body.refreshToken);
        if (via === 'cookie') clearRefreshCookie(req, res, operatorCookie);
        if (token) await superAdminLogout(deps, token);
      },
    })
    .route({
      method: 'get',
      path: '/auth/me',
      summary: 'The signed-in operator',
      access: { kind: 'platform' },
      handler: ({ req }) => ({ user: currentSuperAdmin(req) }),
    });
}
