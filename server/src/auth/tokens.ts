import jwt from 'jsonwebtoken';
import { AppError } from '../lib/errors.js';
import type { Config } from '../config/config.js';

export const SCHOOL_AUDIENCE = 'school';
export const PLATFORM_AUDIENCE = 'platform';
const ISSUER = 'school-platform';

export const ROLES = ['admin', 'teacher', 'student', 'parent', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export interface SchoolPrincipal {
  id: string;
  tenantId: string;
  role: Role;
  /** The login (refresh family) this access token belongs to. */
  sid?: string;
}

export interface PlatformPrincipal {
  id: string;
  email: string;
}

/**
 * What an access token says about its session: the account's session version
 * when it was issued (a logout, a password reset or an email change raises it,
 * ending every access token at once) and the refresh family (login) it belongs to.
 */
export interface SessionClaims {
  sv: number;
  sid?: string;
}

interface SchoolClaims {
  sub: string;
  tid: string;
  role: Role;
  sv: number;
  sid?: string;
}

interface PlatformClaims {
  sub: string;
  email: string;
  sv: number;
  sid?: string;
}

export class TokenService {
  constructor(private readonly cfg: Config['jwt']) {}

  get accessTtlSeconds() {
    return this.cfg.accessTtlSeconds;
  }

  signSchool(p: SchoolPrincipal & SessionClaims): string {
    const claims: SchoolClaims = { sub: p.id, tid: p.tenantId, role: p.role, sv: p.sv, sid: p.sid };
    return jwt.sign(claims, this.cfg.secret, {
      algorithm: this.cfg.algorithm,
      audience: SCHOOL_AUDIENCE,
      issuer: ISSUER,
      expiresIn: this.cfg.accessTtlSeconds,
    });
  }

  signPlatform(p: PlatformPrincipal & SessionClaims): string {
    const claims: PlatformClaims = { sub: p.id, email: p.email, sv: p.sv, sid: p.sid };
    return jwt.sign(claims, this.cfg.secret, {
      algorithm: this.cfg.algorithm,
      audience: PLATFORM_AUDIENCE,
      issuer: ISSUER,
      expiresIn: this.cfg.accessTtlSeconds,
    });
  }

  verifySchool(token: string): SchoolPrincipal & SessionClaims {
    const c = this.verify(token, SCHOOL_AUDIENCE) as Partial<SchoolClaims>;
    if (typeof c.sub !== 'string' || typeof c.tid !== 'string' || typeof c.role !== 'string') throw invalidToken();
    return { id: c.sub, tenantId: c.tid, role: c.role, ...sessionClaims(c) };
  }

  verifyPlatform(token: string): PlatformPrincipal & SessionClaims {
    const c = this.verify(token, PLATFORM_AUDIENCE) as Partial<PlatformClaims>;
    if (typeof c.sub !== 'string' || typeof c.email !== 'string') throw invalidToken();
    return { id: c.sub, email: c.email, ...sessionClaims(c) };
  }

  private verify(token: string, audience: string): jwt.JwtPayload {
    try {
      const payload = jwt.verify(token, this.cfg.secret, {
        algorithms: [this.cfg.algorithm],
        audience,
        issuer: ISSUER,
      });
      if (typeof payload === 'string') throw invalidToken();
      return payload;
    } catch (err) {
      if (err instanceof jwt.TokenExpiredError) throw new AppError(401, 'TOKEN_EXPIRED', 'Access token expired');
      throw invalidToken();
    }
  }
}

/** 401 for an access token whose session was ended (logout, password reset, email change): refresh or sign in again. */
export const tokenRevoked = () => new AppError(401, 'TOKEN_REVOKED', 'This session was ended; refresh it or sign in again');

// A token without `sv` predates session versions: it counts as version 0 (and expires within the access TTL).
const sessionClaims = (c: Partial<SessionClaims>): SessionClaims => ({
  sv: typeof c.sv === 'number' ? c.sv : 0,
  sid: typeof c.sid === 'string' ? c.sid : undefined,
});

const invalidToken = () => new AppError(401, 'INVALID_TOKEN', 'Invalid access token');

export function bearerToken(header: string | undefined): string {
  const match = header ? /^Bearer ([A-Za-z0-9._-]{10,4096})$/.exec(header) : null;
  if (!match?.[1]) throw new AppError(401, 'AUTH_REQUIRED', 'Sign in first: send Authorization: Bearer <token>');
  return match[1];
}
