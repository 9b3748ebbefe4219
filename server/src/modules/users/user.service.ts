import mongoose, { Types } from 'mongoose';
import { AppError, notFound } from '../../lib/errors.js';
import { findPage, searchRegex, type Page } from '../../lib/pagination.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { hashPassword } from '../../auth/password.js';
import { UserModel, toUserDto, type UserDto } from './user.schema.js';
import { recordAudit } from '../../school/audit.js';
import { endSessions, notifyAccountChange } from './sessions.js';
import { endAllLinks, invitationStates, inviteUser, sendInvitation } from './invitation.js';
import type { CreateUser, ListUsers, UpdateUser } from './user.validation.js';

const emailTaken = () => new AppError(409, 'EMAIL_EXISTS', 'A user with this email already exists in this school');

export async function listUsers(q: ListUsers): Promise<Page<UserDto>> {
  const filter: Record<string, unknown> = {};
  if (q.role) filter.role = q.role;
  if (q.status) filter.status = q.status;
  if (q.ids) filter._id = mongoose.trusted({ $in: q.ids.split(',').map((id) => new Types.ObjectId(id)) });
  if (q.search) filter.$or = [{ name: searchRegex(q.search) }, { email: searchRegex(q.search) }];
  const Users = tenantModel(UserModel);
  const page = await findPage(Users, filter, q, toUserDto);
  return { ...page, data: await withInvitations(page.data) };
}

export async function getUser(id: string): Promise<UserDto> {
  const user = await tenantModel(UserModel).findById(id).lean();
  if (!user) throw notFound('User');
  return (await withInvitations([toUserDto(user)]))[0]!;
}

/** Adds the invitation state of invited accounts (one query for the page). */
async function withInvitations(users: UserDto[]): Promise<UserDto[]> {
  const states = await invitationStates(users.map((u) => ({ _id: new Types.ObjectId(u.id), status: u.status })));
  return users.map((u) => {
    const invitation = states.get(u.id);
    return invitation ? { ...u, invitation } : u;
  });
}

/**
 * Creates an invited account: the invitation email is queued, and its link returned as `invitationUrl`, a fallback
 * for the admin to pass on by hand. Nobody but the person sets its password.
 */
export async function createUser(input: CreateUser, bcryptCost: number): Promise<UserDto & { invitationUrl: string }> {
  if (await tenantModel(UserModel).exists({ email: input.email })) throw emailTaken();
  const invitation = await inviteUser({ name: input.name, email: input.email, role: input.role }, bcryptCost);
  await recordAudit('create', 'User', invitation.userId, ['name', 'email', 'role']);
  return { ...(await getUser(invitation.userId)), invitationUrl: invitation.url };
}

export async function updateUser(id: string, input: UpdateUser, actorId: string, bcryptCost: number): Promise<UserDto> {
  const Users = tenantModel(UserModel);
  const user = await Users.findById(id);
  if (!user) throw notFound('User');
  const losesAdmin = user.role === 'admin' && ((input.role && input.role !== 'admin') || input.status === 'disabled');
  if (losesAdmin) await assertAnotherActiveAdmin(id);
  if (id === actorId && input.status === 'disabled') throw new AppError(409, 'CANNOT_DISABLE_SELF', 'You cannot disable your own account');
  const credentials = (['email', 'password'] as const).filter((f) => input[f] !== undefined && (f === 'password' || input[f] !== user[f]));
  if (id === actorId && credentials.length > 0) {
    throw new AppError(409, 'USE_ACCOUNT_SETTINGS', 'Change your own email or password with PATCH /api/auth/me and your current password');
  }
  if (input.email && input.email !== user.email && (await Users.exists({ email: input.email }))) throw emailTaken();
  const previousEmail = credentials.includes('email') ? user.email : undefined;

  const wasInvited = user.status === 'invited';
  if (input.name !== undefined) user.name = input.name;
  if (input.email !== undefined) user.email = input.email;
  if (input.role !== undefined) user.role = input.role;
  if (input.status !== undefined) user.status = input.status;
  if (input.password !== undefined) user.passwordHash = await hashPassword(input.password, bcryptCost);
  await user.save();
  // New sign-in details or a disabled account end every session and every link of that user at once (a link's
  // unsent email is withdrawn); the holder is told.
  if (credentials.length > 0 || input.status === 'disabled') {
    await endSessions(id);
    await endAllLinks(id);
  }
  await recordAudit('update', 'User', id, Object.keys(input));
  // An invited account moved to another address is invited there instead (it has nothing to be warned about).
  if (wasInvited && user.status === 'invited' && credentials.includes('email')) await sendInvitation(user);
  else if (credentials.length > 0) await notifyAccountChange(id, credentials, true, previousEmail);
  return getUser(id);
}

export async function deleteUser(id: string, actorId: string): Promise<void> {
  if (id === actorId) throw new AppError(409, 'CANNOT_DELETE_SELF', 'You cannot delete your own account');
  const Users = tenantModel(UserModel);
  const user = await Users.findById(id).select('role').lean();
  if (!user) throw notFound('User');
  if (user.role === 'admin') await assertAnotherActiveAdmin(id);
  await endAllLinks(user._id);
  await Users.deleteOne({ _id: user._id });
  await endSessions(id);
  await recordAudit('delete', 'User', id);
}

async function assertAnotherActiveAdmin(exceptId: string): Promise<void> {
  const others = await tenantModel(UserModel).find({ role: 'admin', status: 'active' }).select('_id').limit(2).lean();
  if (!others.some((u) => u._id.toString() !== exceptId)) {
    throw new AppError(409, 'LAST_ADMIN', 'A school must keep at least one active admin');
  }
}
