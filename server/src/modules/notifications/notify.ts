import mongoose, { type Types } from 'mongoose';
import { logger } from '../../lib/logger.js';
import { isDuplicateKey } from '../../lib/errors.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { UserModel } from '../users/user.schema.js';
import { GuardianModel, StaffModel, StudentModel } from '../people/people.schema.js';
import { CATEGORY_OF, type Channel, type MessageKind, type MessageVars } from '../messages/kinds.js';
import { enqueueMessage, schoolSendsSms, signalBatch, type SignalBatch } from '../messages/outbox.js';
import { preferencesFor, quietUntil, type Preferences } from '../messages/preferences.js';
import { englishAlert, type AlertText } from '../messages/alert-text.js';
import { NotificationModel, type NotificationDoc } from './notification.schema.js';

type NotificationKind = NotificationDoc['kind'];

export type Alert = {
  kind: NotificationKind;
  /** Shown with the in-app notification (ids, dates: never contact details). */
  data?: Record<string, unknown>;
  /** Template variables beyond title and body that the kind needs (absence: student, date). */
  vars?: Record<string, string>;
} & (
  | {
      /** What the platform says (a catalogue key and values): each reader gets it in their language. */
      text: AlertText;
    }
  | {
      /** Words a person wrote (an announcement): everyone reads them as written. */
      title: string;
      body: string;
    }
);

export interface NotifyOptions {
  /** Signal the platform queue through this batch instead of once per message (loops: signalBatch in outbox.ts). */
  signal?: SignalBatch;
  /** Which channels the sender chose (an announcement's); each still needs the person's preference. Default: both. */
  channels?: readonly Channel[];
  /** Also write the in-app notification (default). Announcements are their own in-app channel. */
  inApp?: boolean;
}

/** The message kind (templates) of each in-app notification kind. */
const MESSAGE_KIND: Record<NotificationKind, MessageKind> = {
  absence: 'absence',
  fee_due: 'fee_due',
  fee_overdue: 'fee_overdue',
  results_published: 'results_published',
  announcement: 'announcement',
  account: 'account_change',
};

interface Recipient {
  name: string;
  /** Absent for a disabled account: nothing is sent to it. */
  email?: string;
  phone?: string;
  prefs: Preferences;
}

/** The accounts' addresses, the phone on their person record (guardian, student or staff) and their preferences, in a few queries. */
async function recipients(userIds: Types.ObjectId[], withPhones: boolean): Promise<Map<string, Recipient>> {
  const users = await tenantModel(UserModel)
    .find({ _id: mongoose.trusted({ $in: userIds }) })
    .select('name email status role')
    .lean();
  const prefs = await preferencesFor(userIds);
  const phones = new Map<string, string>();
  if (withPhones) {
    const ofRole = (roles: string[]) => users.filter((u) => roles.includes(u.role)).map((u) => u._id);
    const lookups: [typeof GuardianModel | typeof StudentModel | typeof StaffModel, Types.ObjectId[]][] = [
      [GuardianModel, ofRole(['parent'])],
      [StudentModel, ofRole(['student'])],
      [StaffModel, ofRole(['admin', 'teacher', 'staff'])],
    ];
    for (const [def, ids] of lookups) {
      if (ids.length === 0) continue;
      const people = await (tenantModel(def) as mongoose.Model<{ userId?: Types.ObjectId; contact?: { phone?: string | null } }>)
        .find({ userId: mongoose.trusted({ $in: ids }), 'contact.phone': mongoose.trusted({ $exists: true, $nin: [null, ''] }) })
        .select('userId contact.phone')
        .lean();
      for (const p of people)
        if (p.userId && p.contact?.phone && !phones.has(p.userId.toString())) phones.set(p.userId.toString(), p.contact.phone);
    }
  }
  return new Map(
    users.map((u) => [
      u._id.toString(),
      {
        name: u.name,
        email: u.status === 'disabled' ? undefined : u.email,
        phone: u.status === 'disabled' ? undefined : phones.get(u._id.toString()),
        prefs: prefs.get(u._id.toString())!,
      },
    ]),
  );
}

/**
 * Tells each account of `userIds` about one event, once per (account, key):
 * the in-app notification, and per channel an outbox message (key
 * `<key>:<userId>:<channel>`, so a repeated event writes nothing new):
 * - email to the account's address, unless the account is disabled. A
 *   category whose email the person turned off (or unsubscribed from) is
 *   written `suppressed`: it shows in the delivery log and is never sent.
 * - SMS to the phone on the person's record (guardian, student, staff), only
 *   when the school has `smsNotifications`, the person has a phone and asked
 *   for this category by SMS. SMS is opt-in per category, so an SMS nobody
 *   asked for is not written at all (it would double the outbox for nothing).
 *   Quiet hours hold it until they end, in the school's time zone; email is
 *   not held (it waits in the inbox; an SMS rings).
 * `account` messages (sign-in notices) cannot be turned off, and go by email only.
 * Returns the accounts that were told now (not before).
 *
 * Each call costs a handful of lookups (notifications by key, users, preferences,
 * phones) and one insert per message, all indexed on MongoDB. On FerretDB 1.x the
 * lookups scan: 300 one-recipient calls took 8.7 s, and 2,000 took 457 s as the
 * collections grew; the design does not bend to that.
 */
export async function notifyMany(
  userIds: readonly Types.ObjectId[],
  key: string,
  n: Alert,
  opts: NotifyOptions = {},
): Promise<Types.ObjectId[]> {
  const inApp = opts.inApp ?? true;
  const unique = [...new Map(userIds.map((id) => [id.toString(), id])).values()];
  if (unique.length === 0) return [];
  const Notifications = tenantModel(NotificationModel);
  const told = inApp
    ? new Set(
        (
          await Notifications.find({ userId: mongoose.trusted({ $in: unique }), key })
            .select('userId')
            .lean()
        ).map((x) => x.userId.toString()),
      )
    : new Set<string>();
  const todo = unique.filter((id) => !told.has(id.toString()));
  if (todo.length === 0) return [];

  const tenant = currentTenant();
  const channels = opts.channels ?? ['email', 'sms'];
  const kind = MESSAGE_KIND[n.kind];
  const category = CATEGORY_OF[kind];
  const smsOn = schoolSendsSms(tenant) && channels.includes('sms') && category !== 'account';
  const people = await recipients(todo, smsOn);
  const text = 'text' in n ? n.text : undefined;
  const { title, body } = text ? englishAlert(text) : (n as { title: string; body: string });
  const vars = { title, body, ...n.vars, ...(text ? { alert: text } : {}) } as MessageVars[typeof kind];
  const now = new Date();
  const fresh: Types.ObjectId[] = [];
  let written = 0;
  for (const userId of todo) {
    const person = people.get(userId.toString());
    const deliveries: { channel: Channel; messageId: string }[] = [];
    let created = false;
    const send = async (channel: Channel, to: string, extra: { suppressed?: boolean; notBefore?: Date }) => {
      const m = await enqueueMessage(
        { key: `${key}:${userId.toString()}:${channel}`, kind, channel, to, toName: person?.name, userId, vars, ...extra },
        { signal: opts.signal },
      );
      deliveries.push({ channel, messageId: m.id });
      if (m.created) {
        created = true;
        written += 1;
      }
    };
    if (person?.email && channels.includes('email')) {
      const off = category !== 'account' && !person.prefs.categories[category].email;
      await send('email', person.email, { suppressed: off });
    }
    if (person?.phone && smsOn && person.prefs.categories[category].sms) {
      await send('sms', person.phone, { notBefore: quietUntil(person.prefs.quietHours, now, tenant.schoolConfig.timeZone) });
    }
    if (!inApp) {
      if (created) fresh.push(userId);
      continue;
    }
    try {
      await Notifications.create({ userId, key, kind: n.kind, title, body, text, data: n.data, deliveries });
      fresh.push(userId);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err; // told by a concurrent call: its messages have the same keys
    }
  }
  logger.debug({ kind: n.kind, recipients: todo.length, told: fresh.length, messages: written }, 'notification queued');
  return fresh;
}

/**
 * One account: see notifyMany. Returns false when it had already been told.
 * The outbox messages are written before the notification, so a crash between
 * them is repaired by the next call (same keys), never a notification whose mail was lost.
 */
export async function notify(userId: Types.ObjectId, key: string, n: Alert, opts: NotifyOptions = {}): Promise<boolean> {
  return (await notifyMany([userId], key, n, opts)).length > 0;
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
  const signal = signalBatch();
  try {
    for (const s of students) {
      const alert: Alert = {
        kind: 'absence',
        text: { key: 'absence', values: { student: s.name, date } },
        data: { studentId: s.id.toString(), date },
        vars: { student: s.name, date },
      };
      sent += (await notifyMany(await guardianUsers(s.id), `absence:${s.id.toString()}:${date}`, alert, { signal })).length;
    }
  } finally {
    await signal.flush();
  }
  return sent;
}
