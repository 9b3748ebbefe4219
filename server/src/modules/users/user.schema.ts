import { Schema, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';
import { ROLES } from '../../auth/tokens.js';
import { LANGUAGES, type Language } from '../../lib/i18n.js';

/** A school's user. Lives in the school's own database: the same email in two schools is two unrelated accounts. */
export const userSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 120 },
    email: { type: String, required: true, lowercase: true, trim: true, unique: true, maxlength: 254 },
    passwordHash: { type: String, required: true, select: false },
    role: { type: String, enum: ROLES, required: true, index: true },
    // `invited`: created for a student, teacher or parent; becomes active when they set a password.
    status: { type: String, enum: ['active', 'invited', 'disabled'], default: 'active', index: true },
    lastLogin: { type: Date },
    // Raised to end every access token of the account at once (logout, password reset, email change).
    sessionVersion: { type: Number, default: 0 },
    // The language the person chose for the portal, emails and error messages; null: the school's default.
    language: { type: String, enum: LANGUAGES, default: null },
  },
  { timestamps: true, strict: 'throw' },
);
userSchema.index({ name: 1 });

export type UserDoc = InferSchemaType<typeof userSchema>;
export const UserModel = defineTenantModel('User', userSchema);

export interface UserDto {
  id: string;
  name: string;
  email: string;
  role: UserDoc['role'];
  status: UserDoc['status'];
  language: Language | null;
  lastLogin?: Date;
  createdAt?: Date;
  updatedAt?: Date;
  /** Only for accounts that were invited (users.service adds it; see invitation.ts `invitationStates`). */
  invitation?: { state: 'invited' | 'expired' | 'accepted' | 'revoked'; expiresAt: Date; lastSentAt: Date; delivery: string | null };
}

export function toUserDto(u: UserDoc & { _id: { toString(): string }; createdAt?: Date; updatedAt?: Date }): UserDto {
  return {
    id: u._id.toString(),
    name: u.name,
    email: u.email,
    role: u.role,
    status: u.status,
    language: (u.language as Language | null | undefined) ?? null,
    lastLogin: u.lastLogin ?? undefined,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}
