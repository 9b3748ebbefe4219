import mongoose, { type Types } from 'mongoose';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { AssignmentModel, ClassModel } from '../academic/academic.schema.js';
import { GuardianModel, StaffModel, StudentModel } from '../people/people.schema.js';
import { UserModel } from '../users/user.schema.js';
import type { AnnouncementDoc } from './announcement.schema.js';

const $in = (ids: Types.ObjectId[]) => mongoose.trusted({ $in: ids });
const active = { status: mongoose.trusted({ $ne: 'disabled' }) };

/**
 * The accounts an announcement reaches by email/SMS: the same people who may
 * read it in the app (announcement.service.ts visibleTo). A class: its
 * enrolled students, their guardians, and the teachers who teach or keep it.
 */
export async function audienceUsers(a: Pick<AnnouncementDoc, 'audience' | 'classId' | 'role'>): Promise<Types.ObjectId[]> {
  if (a.audience === 'school' || a.audience === 'role') {
    const users = await tenantModel(UserModel)
      .find({ ...active, ...(a.audience === 'role' ? { role: a.role } : {}) })
      .select('_id')
      .lean();
    return users.map((u) => u._id);
  }
  if (!a.classId) return [];
  const students = await tenantModel(StudentModel).find({ classId: a.classId, status: 'enrolled' }).select('userId guardianIds').lean();
  const guardians = await tenantModel(GuardianModel)
    .find({ _id: $in(students.flatMap((s) => s.guardianIds ?? [])) })
    .select('userId')
    .lean();
  const [assigned, cls] = await Promise.all([
    tenantModel(AssignmentModel).find({ classId: a.classId }).select('teacherId').lean(),
    tenantModel(ClassModel).findById(a.classId).select('sections').lean(),
  ]);
  const staffIds = [
    ...assigned.map((x) => x.teacherId),
    ...(cls?.sections ?? []).flatMap((s: { homeroomTeacherId?: Types.ObjectId | null }) =>
      s.homeroomTeacherId ? [s.homeroomTeacherId] : [],
    ),
  ];
  const teachers = staffIds.length
    ? await tenantModel(StaffModel)
        .find({ _id: $in(staffIds) })
        .select('userId')
        .lean()
    : [];
  return [...students, ...guardians, ...teachers].flatMap((p) => (p.userId ? [p.userId] : []));
}
