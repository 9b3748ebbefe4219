import mongoose, { type Model, type Types } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { AppError, isDuplicateKey } from '../lib/errors.js';
import { randomToken, sha256 } from '../lib/crypto.js';
import { securityEvent } from '../lib/security-log.js';
import type { RefreshTokenDoc } from './refresh-token.schema.js';

type TokenModel = Model<RefreshTokenDoc>;

export interface Rotated {
  token: string;
  familyId: string;
  userId: Types.ObjectId;
  /** The family's absolute expiry (never moves). */
  expiresAt: Date;
}

const invalidRefresh = () => new AppError(401, 'INVALID_REFRESH_TOKEN', 'Refresh token is invalid or expired');
const sessionRevoked = () => new AppError(401, 'SESSION_REVOKED', 'This session was signed out');

/**
 * Refresh-token families over one collection (a school's, or the operators' in
 * the platform database). Rotation claims the old token through the unique
 * parentHash of its successor, so of two racing refreshes exactly one is the
 * successor. The other, or one refresh with the same token up to `graceMs`
 * after it was rotated, gets the one sibling in the same family: two tabs
 * refreshing at once both stay signed in. A further replay, or any later, is
 * reuse (a theft signal): it revokes the whole family and ends the account's
 * access tokens.
 */
export class RefreshFamilies {
  constructor(
    private readonly tokens: () => TokenModel,
    private readonly graceMs: number,
    /** Ends the account's access tokens at once (raises its session version): a stolen token's holder keeps none. */
    private readonly endAccess: (userId: Types.ObjectId) => Promise<void> = async () => {},
  ) {}

  /** Starts a family (one sign-in); housekeeping instead of a TTL index: drops the user's expired tokens. */
  async start(userId: Types.ObjectId, expiresAt: Date): Promise<Rotated> {
    await this.tokens().deleteMany({ userId, expiresAt: mongoose.trusted({ $lt: new Date() }) });
    const familyId = randomUUID();
    return { token: await this.issue(userId, familyId, expiresAt, `root:${randomToken(16)}`), familyId, userId, expiresAt };
  }

  /** Trades a refresh token for its successor; `isActive` says whether the account may still hold a session. */
  async rotate(token: string, isActive: (userId: Types.ObjectId) => Promise<boolean>, log: Record<string, unknown> = {}): Promise<Rotated> {
    const Tokens = this.tokens();
    const tokenHash = sha256(token);
    const now = new Date();
    const current = await Tokens.findOne({ tokenHash }).lean();
    if (!current || current.expiresAt <= now) throw invalidRefresh();
    const { familyId, userId, expiresAt } = current;
    const reused = async () => {
      await this.revokeFamily(familyId);
      await this.endAccess(userId);
      securityEvent('refresh_reused', { ...log, userId: userId.toString(), familyId });
      return new AppError(401, 'TOKEN_REUSED', 'This refresh token was already used; all sessions of this login were signed out');
    };
    const inGrace = (at: Date) => now.getTime() - at.getTime() <= this.graceMs;
    if (current.usedAt && !inGrace(current.usedAt)) throw await reused();
    if (current.revokedAt) throw sessionRevoked();
    if (!(await isActive(userId))) {
      await this.revokeFamily(familyId);
      throw invalidRefresh();
    }
    if (current.usedAt) return { token: await this.sibling(userId, familyId, expiresAt, tokenHash, reused), familyId, userId, expiresAt };
    let next: string;
    try {
      next = await this.issue(userId, familyId, expiresAt, tokenHash);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // A concurrent refresh with the same token just rotated it: inside the grace by definition.
      if (this.graceMs <= 0) throw await reused();
      return { token: await this.sibling(userId, familyId, expiresAt, tokenHash, reused), familyId, userId, expiresAt };
    }
    await Tokens.updateOne({ _id: current._id }, { $set: { usedAt: now } });
    return { token: next, familyId, userId, expiresAt };
  }

  /** Ends the login of `token` (logout): its family, and at once the account's access tokens. Unknown tokens are ignored. */
  async endLogin(token: string): Promise<void> {
    const found = await this.tokens()
      .findOne({ tokenHash: sha256(token) })
      .select('familyId userId')
      .lean();
    if (!found) return;
    await this.revokeFamily(found.familyId);
    await this.endAccess(found.userId);
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.tokens().updateMany({ familyId, revokedAt: null }, { $set: { revokedAt: new Date() } });
  }

  /** Ends every login of a user, but the one named `keep` (the session that made the change). */
  async revokeUser(userId: Types.ObjectId | string, keep?: string): Promise<void> {
    const filter: Record<string, unknown> = { userId, revokedAt: null };
    if (keep) filter.familyId = mongoose.trusted({ $ne: keep });
    await this.tokens().updateMany(filter, { $set: { revokedAt: new Date() } });
  }

  /**
   * The one sibling a rotated token may still get inside the grace (the second tab). Its parentHash is unique, so a
   * second replay is reuse: whoever replays a stolen token within the grace cannot mint parallel sessions.
   */
  private async sibling(
    userId: Types.ObjectId,
    familyId: string,
    expiresAt: Date,
    parentHash: string,
    reused: () => Promise<AppError>,
  ): Promise<string> {
    try {
      return await this.issue(userId, familyId, expiresAt, `grace:${parentHash}`);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      throw await reused();
    }
  }

  private async issue(userId: Types.ObjectId, familyId: string, expiresAt: Date, parentHash: string): Promise<string> {
    const token = randomToken(32);
    await this.tokens().create({ tokenHash: sha256(token), parentHash, familyId, userId, expiresAt });
    return token;
  }
}
