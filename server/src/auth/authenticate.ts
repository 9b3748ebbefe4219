import type { Request, RequestHandler } from 'express';
import type { Types } from 'mongoose';
import { AppError } from '../lib/errors.js';
import { currentContext } from '../lib/context.js';
import type { Language } from '../lib/i18n.js';
import { tenantModel } from '../tenancy/tenant-context.js';
import { UserModel } from '../modules/users/user.schema.js';
import { StaffModel } from '../modules/people/people.schema.js';
import type { PlatformDb } from '../db/platform-db.js';
import { bearerToken, tokenRevoked, type PlatformPrincipal, type Role, type SchoolPrincipal, type TokenService } from './tokens.js';

/**
 * School routes: a valid school token, for THIS school, of a user who still
 * exists and is active. The role is read from the database, so a demotion or a
 * disabled account takes effect on the next request, not at token expiry; so
 * does a logout or password reset (the account's session version moved on).
 */
export function authenticate(tokens: TokenService): RequestHandler {
  return async (req, _res, next) => {
    const principal = tokens.verifySchool(bearerToken(req.get('authorization')));
    if (!req.tenant) throw new AppError(400, 'TENANT_REQUIRED', 'This request must name a school');
    if (principal.tenantId !== req.tenant.id) {
      throw new AppError(403, 'TENANT_MISMATCH', 'This token belongs to another school');
    }
    const user = await tenantModel(UserModel).findById(principal.id).select('role status sessionVersion language').lean();
    if (!user) throw new AppError(401, 'INVALID_TOKEN', 'Invalid access token');
    if (user.status !== 'active') throw new AppError(403, 'USER_DISABLED', 'This account is disabled');
    if ((user.sessionVersion ?? 0) !== principal.sv) throw tokenRevoked();
    if (user.role === 'parent' && !req.tenant.features.parentPortal) {
      throw new AppError(403, 'FEATURE_DISABLED', "This school's parent portal is not enabled");
    }
    if (await staffHasLeft(user)) throw leftStaff();
    req.user = { id: principal.id, tenantId: principal.tenantId, role: user.role, sid: principal.sid };
    const ctx = currentContext();
    if (ctx) {
      ctx.userId = principal.id;
      ctx.user = req.user;
      if (user.language) ctx.language = user.language as Language;
    }
    next();
  };
}

/**
 * Leaving is recorded on the staff record, not the account: a teacher or staff member who has left loses access
 * all the same (every request, sign-in and refresh asks).
 */
export async function staffHasLeft(user: { _id: Types.ObjectId; role: Role }): Promise<boolean> {
  if (user.role !== 'teacher' && user.role !== 'staff') return false;
  return Boolean(await tenantModel(StaffModel).exists({ userId: user._id, status: 'left' }));
}

export const leftStaff = () => new AppError(403, 'USER_DISABLED', 'This account belongs to a staff member who has left');

export function authorize(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.user) throw new AppError(401, 'AUTH_REQUIRED', 'Sign in first');
    if (!roles.includes(req.user.role)) throw new AppError(403, 'FORBIDDEN', 'Your role may not do this');
    next();
  };
}

/** Super admin routes: a platform token of an active platform operator. School tokens are refused. */
export function authenticateSuperAdmin(tokens: TokenService, db: PlatformDb): RequestHandler {
  return async (req, _res, next) => {
    const principal = tokens.verifyPlatform(bearerToken(req.get('authorization')));
    const admin = await db.SuperAdmin.findById(principal.id).select('email status sessionVersion').lean();
    if (!admin) throw new AppError(401, 'INVALID_TOKEN', 'Invalid access token');
    if (admin.status !== 'active') throw new AppError(403, 'USER_DISABLED', 'This account is disabled');
    if ((admin.sessionVersion ?? 0) !== principal.sv) throw tokenRevoked();
    req.superAdmin = { id: principal.id, email: admin.email };
    const ctx = currentContext();
    if (ctx) ctx.superAdmin = req.superAdmin;
    next();
  };
}

/** The signed-in school user of this unit of work (set by authenticate() in the work context). */
export function currentUser(): SchoolPrincipal {
  const user = currentContext()?.user;
  if (!user) throw new AppError(401, 'AUTH_REQUIRED', 'Sign in first');
  return user;
}

/** The signed-in operator of a route guarded by authenticateSuperAdmin(). */
export function currentSuperAdmin(req: Request): PlatformPrincipal {
  if (!req.superAdmin) throw new AppError(401, 'AUTH_REQUIRED', 'Sign in first');
  return req.superAdmin;
}
