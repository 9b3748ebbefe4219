import mongoose, { type Types } from 'mongoose';
import { logger } from '../../lib/logger.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { UserModel } from '../users/user.schema.js';
import { GuardianModel, StudentModel } from '../people/people.schema.js';
import { NotificationModel, type NotificationDoc } from './notification.schema.js';
import { isDuplicateKey } from '../../lib/errors.js';

export interface OutboundMessage {
  to: { userId: string; email: string };
  title: string;
  body: string;
}

/** A delivery channel beside the in-app notification. Real email/SMS adapters implement this. */
export interface NotificationSender {
  readonly channel: 'email' | 'sms';
  send(message: OutboundMessage): Promise<void>;
}

/**
 * The default: no mail or SMS server exists here, so deliveries are logged, with ids only: titles and
 * bodies name children ("<child> was marked absent"), and logs are read by people who may not see them.
 */
export const loggingSender = (channel: 'email' | 'sms'): NotificationSender => ({
  channel,
  async send(message) {
    logger.info({ channel, userId: message.to.userId }, 'notification delivered (logging sender)');
  },
});

let senders: NotificationSender[] = [loggingSender('email'), loggingSender('sms')];

/** Replaces the delivery channels (at start-up, or in tests). */
export function setNotificationSenders(next: NotificationSender[]): void {
  senders = next;
}

/** Sends one message on the email channel(s) alone, to an address that need not be the account's (e.g. its previous one). */
export async function emailOnly(message: OutboundMessage): Promise<void> {
  for (const sender of senders.filter((s) => s.channel === 'email')) {
    try {
      await sender.send(message);
    } catch (err) {
      logger.warn({ err, channel: sender.channel }, 'notification delivery failed');
    }
  }
}

/**
 * Creates the in-app notification once per (user, key) and delivers it on the
 * other channels: email always, SMS only when the school has smsNotifications.
 * Returns false when the alert had already been sent.
 */
export async function notify(
  userId: Types.ObjectId,
  key: string,
  n: Pick<NotificationDoc, 'kind' | 'title' | 'body'> & { data?: Record<string, unknown> },
): Promise<boolean> {
  const Notifications = tenantModel(NotificationModel);
  let created;
  try {
    created = await Notifications.create({ userId, key, ...n });
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
  const user = await tenantModel(UserModel).findById(userId).select('email status').lean();
  if (!user || user.status === 'disabled') return true;
  const smsOn = currentTenant().features.smsNotifications;
  const deliveries = [];
  for (const sender of senders.filter((s) => s.channel === 'email' || smsOn)) {
    try {
      await sender.send({ to: { userId: userId.toString(), email: user.email }, title: n.title, body: n.body });
      deliveries.push({ channel: sender.channel, status: 'sent', at: new Date() });
    } catch (err) {
      // The error's name and code only: an adapter's message may quote the address it failed to reach.
      const { name, code } = (err ?? {}) as { name?: string; code?: unknown };
      logger.warn({ err: { name, code }, channel: sender.channel, userId: userId.toString() }, 'notification delivery failed');
      deliveries.push({ channel: sender.channel, status: 'failed', at: new Date() });
    }
  }
  await Notifications.updateOne({ _id: created._id }, { $set: { deliveries } });
  return true;
}

/** The parent accounts of a student's guardians. */
export async function guardianUsers(studentId: Types.ObjectId): Promise<Types.ObjectId[]> {
  const student = await tenantModel(StudentModel).findById(studentId).select('guardianIds').lean();
  if (!student?.guardianIds?.length) return [];
  const guardians = await tenantModel(GuardianModel)
    .find({ _id: mongoose.trusted({ $in: student.guardianIds }), userId: mongoose.trusted({ $exists: true }) })
    .select('userId')
    .lean();
  return guardians.flatMap((g) => (g.userId ? [g.userId] : []));
}

/** Tells each guardian (once per child and day) that their child was marked absent. */
export async function alertAbsences(students: { id: Types.ObjectId; name: string }[], date: string): Promise<number> {
  let sent = 0;
  for (const s of students) {
    for (const userId of await guardianUsers(s.id)) {
      const fresh = await notify(userId, `absence:${s.id.toString()}:${date}`, {
        kind: 'absence',
        title: `${s.name} was marked absent`,
        body: `${s.name} was marked absent on ${date}. Please contact the school if this is unexpected.`,
        data: { studentId: s.id.toString(), date },
      });
      if (fresh) sent += 1;
    }
  }
  return sent;
}
