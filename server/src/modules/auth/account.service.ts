import { AppError, isDuplicateKey } from '../../lib/errors.js';
import { securityEvent } from '../../lib/security-log.js';
import { currentContext } from '../../lib/context.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { hashPassword, passwordTooLong, verifyPassword } from '../../auth/password.js';
import type { SchoolPrincipal } from '../../auth/tokens.js';
import { recordAudit } from '../../school/audit.js';
import { UserModel, toUserDto, type UserDto } from '../users/user.schema.js';
import { endSessions, notifyAccountChange } from '../users/sessions.js';
import { accessToken, type AuthDeps } from './auth.service.js';
import type { ChangeOwnAccount } from './auth.validation.js';
import type { Language } from '../../lib/i18n.js';

const emailTaken = () => new AppError(409, 'EMAIL_EXISTS', 'A user with this email already exists in this school');

/**
 * Changes the signed-in user's own email and/or password; proof is the current
 * password (a stolen access token alone cannot take the account over). Every
 * other login of the account ends; this one gets a fresh access token.
 */
export async function changeOwnAccount(
  deps: Pick<AuthDeps, 'tokens' | 'bcryptCost'>,
  principal: SchoolPrincipal,
  input: ChangeOwnAccount,
): Promise<{ accessToken: string; expiresIn: number; user: UserDto }> {
  const Users = tenantModel(UserModel);
  const user = await Users.findById(principal.id).select('+passwordHash');
  if (!user) throw new AppError(401, 'INVALID_TOKEN', 'Invalid access token');
  const ok = !passwordTooLong(input.currentPassword) && (await verifyPassword(input.currentPassword, user.passwordHash));
  if (!ok) {
    securityEvent('account_change_refused', { tenantId: currentTenant().id, userId: principal.id, ip: currentContext()?.ip });
    throw new AppError(403, 'WRONG_PASSWORD', 'The current password is incorrect', [{ path: 'currentPassword', message: 'is incorrect' }]);
  }
  const changed: string[] = [];
  const previousEmail = user.email;
  if (input.email !== undefined && input.email !== user.email) {
    if (await Users.exists({ email: input.email })) throw emailTaken();
    user.email = input.email;
    changed.push('email');
  }
  if (input.password !== undefined) {
    user.passwordHash = await hashPassword(input.password, deps.bcryptCost);
    changed.push('password');
  }
  if (changed.length === 0)
    return {
      accessToken: accessToken(deps, user, principal.sid),
      expiresIn: deps.tokens.accessTtlSeconds,
      user: toUserDto(user.toObject()),
    };
  try {
    await user.save();
  } catch (err) {
    if (isDuplicateKey(err)) throw emailTaken();
    throw err;
  }
  await endSessions(principal.id, principal.sid);
  await recordAudit('update', 'User', principal.id, changed);
  await notifyAccountChange(principal.id, changed, false, changed.includes('email') ? previousEmail : undefined);
  const fresh = await Users.findById(principal.id).lean();
  if (!fresh) throw new AppError(401, 'INVALID_TOKEN', 'Invalid access token');
  return { accessToken: accessToken(deps, fresh, principal.sid), expiresIn: deps.tokens.accessTtlSeconds, user: toUserDto(fresh) };
}

/** Sets the signed-in user's own language (null: the school's default). Nothing about the session changes. */
export async function setOwnLanguage(principal: SchoolPrincipal, language: Language | null): Promise<{ language: Language | null }> {
  const updated = await tenantModel(UserModel).updateOne({ _id: principal.id }, { $set: { language } });
  if (updated.matchedCount === 0) throw new AppError(401, 'INVALID_TOKEN', 'Invalid access token');
  await recordAudit('update', 'User', principal.id, ['language']);
  return { language };
}
