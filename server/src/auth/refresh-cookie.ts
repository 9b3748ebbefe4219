import type { Request, Response } from 'express';
import { AppError } from '../lib/errors.js';
import { securityEvent } from '../lib/security-log.js';

/**
 * Browsers keep the refresh token in an httpOnly cookie that only the sign-in
 * routes receive; scripts never see it. A browser asks for this with the
 * header `X-Session: cookie` (on sign-in, refresh and logout). That header is
 * also the CSRF defence: a cross-site page cannot send a custom header without
 * a CORS preflight, which this API never grants; a request whose Origin or
 * Sec-Fetch-Site says it came from another site is refused as well.
 * API clients without a cookie jar keep sending `refreshToken` in the body.
 */
export const SESSION_HEADER = 'X-Session';

export interface CookieScope {
  name: string;
  path: string;
}

/** One cookie per school: several schools can share a host in development (X-Tenant-ID on localhost). */
export const schoolCookie = (tenantId: string): CookieScope => ({ name: `sp_rt_${tenantId}`, path: '/api/auth' });
export const operatorCookie: CookieScope = { name: 'sp_op_rt', path: '/api/superadmin/auth' };

/** Whether the browser asked for the refresh token as a cookie. */
export const wantsCookie = (req: Request) => req.get(SESSION_HEADER)?.toLowerCase() === 'cookie';

/** Our tokens never need decoding; a value that cannot be decoded is simply not one of them (401 later, not 500). */
function decodeCookie(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeCookie(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * The refresh token of this request and how it came: from the body (API
 * clients), or from the cookie (browsers), which needs the session header and
 * a same-site origin.
 */
export function presentedToken(req: Request, scope: CookieScope, bodyToken?: string): { token?: string; via: 'body' | 'cookie' } {
  if (bodyToken) return { token: bodyToken, via: 'body' };
  const token = readCookie(req, scope.name);
  if (token === undefined && !wantsCookie(req)) return { via: 'body' };
  assertSameSite(req);
  return { token, via: 'cookie' };
}

function assertSameSite(req: Request): void {
  const origin = req.get('origin');
  // req.host is X-Forwarded-Host behind a trusted proxy (TRUST_PROXY), the Host header otherwise.
  const ours = [req.get('host'), req.host];
  const host = origin === undefined ? undefined : hostOf(origin);
  const crossOrigin = origin !== undefined && (host === undefined || !ours.includes(host));
  const crossSite = req.get('sec-fetch-site') === 'cross-site';
  if (wantsCookie(req) && !crossOrigin && !crossSite) return;
  securityEvent('csrf_refused', { ip: req.ip, path: req.originalUrl.split('?')[0] });
  throw new AppError(
    403,
    'CSRF_REFUSED',
    `This request must come from the app itself (send ${SESSION_HEADER}: cookie from the same origin)`,
  );
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Secure whenever the request is not plain http to a loopback name: behind a
 * TLS proxy without TRUST_PROXY the request looks like http, and the cookie
 * must still never travel in clear text. Local development over http keeps it.
 */
function secure(req: Request): boolean {
  return req.secure || !/^(localhost|127\.0\.0\.1|\[::1\]|.+\.localhost)$/.test(req.hostname);
}

export function setRefreshCookie(req: Request, res: Response, scope: CookieScope, token: string, expiresAt: Date): void {
  res.cookie(scope.name, token, { httpOnly: true, secure: secure(req), sameSite: 'strict', path: scope.path, expires: expiresAt });
}

export function clearRefreshCookie(req: Request, res: Response, scope: CookieScope): void {
  res.clearCookie(scope.name, { httpOnly: true, secure: secure(req), sameSite: 'strict', path: scope.path });
}
