import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { logger } from '../../lib/logger.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { RefreshTokenModel } from '../../auth/refresh-token.schema.js';
import { RefreshFamilies } from '../../auth/refresh-families.js';
import { NotificationModel } from '../notifications/notification.schema.js';
import { enqueueMessage } from '../messages/outbox.js';
import { UserModel } from './user.schema.js';
import { englishAlert, type AlertText } from '../messages/alert-text.js';

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
 * Tells the account holder that their sign-in details changed: in the app, and by
 * email through the outbox (`account_change`, which nobody can turn off). After an
 * email change the previous address is told too, since the new one may not be
 * theirs. Each change has its own message keys. A notice that cannot be written is
 * logged; the change itself has happened.
 */
export async function notifyAccountChange(
  userId: Types.ObjectId | string,
  what: string[],
  byAdmin: boolean,
  previousEmail?: string,
): Promise<void> {
  // Said to each reader in their language (the in-app list, the email); `title`/`body` keep the English.
  const text: AlertText = { key: byAdmin ? 'account_changed.by_admin' : 'account_changed.by_self', values: { changed: what.join(',') } };
  const { title, body } = englishAlert(text);
  const change = randomUUID();
  const id = new Types.ObjectId(String(userId));
  try {
    const user = await tenantModel(UserModel).findById(id).select('name email').lean();
    if (!user) return;
    await tenantModel(NotificationModel).create({ userId: id, key: `account:${change}`, kind: 'account', title, body, text });
    const mail = {
      kind: 'account_change' as const,
      channel: 'email' as const,
      toName: user.name,
      userId: id,
      vars: { title, body, alert: text },
    };
    await enqueueMessage({ ...mail, key: `account_change:${change}:current`, to: user.email });
    if (previousEmail && previousEmail !== user.email)
      await enqueueMessage({ ...mail, key: `account_change:${change}:previous`, to: previousEmail });
  } catch (err) {
    logger.error({ err, userId: id.toString() }, 'account change notice failed');
  }
}
