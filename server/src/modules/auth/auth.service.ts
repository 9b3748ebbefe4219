import type { Types } from 'mongoose';
import { AppError } from '../../lib/errors.js';
import { currentContext } from '../../lib/context.js';
import { securityEvent } from '../../lib/security-log.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { passwordTooLong, verifyPassword } from '../../auth/password.js';
import { RefreshTokenModel } from '../../auth/refresh-token.schema.js';
import { RefreshFamilies } from '../../auth/refresh-families.js';
import type { TokenService } from '../../auth/tokens.js';
import { recordAudit } from '../../school/audit.js';
import { leftStaff, staffHasLeft } from '../../auth/authenticate.js';
import { UserModel, toUserDto, type UserDto } from '../users/user.schema.js';
import { endAccessTokens } from '../users/sessions.js';
import { toPublicTenant, type PublicTenant } from '../tenant/tenant.dto.js';

export interface AuthDeps {
  tokens: TokenService;
  refreshTtlDays: number;
  /** How long a just-rotated refresh token is still honoured (two tabs refreshing at once). */
  refreshGraceSeconds: number;
  /** Compared against when there is no usable password (unknown email, invited account): every failure costs one compare at the configured cost. */
  dummyHash: string;
  bcryptCost: number;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** When the login (its refresh family) ends: the cookie's expiry. */
  refreshExpiresAt: Date;
  expiresIn: number;
  user: UserDto;
  tenant: PublicTenant;
}

const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS', 'Email or password is incorrect');

/** The school's refresh-token families (built per call: the collection is the current school's). */
export const schoolFamilies = (deps: Pick<AuthDeps, 'refreshGraceSeconds'>) =>
  new RefreshFamilies(() => tenantModel(RefreshTokenModel), deps.refreshGraceSeconds * 1000, endAccessTokens);

/**
 * Signs in. Every path makes exactly one bcrypt compare at the configured
 * cost: an unknown email and an invited account (no password of their own
 * yet) compare against the dummy hash, so timing does not tell them apart.
 */
export async function login(deps: AuthDeps, email: string, password: string): Promise<Session> {
  const Users = tenantModel(UserModel);
  const ip = currentContext()?.ip;
  const user = await Users.findOne({ email }).select('+passwordHash').lean();
  const usable = user && user.status !== 'invited' && !passwordTooLong(password);
  const ok = await verifyPassword(password, usable ? user.passwordHash : deps.dummyHash);
  if (!user || !usable || !ok) {
    securityEvent('login_failed', { tenantId: currentTenant().id, userId: user?._id.toString(), ip });
    if (user) await recordAudit('login_failed', 'User', user._id);
    throw invalidCredentials();
  }
  if (user.status !== 'active') {
    securityEvent('login_failed', { tenantId: currentTenant().id, userId: user._id.toString(), ip, reason: 'disabled' });
    throw new AppError(403, 'USER_DISABLED', 'This account is disabled');
  }
  if (await staffHasLeft(user)) {
    securityEvent('login_failed', { tenantId: currentTenant().id, userId: user._id.toString(), ip, reason: 'left' });
    throw leftStaff();
  }

  const now = new Date();
  await Users.updateOne({ _id: user._id }, { $set: { lastLogin: now } });
  const refreshExpiresAt = new Date(now.getTime() + deps.refreshTtlDays * 86_400_000);
  const { token, familyId } = await schoolFamilies(deps).start(user._id, refreshExpiresAt);
  const ctx = currentContext();
  if (ctx) ctx.userId = user._id.toString();
  securityEvent('login_succeeded', { tenantId: currentTenant().id, userId: user._id.toString(), ip }, 'info');
  await recordAudit('login', 'User', user._id);
  return session(deps, { ...user, lastLogin: now }, token, familyId, refreshExpiresAt);
}

/** Rotates a refresh token (see RefreshFamilies: a grace for racing tabs, reuse revokes the family). */
export async function refresh(deps: AuthDeps, token: string): Promise<Session> {
  const Users = tenantModel(UserModel);
  const log = { tenantId: currentTenant().id, ip: currentContext()?.ip };
  const found: { user?: Awaited<ReturnType<typeof loadUser>> } = {};
  const loadUser = (id: Types.ObjectId) => Users.findById(id).lean();
  const rotated = await schoolFamilies(deps).rotate(
    token,
    async (id) => {
      found.user = await loadUser(id);
      return found.user?.status === 'active' && !(await staffHasLeft(found.user));
    },
    log,
  );
  const user = found.user;
  if (!user) throw new AppError(401, 'INVALID_REFRESH_TOKEN', 'Refresh token is invalid or expired');
  return session(deps, user, rotated.token, rotated.familyId, rotated.expiresAt);
}

/**
 * Ends the login of the given refresh token: its family is revoked and the
 * account's session version moves on, so its access tokens stop working at
 * once (the user's other logins refresh theirs once). Unknown tokens are
 * ignored: logout is idempotent.
 */
export async function logout(deps: Pick<AuthDeps, 'refreshGraceSeconds'>, token: string): Promise<void> {
  await schoolFamilies(deps).endLogin(token);
}

export async function me(userId: string): Promise<{ user: UserDto; tenant: PublicTenant }> {
  const user = await tenantModel(UserModel).findById(userId).lean();
  if (!user) throw new AppError(401, 'INVALID_TOKEN', 'Invalid access token');
  return { user: toUserDto(user), tenant: toPublicTenant(currentTenant()) };
}

export function session(
  deps: Pick<AuthDeps, 'tokens'>,
  user: Parameters<typeof toUserDto>[0] & { sessionVersion?: number | null },
  refreshToken: string,
  familyId: string,
  refreshExpiresAt: Date,
): Session {
  const tenant = currentTenant();
  return {
    accessToken: accessToken(deps, user, familyId),
    refreshToken,
    refreshExpiresAt,
    expiresIn: deps.tokens.accessTtlSeconds,
    user: toUserDto(user),
    tenant: toPublicTenant(tenant),
  };
}

export function accessToken(
  deps: Pick<AuthDeps, 'tokens'>,
  user: { _id: { toString(): string }; role: UserDto['role']; sessionVersion?: number | null },
  familyId: string | undefined,
): string {
  return deps.tokens.signSchool({
    id: user._id.toString(),
    tenantId: currentTenant().id,
    role: user.role,
    sv: user.sessionVersion ?? 0,
    sid: familyId,
  });
}
