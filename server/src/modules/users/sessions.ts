import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { logger } from '../../lib/logger.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { RefreshTokenModel } from '../../auth/refresh-token.schema.js';
import { RefreshFamilies } from '../../auth/refresh-families.js';
import { emailOnly, notify } from '../notifications/notify.js';
import { UserModel } from './user.schema.js';

/** Raises the account's session version: every access token issued before is refused at its next request. */
export async function endAccessTokens(userId: Types.ObjectId | string): Promise<void> {
  // $inc is not atomic on every MongoDB-compatible server, but two racing increments still move the version.
  await tenantModel(UserModel).updateOne({ _id: userId }, { $inc: { sessionVersion: 1 } });
}

/** Signs a user out everywhere (but the login `keep`, the one that made the change): refresh families and access tokens. */
export async function endSessions(userId: Types.ObjectId | string, keep?: string): Promise<void> {
  await new RefreshFamilies(() => tenantModel(RefreshTokenModel), 0).revokeUser(userId, keep);
  await endAccessTokens(userId);
}

/**
 * Tells the account holder that their sign-in details changed, in the app and
 * by email (the notifications module's senders); after an email change the
 * previous address is told too, since the new one may not be theirs. A failed
 * notice is logged; the change itself has happened.
 */
export async function notifyAccountChange(
  userId: Types.ObjectId | string,
  what: string[],
  byAdmin: boolean,
  previousEmail?: string,
): Promise<void> {
  const changed = what.join(' and ');
  const body = byAdmin
    ? `A school administrator changed your ${changed}. You were signed out on every device. If you did not expect this, contact your school.`
    : `Your ${changed} was changed. Your other devices were signed out. If this was not you, contact your school.`;
  try {
    await notify(new Types.ObjectId(String(userId)), `account:${randomUUID()}`, {
      kind: 'account',
      title: 'Your sign-in details were changed',
      body,
    });
    if (previousEmail)
      await emailOnly({ to: { userId: String(userId), email: previousEmail }, title: 'Your sign-in details were changed', body });
  } catch (err) {
    logger.error({ err }, 'account change notice failed');
  }
}
