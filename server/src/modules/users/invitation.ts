import mongoose, { Schema, Types } from 'mongoose';
import { AppError } from '../../lib/errors.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import { logger } from '../../lib/logger.js';
import { defineTenantModel } from '../../tenancy/model-registry.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { hashPassword } from '../../auth/password.js';
import type { Role } from '../../auth/tokens.js';
import { UserModel } from './user.schema.js';
import { endSessions } from './sessions.js';

const INVITATION_DAYS = 7;

/** A one-time set-password link for an account created on someone's behalf. Only the token's hash is stored. */
const invitationSchema = new Schema(
  {
    userId: { type: Types.ObjectId, required: true, index: true },
    tokenHash: { type: String, required: true, unique: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date },
    /** The account's session version when the link was issued: a later change of email or password, disabling or a
     * sign-out everywhere moves it on, and the link with it. */
    sessionVersion: { type: Number, default: 0 },
  },
  { timestamps: true, strict: 'throw' },
);
export const InvitationModel = defineTenantModel('Invitation', invitationSchema);

export interface Invitation {
  userId: string;
  /** Path on the school's own portal; the sender (or a person) adds the school's address. */
  url: string;
  expiresAt: string;
}

/** Delivers invitations. The default only logs that one was issued (never the link); email/SMS adapters plug in here. */
export interface InvitationSender {
  send(to: string, invitation: Invitation): Promise<void>;
}

export const loggingInvitationSender: InvitationSender = {
  async send(to, invitation) {
    // The user id only: even a masked address (a***@family.example) says who the person is.
    logger.info({ userId: invitation.userId }, 'invitation issued');
  },
};

/**
 * Creates an `invited` account (no usable password) and its set-password link.
 * Refuses an email that already has an account in this school.
 */
export async function inviteUser(
  input: { name: string; email: string; role: Role },
  bcryptCost: number,
  sender: InvitationSender = loggingInvitationSender,
): Promise<Invitation> {
  const Users = tenantModel(UserModel);
  if (await Users.exists({ email: input.email }))
    throw new AppError(409, 'EMAIL_EXISTS', 'A user with this email already exists in this school');
  const user = await Users.create({ ...input, passwordHash: await unusablePasswordHash(bcryptCost), status: 'invited' });
  const invitation = await issueSetPasswordLink(user._id);
  await sender.send(input.email, invitation);
  return invitation;
}

/** A bcrypt hash of a random secret nobody knows: an account that cannot sign in until a password is set. */
export const unusablePasswordHash = (bcryptCost: number) => hashPassword(randomToken(24), Math.min(bcryptCost, 10));

/** A one-time link (valid 7 days) that sets the password of an invited or active account (e.g. after a restore without secrets). */
export async function issueSetPasswordLink(userId: Types.ObjectId): Promise<Invitation> {
  const token = randomToken(32);
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const user = await tenantModel(UserModel).findById(userId).select('sessionVersion').lean();
  await tenantModel(InvitationModel).create({ userId, tokenHash: sha256(token), expiresAt, sessionVersion: user?.sessionVersion ?? 0 });
  return {
    userId: userId.toString(),
    url: `/accept-invitation?school=${currentTenant().subdomain}&token=${token}`,
    expiresAt: expiresAt.toISOString(),
  };
}

const invalidInvitation = () => new AppError(400, 'INVALID_INVITATION', 'This invitation link is invalid, used or expired');

/** Sets the password of an invited (or active) account with its one-time token, and activates it; a disabled account stays refused. */
export async function acceptInvitation(token: string, password: string, bcryptCost: number): Promise<void> {
  const Invitations = tenantModel(InvitationModel);
  const invitation = await Invitations.findOne({
    tokenHash: sha256(token),
    usedAt: null,
    expiresAt: mongoose.trusted({ $gt: new Date() }),
  }).lean();
  if (!invitation) throw invalidInvitation();
  // The account must still be the one the link was made for: not deleted, not disabled, same email and password.
  const user = await tenantModel(UserModel).findById(invitation.userId).select('status sessionVersion').lean();
  if (!user || !['invited', 'active'].includes(user.status) || (user.sessionVersion ?? 0) !== (invitation.sessionVersion ?? 0))
    throw invalidInvitation();
  // Claim it first: a second use of the same link finds it used.
  const claimed = await Invitations.updateOne({ _id: invitation._id, usedAt: null }, { $set: { usedAt: new Date() } });
  if (claimed.modifiedCount !== 1) throw invalidInvitation();
  const passwordHash = await hashPassword(password, bcryptCost);
  await tenantModel(UserModel).updateOne(
    { _id: invitation.userId, status: mongoose.trusted({ $in: ['invited', 'active'] }) },
    { $set: { passwordHash, status: 'active' } },
  );
  // A link can also set the password of an active account: whoever held its old sessions is signed out.
  await endSessions(invitation.userId);
}
