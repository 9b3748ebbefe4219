import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { AppError, isDuplicateKey } from '../../lib/errors.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { verifyPassword } from '../../auth/password.js';
import { RefreshTokenModel } from '../../auth/refresh-token.schema.js';
import type { TokenService } from '../../auth/tokens.js';
import { UserModel, toUserDto, type UserDto } from '../users/user.schema.js';
import { toPublicTenant, type PublicTenant } from '../tenant/tenant.dto.js';

export interface AuthDeps {
  tokens: TokenService;
  refreshTtlDays: number;
  /** Compared against when the email is unknown, so both failures take the same time. */
  dummyHash: string;
  bcryptCost: number;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: UserDto;
  tenant: PublicTenant;
}

const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS', 'Email or password is incorrect');
const invalidRefresh = () => new AppError(401, 'INVALID_REFRESH_TOKEN', 'Refresh token is invalid or expired');

export async function login(deps: AuthDeps, email: string, password: string): Promise<Session> {
  const Users = tenantModel(UserModel);
  const user = await Users.findOne({ email }).select('+passwordHash').lean();
  const ok = await verifyPassword(password, user?.passwordHash ?? deps.dummyHash);
  if (!user || !ok) throw invalidCredentials();
  if (user.status !== 'active') throw new AppError(403, 'USER_DISABLED', 'This account is disabled');

  const now = new Date();
  await Promise.all([
    Users.updateOne({ _id: user._id }, { $set: { lastLogin: now } }),
    // Housekeeping instead of a TTL index: drop this user's expired tokens.
    tenantModel(RefreshTokenModel).deleteMany({ userId: user._id, expiresAt: mongoose.trusted({ $lt: now }) }),
  ]);
  const expiresAt = new Date(now.getTime() + deps.refreshTtlDays * 86_400_000);
  const refreshToken = await issueRefreshToken(user._id, randomUUID(), expiresAt);
  return session(deps, { ...user, lastLogin: now }, refreshToken);
}

/**
 * Rotates a refresh token. Issuing the successor claims the old token through
 * the unique parentHash index, so of two racing refreshes exactly one wins; a
 * token presented after it was used revokes its whole family (theft signal).
 */
export async function refresh(deps: AuthDeps, token: string): Promise<Session> {
  const Tokens = tenantModel(RefreshTokenModel);
  const tokenHash = sha256(token);
  const now = new Date();
  const current = await Tokens.findOne({ tokenHash }).lean();
  if (!current || current.expiresAt <= now) throw invalidRefresh();
  const reused = async () => {
    await Tokens.updateMany({ familyId: current.familyId, revokedAt: null }, { $set: { revokedAt: now } });
    return new AppError(401, 'TOKEN_REUSED', 'This refresh token was already used; all sessions of this login were signed out');
  };
  if (current.usedAt) throw await reused();
  if (current.revokedAt) throw new AppError(401, 'SESSION_REVOKED', 'This session was signed out');

  const user = await tenantModel(UserModel).findById(current.userId).lean();
  if (!user || user.status !== 'active') {
    await Tokens.updateMany({ familyId: current.familyId }, { $set: { revokedAt: now } });
    throw invalidRefresh();
  }
  let next: string;
  try {
    next = await issueRefreshToken(user._id, current.familyId, current.expiresAt, tokenHash);
  } catch (err) {
    if (isDuplicateKey(err)) throw await reused();
    throw err;
  }
  await Tokens.updateOne({ _id: current._id }, { $set: { usedAt: now } });
  return session(deps, user, next);
}

/** Revokes the family of the given refresh token. Unknown tokens are ignored (logout is idempotent). */
export async function logout(token: string): Promise<void> {
  const Tokens = tenantModel(RefreshTokenModel);
  const found = await Tokens.findOne({ tokenHash: sha256(token) }).lean();
  if (found) await Tokens.updateMany({ familyId: found.familyId, revokedAt: null }, { $set: { revokedAt: new Date() } });
}

export async function me(userId: string): Promise<{ user: UserDto; tenant: PublicTenant }> {
  const user = await tenantModel(UserModel).findById(userId).lean();
  if (!user) throw new AppError(401, 'INVALID_TOKEN', 'Invalid access token');
  return { user: toUserDto(user), tenant: toPublicTenant(currentTenant()) };
}

async function issueRefreshToken(
  userId: mongoose.Types.ObjectId,
  familyId: string,
  expiresAt: Date,
  parentHash = `root:${randomToken(16)}`,
): Promise<string> {
  const token = randomToken(32);
  await tenantModel(RefreshTokenModel).create({ tokenHash: sha256(token), parentHash, familyId, userId, expiresAt });
  return token;
}

function session(deps: AuthDeps, user: Parameters<typeof toUserDto>[0], refreshToken: string): Session {
  const tenant = currentTenant();
  const accessToken = deps.tokens.signSchool({ id: user._id.toString(), tenantId: tenant.id, role: user.role });
  return { accessToken, refreshToken, expiresIn: deps.tokens.accessTtlSeconds, user: toUserDto(user), tenant: toPublicTenant(tenant) };
}
