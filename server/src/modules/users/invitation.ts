import mongoose, { Schema, Types } from 'mongoose';
import { AppError, isDuplicateKey, notFound } from '../../lib/errors.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import { defineTenantModel } from '../../tenancy/model-registry.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { hashPassword } from '../../auth/password.js';
import type { Role } from '../../auth/tokens.js';
import { recordAudit } from '../../school/audit.js';
import { enqueueMessage } from '../messages/outbox.js';
import { OutboxModel, type MessageState } from '../messages/outbox.schema.js';
import { UserModel } from './user.schema.js';
import { endAccessTokens, endSessions } from './sessions.js';

const INVITATION_DAYS = 7;

/**
 * A one-time set-password link: an invitation (an account created on someone's behalf, valid 7 days) or a
 * password reset (asked for by the account holder, valid an hour; modules/auth/password-reset.service.ts).
 * Only the token's hash is stored; the link itself travels sealed in the outbox message that carries it.
 */
const invitationSchema = new Schema(
  {
    userId: { type: Types.ObjectId, required: true, index: true },
    tokenHash: { type: String, required: true, unique: true },
    /** What the link may do: set the password of an invited account, or reset an active account's. Never the other. */
    purpose: { type: String, enum: ['invitation', 'reset'], default: 'invitation' },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date },
    /** Ended before use: a newer link was sent (resend, a new reset request) or the admin revoked the invitation. */
    revokedAt: { type: Date },
    /** The account's session version when the link was issued: a later change of email or password, disabling or a
     * sign-out everywhere moves it on, and the link with it. */
    sessionVersion: { type: Number, default: 0 },
  },
  { timestamps: true, strict: 'throw' },
);
export const InvitationModel = defineTenantModel('Invitation', invitationSchema);

/** Invitations only: links written before `purpose` existed were all invitations. */
const INVITATIONS = { purpose: mongoose.trusted({ $ne: 'reset' }) };

export interface Invitation {
  userId: string;
  /**
   * Path on the school's own portal. The invitation is emailed (outbox); the link is also handed back to the
   * admin as a fallback to copy (a person without a working address, a mail that went astray).
   */
  url: string;
  expiresAt: string;
}

/** The message key of an invitation: one message per link, so a retried request never mails it twice. */
export const invitationKey = (invitationId: Types.ObjectId | string) => `invitation:${String(invitationId)}`;

/**
 * Creates an `invited` account (no usable password), its set-password link and the
 * invitation email (outbox), in that order. Refuses an email that already has an account in this school.
 */
export async function inviteUser(input: { name: string; email: string; role: Role }, bcryptCost: number): Promise<Invitation> {
  const Users = tenantModel(UserModel);
  if (await Users.exists({ email: input.email }))
    throw new AppError(409, 'EMAIL_EXISTS', 'A user with this email already exists in this school');
  let user;
  try {
    user = await Users.create({ ...input, passwordHash: await unusablePasswordHash(bcryptCost), status: 'invited' });
  } catch (err) {
    if (isDuplicateKey(err)) throw new AppError(409, 'EMAIL_EXISTS', 'A user with this email already exists in this school');
    throw err;
  }
  return sendInvitation(user);
}

/** Issues a new invitation link for the account and queues the email that carries it. */
export async function sendInvitation(user: { _id: Types.ObjectId; name: string; email: string; role: Role }): Promise<Invitation> {
  const { invitation, id } = await issueLink(user._id, 'invitation', INVITATION_DAYS * 86_400_000);
  await enqueueMessage({
    key: invitationKey(id),
    kind: 'invitation',
    channel: 'email',
    to: user.email,
    toName: user.name,
    userId: user._id,
    vars: { name: user.name, role: user.role, expiresAt: invitation.expiresAt },
    secretPath: invitation.url,
  });
  return invitation;
}

/** A bcrypt hash of a random secret nobody knows: an account that cannot sign in until a password is set. */
export const unusablePasswordHash = (bcryptCost: number) => hashPassword(randomToken(24), Math.min(bcryptCost, 10));

/** A one-time link (valid 7 days) that sets the password of an invited or active account (e.g. after a restore without secrets). */
export async function issueSetPasswordLink(userId: Types.ObjectId): Promise<Invitation> {
  return (await issueLink(userId, 'invitation', INVITATION_DAYS * 86_400_000)).invitation;
}

/** Writes a link's hash; returns the link (path with the token) and the link's id. */
export async function issueLink(
  userId: Types.ObjectId,
  purpose: 'invitation' | 'reset',
  validMs: number,
): Promise<{ invitation: Invitation; id: Types.ObjectId; token: string }> {
  const token = randomToken(32);
  const expiresAt = new Date(Date.now() + validMs);
  const user = await tenantModel(UserModel).findById(userId).select('sessionVersion').lean();
  const doc = await tenantModel(InvitationModel).create({
    userId,
    tokenHash: sha256(token),
    purpose,
    expiresAt,
    sessionVersion: user?.sessionVersion ?? 0,
  });
  const page = purpose === 'reset' ? '/reset-password' : '/accept-invitation';
  return {
    id: doc._id,
    token,
    invitation: {
      userId: userId.toString(),
      url: `${page}?school=${currentTenant().subdomain}&token=${token}`,
      expiresAt: expiresAt.toISOString(),
    },
  };
}

/**
 * Ends the account's unused links of one purpose and withdraws their messages not yet handed to the next hop
 * (`queued`, or `failed` waiting for a retry → `cancelled`). A message the worker already holds (`sending`) may
 * still go out; its link is dead either way. On FerretDB 1.x this conditional update is not atomic against the
 * worker's claim; the link's death is what protects the account.
 */
export async function endLinks(userId: Types.ObjectId | string, purpose: 'invitation' | 'reset'): Promise<void> {
  const Invitations = tenantModel(InvitationModel);
  const filter = {
    userId: new Types.ObjectId(String(userId)),
    usedAt: null,
    revokedAt: null,
    ...(purpose === 'reset' ? { purpose: 'reset' } : INVITATIONS),
  };
  const open = await Invitations.find(filter).select('_id').lean();
  if (open.length === 0) return;
  await Invitations.updateMany({ _id: mongoose.trusted({ $in: open.map((i) => i._id) }) }, { $set: { revokedAt: new Date() } });
  const prefix = purpose === 'reset' ? 'reset:' : 'invitation:';
  await tenantModel(OutboxModel).updateMany(
    {
      key: mongoose.trusted({ $in: open.map((i) => `${prefix}${String(i._id)}`) }),
      state: mongoose.trusted({ $in: ['queued', 'failed'] }),
    },
    { $set: { state: 'cancelled' } },
  );
}

/** Ends every unused link of the account (invitations and resets) and withdraws their unsent emails. */
export async function endAllLinks(userId: Types.ObjectId | string): Promise<void> {
  await endLinks(userId, 'invitation');
  await endLinks(userId, 'reset');
}

const notInvited = () => new AppError(409, 'NOT_INVITED', 'This account is not waiting for an invitation to be accepted');

/**
 * Sends a fresh invitation to a pending, expired or revoked invitation: a new link (older ones die, their unsent
 * messages are cancelled) and a new email. A revoked account becomes `invited` again.
 */
export async function resendInvitation(id: string): Promise<Invitation> {
  const Users = tenantModel(UserModel);
  const user = await Users.findById(id).lean();
  if (!user) throw notFound('User');
  const state = (await invitationStates([user])).get(id)?.state;
  if (!state || !['invited', 'expired', 'revoked'].includes(state)) throw notInvited();
  await endLinks(user._id, 'invitation');
  if (user.status !== 'invited') await Users.updateOne({ _id: user._id }, { $set: { status: 'invited' } });
  const invitation = await sendInvitation(user);
  await recordAudit('resend-invitation', 'User', id);
  return invitation;
}

/**
 * Withdraws a pending (or expired) invitation: the account is disabled (the person's record keeps its link to it,
 * and a resend can reopen it), every link dies and a queued-but-unsent invitation email is cancelled.
 */
export async function revokeInvitation(id: string): Promise<void> {
  const Users = tenantModel(UserModel);
  const user = await Users.findById(id).select('status').lean();
  if (!user) throw notFound('User');
  if (user.status !== 'invited') throw notInvited();
  await Users.updateOne({ _id: user._id, status: 'invited' }, { $set: { status: 'disabled' } });
  await endLinks(user._id, 'invitation');
  await endAccessTokens(user._id);
  await recordAudit('revoke-invitation', 'User', id);
}

/** Undoes an invitation made in a request that then failed (a person that could not be saved): no account, no mail. */
export async function withdrawInvitedUser(userId: string): Promise<void> {
  await endLinks(userId, 'invitation');
  await tenantModel(UserModel).deleteOne({ _id: new Types.ObjectId(userId), status: 'invited' });
}

export const INVITATION_STATES = ['invited', 'expired', 'accepted', 'revoked'] as const;
export interface InvitationState {
  state: (typeof INVITATION_STATES)[number];
  expiresAt: Date;
  /** When the latest invitation was issued (and its email queued). */
  lastSentAt: Date;
  /** The outbox state of the latest invitation email (queued, sent, failed, dead, cancelled…). */
  delivery: MessageState | null;
}

/**
 * The invitation state of each account that was invited (accounts created with a password have none):
 * `invited` (pending), `expired`, `accepted` (active with a password of their own), `revoked`. Two queries for
 * any number of accounts: their latest invitations, then those invitations' messages.
 */
export async function invitationStates(users: { _id: Types.ObjectId; status?: string | null }[]): Promise<Map<string, InvitationState>> {
  const states = new Map<string, InvitationState>();
  if (users.length === 0) return states;
  const rows = await tenantModel(InvitationModel)
    .find({ userId: mongoose.trusted({ $in: users.map((u) => u._id) }), ...INVITATIONS })
    .sort({ createdAt: -1 })
    .select('userId expiresAt usedAt revokedAt createdAt')
    .lean();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(String(r.userId))) latest.set(String(r.userId), r);
  const messages = await tenantModel(OutboxModel)
    .find({ key: mongoose.trusted({ $in: [...latest.values()].map((r) => invitationKey(r._id)) }) })
    .select('key state')
    .lean();
  const delivery = new Map(messages.map((m) => [m.key, m.state as MessageState]));
  const now = Date.now();
  for (const u of users) {
    const inv = latest.get(String(u._id));
    if (!inv) continue;
    let state: InvitationState['state'] | undefined;
    if (u.status === 'active') state = 'accepted';
    else if (u.status === 'invited') state = inv.revokedAt ? 'revoked' : inv.expiresAt.getTime() <= now ? 'expired' : 'invited';
    else if (u.status === 'disabled' && inv.revokedAt && !inv.usedAt) state = 'revoked';
    if (!state) continue;
    states.set(String(u._id), {
      state,
      expiresAt: inv.expiresAt,
      lastSentAt: (inv as { createdAt?: Date }).createdAt ?? inv.expiresAt,
      delivery: delivery.get(invitationKey(inv._id)) ?? null,
    });
  }
  return states;
}

const invalidInvitation = () => new AppError(400, 'INVALID_INVITATION', 'This invitation link is invalid, used or expired');

/** Sets the password of an invited (or active) account with its one-time token, and activates it; a disabled account stays refused. */
export async function acceptInvitation(token: string, password: string, bcryptCost: number): Promise<void> {
  const Invitations = tenantModel(InvitationModel);
  const invitation = await Invitations.findOne({
    tokenHash: sha256(token),
    usedAt: null,
    revokedAt: null,
    expiresAt: mongoose.trusted({ $gt: new Date() }),
    ...INVITATIONS,
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
