import mongoose, { Types, type QueryFilter } from 'mongoose';
import { AppError, notFound, isDuplicateKey } from '../../lib/errors.js';
import { findPage } from '../../lib/pagination.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { currentUser } from '../../auth/authenticate.js';
import { recordAudit } from '../../school/audit.js';
import { ClassModel } from '../academic/academic.schema.js';
import { GuardianModel, StudentModel } from '../people/people.schema.js';
import { teacherSections } from '../people/people.service.js';
import { UserModel } from '../users/user.schema.js';
import type { Channel } from '../messages/kinds.js';
import { schoolSendsSms, signalBatch } from '../messages/outbox.js';
import { notifyMany } from '../notifications/notify.js';
import { AnnouncementModel, AnnouncementReadModel, type AnnouncementDoc } from './announcement.schema.js';
import { audienceUsers } from './announcement.audience.js';

type Lean = AnnouncementDoc & { _id: Types.ObjectId; createdAt: Date };

export interface NewAnnouncement {
  title: string;
  body: string;
  audience: 'school' | 'class' | 'role';
  classId?: string;
  role?: AnnouncementDoc['role'];
  /** Also by email and/or SMS (SMS only where the school has smsNotifications). */
  channels?: Channel[];
}

/** The classes that concern the caller: taught (teacher), attended (student), attended by their children (parent). */
async function myClasses(): Promise<Types.ObjectId[]> {
  const user = currentUser();
  if (user.role === 'teacher') {
    const sections = await teacherSections(user.id);
    const classes = await tenantModel(ClassModel)
      .find({ 'sections._id': mongoose.trusted({ $in: sections }) })
      .select('_id')
      .lean();
    return classes.map((c) => c._id);
  }
  let filter: QueryFilter<unknown> | undefined;
  if (user.role === 'student') filter = { userId: new Types.ObjectId(user.id) };
  if (user.role === 'parent') {
    const guardians = await tenantModel(GuardianModel)
      .find({ userId: new Types.ObjectId(user.id) })
      .select('_id')
      .lean();
    filter = { guardianIds: mongoose.trusted({ $in: guardians.map((g) => g._id) }) };
  }
  if (!filter) return [];
  const students = await tenantModel(StudentModel).find(filter).select('classId').lean();
  return students.flatMap((s) => (s.classId ? [s.classId] : []));
}

/** What the caller may read: everything (admin), or school-wide, their role's, and their classes'. */
async function visibleTo(): Promise<QueryFilter<AnnouncementDoc>> {
  const user = currentUser();
  if (user.role === 'admin') return {};
  return {
    $or: [
      { audience: 'school' },
      { audience: 'role', role: user.role },
      { audience: 'class', classId: mongoose.trusted({ $in: await myClasses() }) },
    ],
  } as QueryFilter<AnnouncementDoc>;
}

export async function create(a: NewAnnouncement) {
  const user = currentUser();
  if (a.audience === 'class') {
    if (!(await tenantModel(ClassModel).exists({ _id: new Types.ObjectId(a.classId) }))) {
      throw new AppError(400, 'VALIDATION_ERROR', 'Class does not exist in this school', [{ path: 'classId', message: 'Unknown class' }]);
    }
    if (user.role === 'teacher' && !(await myClasses()).some((c) => c.toString() === a.classId)) {
      throw new AppError(403, 'NOT_YOUR_CLASS', 'Teachers may announce only to classes they teach');
    }
  } else if (user.role !== 'admin') {
    throw new AppError(403, 'FORBIDDEN', 'Only admins announce to the whole school or a role');
  }
  const channels = [...new Set(a.channels ?? [])];
  if (channels.includes('sms') && !schoolSendsSms(currentTenant())) {
    throw new AppError(400, 'VALIDATION_ERROR', 'This school does not send SMS', [
      { path: 'channels', message: 'SMS needs the smsNotifications feature and an SMS provider on the platform' },
    ]);
  }
  const doc = await tenantModel(AnnouncementModel).create({ ...a, channels, authorId: new Types.ObjectId(user.id) });
  await recordAudit('create', 'Announcement', doc._id, Object.keys(a));
  if (channels.length) await sendAnnouncement(doc.toObject() as Lean, channels);
  return toDto(doc.toObject() as Lean, false, 0);
}

/**
 * Writes the announcement's messages to the outbox (the worker sends them),
 * per person's preferences for `announcements`, in chunks with one platform
 * signal per chunk. In the request: a school of a few thousand accounts is a
 * few thousand outbox inserts.
 */
async function sendAnnouncement(a: Lean, channels: Channel[]): Promise<void> {
  const author = a.authorId.toString();
  const users = (await audienceUsers(a)).filter((u) => u.toString() !== author);
  const signal = signalBatch();
  try {
    for (let i = 0; i < users.length; i += 500) {
      await notifyMany(
        users.slice(i, i + 500),
        `announcement:${a._id.toString()}`,
        { kind: 'announcement', title: a.title, body: a.body, data: { announcementId: a._id.toString() } },
        { channels, inApp: false, signal },
      );
    }
  } finally {
    await signal.flush();
  }
}

const toDto = (a: Lean, read: boolean, readCount: number | null = null) => ({
  id: a._id.toString(),
  title: a.title,
  body: a.body,
  audience: a.audience,
  classId: a.classId?.toString() ?? null,
  role: a.role ?? null,
  channels: a.channels ?? [],
  authorId: a.authorId.toString(),
  createdAt: a.createdAt.toISOString(),
  editedAt: a.editedAt?.toISOString() ?? null,
  read,
  readCount,
});

export async function list(q: { page: number; limit: number; sort: string; unread?: 'true' | 'false' }) {
  const userId = new Types.ObjectId(currentUser().id);
  const reads = await tenantModel(AnnouncementReadModel).find({ userId }).select('announcementId').lean();
  const readIds = new Set(reads.map((r) => r.announcementId.toString()));
  const scope = await visibleTo();
  const filter = (
    q.unread === 'true' ? { $and: [scope, { _id: mongoose.trusted({ $nin: reads.map((r) => r.announcementId) }) }] } : scope
  ) as QueryFilter<AnnouncementDoc>;
  const page = await findPage(tenantModel(AnnouncementModel), filter as Record<string, unknown>, q, (a) => a as Lean);
  const counts = await readCounts(page.data.filter((a) => mayReadReceipts(a)).map((a) => a._id));
  return {
    ...page,
    data: page.data.map((a) => toDto(a, readIds.has(a._id.toString()), counts.get(a._id.toString()) ?? (mayReadReceipts(a) ? 0 : null))),
  };
}

/** Admins see every announcement's read count; a teacher sees their own. */
const mayReadReceipts = (a: Lean) => {
  const user = currentUser();
  return user.role === 'admin' || a.authorId.toString() === user.id;
};

/** How many people read each of a page's announcements: one query for the page. */
async function readCounts(ids: Types.ObjectId[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (ids.length === 0) return counts;
  const reads = await tenantModel(AnnouncementReadModel)
    .find({ announcementId: mongoose.trusted({ $in: ids }) })
    .select('announcementId')
    .lean();
  for (const r of reads) counts.set(r.announcementId.toString(), (counts.get(r.announcementId.toString()) ?? 0) + 1);
  return counts;
}

/** How many accounts an announcement would reach (its author aside), for the confirmation before it is sent. */
export async function audienceCount(a: { audience: 'school' | 'class' | 'role'; classId?: string; role?: AnnouncementDoc['role'] }) {
  const author = currentUser().id;
  const users = await audienceUsers({
    audience: a.audience,
    classId: a.classId ? new Types.ObjectId(a.classId) : undefined,
    role: a.role,
  });
  return { count: new Set(users.map((u) => u.toString()).filter((u) => u !== author)).size };
}

/** An admin corrects the title or text; it shows as edited. Emails and SMS already sent stay as they were. */
export async function update(id: string, change: { title?: string; body?: string }) {
  const a = await findVisible(id);
  const updated = await tenantModel(AnnouncementModel)
    .findOneAndUpdate({ _id: a._id }, { $set: { ...change, editedAt: new Date() } }, { new: true })
    .lean<Lean>();
  if (!updated) throw notFound('Announcement');
  await recordAudit('update', 'Announcement', a._id, Object.keys(change));
  const read = await tenantModel(AnnouncementReadModel).exists({ announcementId: a._id, userId: new Types.ObjectId(currentUser().id) });
  return toDto(updated, Boolean(read), (await readCounts([a._id])).get(id) ?? 0);
}

/** An admin withdraws it: nobody sees it any more, and its read receipts go with it. */
export async function remove(id: string): Promise<void> {
  const a = await findVisible(id);
  await tenantModel(AnnouncementModel).deleteOne({ _id: a._id });
  await tenantModel(AnnouncementReadModel).deleteMany({ announcementId: a._id });
  await recordAudit('delete', 'Announcement', a._id);
}

export async function findVisible(id: string): Promise<Lean> {
  const a = await tenantModel(AnnouncementModel)
    .findOne({ $and: [await visibleTo(), { _id: new Types.ObjectId(id) }] } as QueryFilter<AnnouncementDoc>)
    .lean<Lean>();
  if (!a) throw notFound('Announcement');
  return a;
}

export async function markRead(id: string): Promise<void> {
  const a = await findVisible(id);
  try {
    await tenantModel(AnnouncementReadModel).create({ announcementId: a._id, userId: new Types.ObjectId(currentUser().id) });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err; // already read: idempotent
  }
}

/** An announcement whose receipts the caller may read: any visible one (admin), their own (its author), or 403. */
export async function findOwnInScope(id: string): Promise<Lean> {
  const a = await findVisible(id);
  const user = currentUser();
  if (user.role !== 'admin' && a.authorId.toString() !== user.id)
    throw new AppError(403, 'FORBIDDEN', 'Only admins and the author see read receipts');
  return a;
}

/** Who has read it, for admins and the author. */
export async function receipts(id: string) {
  const a = await findVisible(id);
  const user = currentUser();
  if (user.role !== 'admin' && a.authorId.toString() !== user.id)
    throw new AppError(403, 'FORBIDDEN', 'Only admins and the author see read receipts');
  const reads = await tenantModel(AnnouncementReadModel).find({ announcementId: a._id }).lean();
  const users = await tenantModel(UserModel)
    .find({ _id: mongoose.trusted({ $in: reads.map((r) => r.userId) }) })
    .select('name role')
    .lean();
  const byId = new Map(users.map((u) => [u._id.toString(), u]));
  const { count } = await audienceCount({ audience: a.audience, classId: a.classId?.toString(), role: a.role ?? undefined });
  return {
    announcementId: id,
    readCount: reads.length,
    audienceCount: count,
    readers: reads.map((r) => ({
      userId: r.userId.toString(),
      name: byId.get(r.userId.toString())?.name ?? null,
      role: byId.get(r.userId.toString())?.role ?? null,
      readAt: (r as unknown as { readAt: Date }).readAt.toISOString(),
    })),
  };
}
