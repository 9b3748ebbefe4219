import mongoose, { Types, type QueryFilter } from 'mongoose';
import { schoolToday } from '../../lib/dates.js';
import { AppError, isDuplicateKey } from '../../lib/errors.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { currentUser } from '../../auth/authenticate.js';
import { nextSequence } from '../../school/sequence.js';
import { assertQuota } from '../../school/quota.js';
import { assertAllExist } from '../../school/crud.js';
import type { TenantModelDef } from '../../tenancy/model-registry.js';
import { recordAudit } from '../../school/audit.js';
import { inviteUser, withdrawInvitedUser, type Invitation } from '../users/invitation.js';
import { AcademicYearModel, AssignmentModel, ClassModel, SubjectModel } from '../academic/academic.schema.js';
import { assertSectionOf } from '../academic/academic.service.js';
import { GuardianModel, StaffModel, StudentModel, type GuardianDoc, type StaffDoc, type StudentDoc } from './people.schema.js';
import type { CreateGuardian, CreateStaff, CreateStudent } from './people.validation.js';

type Id = { _id: Types.ObjectId };
const sid = (v: { toString(): string } | null | undefined) => (v ? v.toString() : null);
const contactDto = (c: { email?: string | null; phone?: string | null; address?: string | null } | null | undefined) => ({
  email: c?.email ?? undefined,
  phone: c?.phone ?? undefined,
  address: c?.address ?? undefined,
});

export const toStudentDto = (s: StudentDoc & Id, invitation?: Invitation) => ({
  id: s._id.toString(),
  admissionNumber: s.admissionNumber,
  firstName: s.firstName,
  lastName: s.lastName,
  dateOfBirth: s.dateOfBirth ?? null,
  gender: s.gender ?? 'unspecified',
  classId: sid(s.classId),
  sectionId: sid(s.sectionId),
  guardianIds: (s.guardianIds ?? []).map(String),
  contact: contactDto(s.contact),
  status: s.status,
  placements: (s.placements ?? []).map((p) => ({
    classId: p.classId.toString(),
    sectionId: p.sectionId.toString(),
    from: p.from,
    to: p.to ?? null,
    reason: p.reason ?? null,
  })),
  userId: sid(s.userId),
  ...(invitation ? { invitation } : {}),
});

export const toGuardianDto = (g: GuardianDoc & Id, invitation?: Invitation) => ({
  id: g._id.toString(),
  firstName: g.firstName,
  lastName: g.lastName,
  relationship: g.relationship ?? null,
  contact: contactDto(g.contact),
  userId: sid(g.userId),
  ...(invitation ? { invitation } : {}),
});

export const toStaffDto = (s: StaffDoc & Id, invitation?: Invitation) => ({
  id: s._id.toString(),
  employeeNumber: s.employeeNumber,
  kind: s.kind,
  firstName: s.firstName,
  lastName: s.lastName,
  subjectIds: (s.subjectIds ?? []).map(String),
  contact: contactDto(s.contact),
  status: s.status,
  userId: sid(s.userId),
  ...(invitation ? { invitation } : {}),
});

const nothing = { _id: mongoose.trusted({ $in: [] }) };

/** The sections a teacher teaches (by assignment) or leads (as homeroom teacher). */
export async function teacherSections(userId: string): Promise<Types.ObjectId[]> {
  const staff = await tenantModel(StaffModel).findOne({ userId, kind: 'teacher' }).select('_id').lean();
  if (!staff) return [];
  const [assigned, homeroom] = await Promise.all([
    tenantModel(AssignmentModel).find({ teacherId: staff._id }).select('sectionId').lean(),
    tenantModel(ClassModel).find({ 'sections.homeroomTeacherId': staff._id }).select('sections').lean(),
  ]);
  const ids = new Map<string, Types.ObjectId>();
  for (const a of assigned) ids.set(a.sectionId.toString(), a.sectionId);
  for (const c of homeroom) {
    for (const s of c.sections ?? []) {
      if (s.homeroomTeacherId?.equals(staff._id)) ids.set(String((s as unknown as Id)._id), (s as unknown as Id)._id);
    }
  }
  return [...ids.values()];
}

/**
 * Which students the caller may see: all (admin, staff), those of their
 * sections (teacher), their own children (parent), themselves (student).
 * Records outside the scope answer 404, as if they did not exist.
 */
export async function studentScope(): Promise<QueryFilter<StudentDoc>> {
  const user = currentUser();
  switch (user.role) {
    case 'admin':
    case 'staff':
      return {};
    case 'teacher':
      return { sectionId: mongoose.trusted({ $in: await teacherSections(user.id) }) };
    case 'parent': {
      const guardians = await tenantModel(GuardianModel).find({ userId: user.id }).select('_id').lean();
      return guardians.length ? { guardianIds: mongoose.trusted({ $in: guardians.map((g) => g._id) }) } : nothing;
    }
    case 'student':
      return { userId: new Types.ObjectId(user.id) };
  }
}

/** Guardians the caller may see: all (admin, staff), those of their students (teacher), themselves (parent). */
export async function guardianScope(): Promise<QueryFilter<GuardianDoc>> {
  const user = currentUser();
  if (user.role === 'admin' || user.role === 'staff') return {};
  if (user.role === 'parent') return { userId: new Types.ObjectId(user.id) };
  if (user.role === 'teacher') {
    const students = await tenantModel(StudentModel)
      .find(await studentScope())
      .select('guardianIds')
      .lean();
    return { _id: mongoose.trusted({ $in: students.flatMap((s) => s.guardianIds ?? []) }) };
  }
  return nothing;
}

/** One student within the caller's scope (the scope and the id combined with $and), or 404. */
export async function findStudentInScope(id: string) {
  const student = await tenantModel(StudentModel).findOne({
    $and: [await studentScope(), { _id: new Types.ObjectId(id) }],
  } as QueryFilter<StudentDoc>);
  if (!student) throw new AppError(404, 'NOT_FOUND', 'Student not found');
  return student;
}

export const assertGuardians = (ids: string[] | undefined) => assertAllExist(GuardianModel, ids, 'Guardian', 'guardianIds');

async function assertSeat(classId: string, sectionId: string): Promise<void> {
  const cls = await assertSectionOf(classId, sectionId);
  const section = (cls.sections ?? []).find((s) => String((s as unknown as Id)._id) === sectionId);
  const enrolled = await tenantModel(StudentModel).countDocuments({ sectionId: new Types.ObjectId(sectionId), status: 'enrolled' });
  if (section && enrolled >= (section.capacity ?? 40)) {
    throw new AppError(409, 'SECTION_FULL', `This section is full (${enrolled} of ${section.capacity ?? 40})`);
  }
}

/** `DEMO-2026-0001`: school code, admission year, a per-school per-year sequence. */
async function admissionNumber(): Promise<string> {
  const current = await tenantModel(AcademicYearModel).findOne({ isCurrent: true }).select('startDate').lean();
  const year = (current?.startDate ?? schoolToday()).slice(0, 4);
  const n = await nextSequence(`admission:${year}`);
  return `${currentTenant().subdomain.toUpperCase()}-${year}-${String(n).padStart(4, '0')}`;
}

/**
 * Creates the invited account for a new person (its invitation email queued), and returns an undo for when the
 * person cannot be saved: the account goes and the unsent email is cancelled.
 */
async function maybeInvite(
  account: { email: string } | undefined,
  name: string,
  role: 'student' | 'teacher' | 'staff' | 'parent',
  bcryptCost: number,
) {
  if (!account) return { invitation: undefined, undo: async () => undefined };
  const invitation = await inviteUser({ name, email: account.email, role }, bcryptCost);
  return { invitation, undo: () => withdrawInvitedUser(invitation.userId) };
}

export async function createStudent(body: CreateStudent, bcryptCost: number) {
  await assertGuardians(body.guardianIds);
  if (body.classId && body.sectionId) await assertSeat(body.classId, body.sectionId);
  await assertQuota('maxStudents', 'enrolled students', countEnrolledStudents);
  const { account, confirmDuplicate: _confirmed, ...fields } = body;
  const { invitation, undo } = await maybeInvite(account, `${body.firstName} ${body.lastName}`, 'student', bcryptCost);
  try {
    const student = await tenantModel(StudentModel).create({
      ...fields,
      admissionNumber: await admissionNumber(),
      userId: invitation?.userId,
      placements: body.classId ? [{ classId: body.classId, sectionId: body.sectionId, from: schoolToday(), reason: 'admission' }] : [],
    });
    await recordAudit('create', 'Student', student._id, Object.keys(body));
    return toStudentDto(student.toObject(), invitation);
  } catch (err) {
    await undo();
    throw err;
  }
}

/** Moves a student to another class or section mid-year; the placement history keeps where they were. */
export async function moveStudent(id: string, to: { classId: string; sectionId: string; date?: string; reason?: string }) {
  const student = await findStudentInScope(id);
  if (student.status !== 'enrolled') throw new AppError(409, 'NOT_ENROLLED', 'Only enrolled students can be moved');
  if (student.sectionId?.toString() === to.sectionId) throw new AppError(409, 'SAME_SECTION', 'The student is already in this section');
  await assertSeat(to.classId, to.sectionId);
  const date = to.date ?? schoolToday();
  const open = student.placements.find((p: { to?: string | null }) => !p.to);
  if (open) open.to = date;
  student.placements.push({ classId: to.classId, sectionId: to.sectionId, from: date, reason: to.reason ?? 'transfer' });
  student.classId = new Types.ObjectId(to.classId);
  student.sectionId = new Types.ObjectId(to.sectionId);
  await student.save();
  await recordAudit('move', 'Student', student._id, ['classId', 'sectionId', 'placements']);
  return toStudentDto(student.toObject());
}

/**
 * A student who leaves (withdrawn, transferred, graduated) leaves their section
 * today in the placement history; one who comes back is placed again where the
 * record says. Past terms keep listing them where they were.
 */
export function withPlacementStatus<B extends { status?: StudentDoc['status'] }>(body: B, current: StudentDoc) {
  if (!body.status || body.status === current.status) return body;
  type Row = { classId: Types.ObjectId; sectionId: Types.ObjectId; from: string; to?: string | null; reason?: string | null };
  const placements: Row[] = ((current.placements ?? []) as Row[]).map((p) => ({ ...p }));
  const open = placements.at(-1);
  if (body.status !== 'enrolled' && current.status === 'enrolled') {
    if (!open || open.to) return body;
    open.to = schoolToday();
  } else if (body.status === 'enrolled' && current.classId && current.sectionId && (!open || open.to)) {
    placements.push({ classId: current.classId, sectionId: current.sectionId, from: schoolToday(), reason: 're-enrolled' });
  } else {
    return body;
  }
  return { ...body, placements };
}

/** What counts against the plan's student limit (and is shown as usage). */
export const countEnrolledStudents = () => tenantModel(StudentModel).countDocuments({ status: 'enrolled' });
/** What counts against the plan's teacher limit: teachers who have not left. */
export const countTeachers = () => tenantModel(StaffModel).countDocuments({ kind: 'teacher', status: mongoose.trusted({ $ne: 'left' }) });

export async function createStaff(body: CreateStaff, bcryptCost: number) {
  if (body.kind === 'teacher') {
    await assertQuota('maxTeachers', 'teachers', countTeachers);
  }
  await assertAllExist(SubjectModel, body.subjectIds, 'Subject', 'subjectIds');
  const { account, ...fields } = body;
  const { invitation, undo } = await maybeInvite(
    account,
    `${body.firstName} ${body.lastName}`,
    body.kind === 'teacher' ? 'teacher' : 'staff',
    bcryptCost,
  );
  try {
    const employeeNumber = fields.employeeNumber ?? `EMP-${String(await nextSequence('employee')).padStart(4, '0')}`;
    const staff = await tenantModel(StaffModel).create({ ...fields, employeeNumber, userId: invitation?.userId });
    await recordAudit('create', 'Staff', staff._id, Object.keys(body));
    return toStaffDto(staff.toObject(), invitation);
  } catch (err) {
    await undo();
    if (isDuplicateKey(err)) throw new AppError(409, 'EMPLOYEE_NUMBER_EXISTS', 'This employee number is already used');
    throw err;
  }
}

export async function createGuardian(body: CreateGuardian, bcryptCost: number) {
  const { account, ...fields } = body;
  const { invitation, undo } = await maybeInvite(account, `${body.firstName} ${body.lastName}`, 'parent', bcryptCost);
  try {
    const guardian = await tenantModel(GuardianModel).create({ ...fields, userId: invitation?.userId });
    await recordAudit('create', 'Guardian', guardian._id, Object.keys(body));
    return toGuardianDto(guardian.toObject(), invitation);
  } catch (err) {
    await undo();
    throw err;
  }
}

/**
 * Gives an existing student, guardian or staff member a sign-in account: an
 * invited user with the matching role, linked to the record (409 if it has one).
 */
export async function addAccount(kind: 'student' | 'guardian' | 'staff', id: string, email: string, bcryptCost: number) {
  // The three record types share the fields used here; one typed view of them keeps this in one place.
  type Person = { firstName: string; lastName: string; userId?: Types.ObjectId | null; kind?: string };
  const defs = { student: StudentModel, guardian: GuardianModel, staff: StaffModel };
  const People = tenantModel(defs[kind] as unknown as TenantModelDef<Person>);
  const record = await People.findById(id).lean();
  if (!record) throw new AppError(404, 'NOT_FOUND', 'Record not found');
  if (record.userId) throw new AppError(409, 'HAS_ACCOUNT', 'This person already has an account');
  const role = kind === 'student' ? 'student' : kind === 'guardian' ? 'parent' : record.kind === 'teacher' ? 'teacher' : 'staff';
  const invitation = await inviteUser({ name: `${record.firstName} ${record.lastName}`, email, role }, bcryptCost);
  await People.updateOne({ _id: record._id }, { $set: { userId: new Types.ObjectId(invitation.userId) } });
  await recordAudit('add-account', kind, id, ['userId']);
  return invitation;
}
