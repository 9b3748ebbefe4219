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
}

export interface PlatformPrincipal {
  id: string;
  email: string;
}

interface SchoolClaims {
  sub: string;
  tid: string;
  role: Role;
}

interface PlatformClaims {
  sub: string;
  email: string;
}

export class TokenService {
  constructor(private readonly cfg: Config['jwt']) {}

  get accessTtlSeconds() {
    return this.cfg.accessTtlSeconds;
  }

  signSchool(p: SchoolPrincipal): string {
    const claims: SchoolClaims = { sub: p.id, tid: p.tenantId, role: p.role };
    return jwt.sign(claims, this.cfg.secret, {
      algorithm: this.cfg.algorithm,
      audience: SCHOOL_AUDIENCE,
      issuer: ISSUER,
      expiresIn: this.cfg.accessTtlSeconds,
    });
  }

  signPlatform(p: PlatformPrincipal): string {
    const claims: PlatformClaims = { sub: p.id, email: p.email };
    return jwt.sign(claims, this.cfg.secret, {
      algorithm: this.cfg.algorithm,
      audience: PLATFORM_AUDIENCE,
      issuer: ISSUER,
      expiresIn: this.cfg.accessTtlSeconds,
    });
  }

  verifySchool(token: string): SchoolPrincipal {
    const c = this.verify(token, SCHOOL_AUDIENCE) as Partial<SchoolClaims>;
    if (typeof c.sub !== 'string' || typeof c.tid !== 'string' || typeof c.role !== 'string') throw invalidToken();
    return { id: c.sub, tenantId: c.tid, role: c.role };
  }

  verifyPlatform(token: string): PlatformPrincipal {
    const c = this.verify(token, PLATFORM_AUDIENCE) as Partial<PlatformClaims>;
    if (typeof c.sub !== 'string' || typeof c.email !== 'string') throw invalidToken();
    return { id: c.sub, email: c.email };
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

const invalidToken = () => new AppError(401, 'INVALID_TOKEN', 'Invalid access token');

export function bearerToken(header: string | undefined): string {
  const match = header ? /^Bearer ([A-Za-z0-9._-]{10,4096})$/.exec(header) : null;
  if (!match?.[1]) throw new AppError(401, 'AUTH_REQUIRED', 'Sign in first: send Authorization: Bearer <token>');
  return match[1];
}
