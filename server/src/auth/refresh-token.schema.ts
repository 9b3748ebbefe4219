import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../tenancy/model-registry.js';

/**
 * One issued refresh token (only its SHA-256 is stored). Tokens of one login
 * form a family: each refresh issues the next (claiming the old one through
 * the unique parentHash) and marks the old one used; a
 * used or revoked token presented again revokes the whole family. The family's
 * absolute expiry never moves. Expired rows are deleted by the purge in
 * RefreshTokenService (no TTL index: not every server supports one).
 */
export const refreshTokenSchema = new Schema(
  {
    tokenHash: { type: String, required: true, unique: true },
    // The token this one replaced (or a random value for the first of a family).
    // Its unique index is what lets only one of two racing refreshes win: a
    // conditional update is not atomic on every MongoDB-compatible server.
    parentHash: { type: String, required: true, unique: true },
    familyId: { type: String, required: true, index: true },
    userId: { type: Types.ObjectId, required: true, index: true },
    expiresAt: { type: Date, required: true, index: true },
    usedAt: { type: Date },
    revokedAt: { type: Date },
  },
  { timestamps: true, strict: 'throw' },
);

export type RefreshTokenDoc = InferSchemaType<typeof refreshTokenSchema>;
export const RefreshTokenModel = defineTenantModel('RefreshToken', refreshTokenSchema);
