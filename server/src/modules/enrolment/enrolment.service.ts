import mongoose, { Types } from 'mongoose';
import { schoolToday } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { currentUser } from '../../auth/authenticate.js';
import { recordAudit } from '../../school/audit.js';
import { AcademicYearModel, ClassModel, GradeLevelModel } from '../academic/academic.schema.js';
import { GuardianModel, StudentModel } from '../people/people.schema.js';
import { createStudent } from '../people/people.service.js';
import { ApplicationModel, RolloverModel, type ApplicationDoc } from './enrolment.schema.js';

type Id = { _id: Types.ObjectId };
type Placement = { classId: Types.ObjectId; sectionId: Types.ObjectId; from: string; to?: string | null; reason?: string | null };
const oid = (s: string) => new Types.ObjectId(s);

export const toApplicationDto = (a: ApplicationDoc & Id) => ({
  id: a._id.toString(),
  firstName: a.firstName,
  lastName: a.lastName,
  dateOfBirth: a.dateOfBirth ?? null,
  gender: a.gender ?? 'unspecified',
  gradeLevelId: a.gradeLevelId.toString(),
  guardian: {
    firstName: a.guardian?.firstName ?? '',
    lastName: a.guardian?.lastName ?? '',
    relationship: a.guardian?.relationship ?? null,
    email: a.guardian?.email ?? null,
    phone: a.guardian?.phone ?? null,
  },
  notes: a.notes ?? null,
  status: a.status,
  decisionReason: a.decisionReason ?? null,
  studentId: a.studentId?.toString() ?? null,
});

const NEXT: Record<'accept' | 'reject', { from: ApplicationDoc['status'][]; to: ApplicationDoc['status'] }> = {
  accept: { from: ['applied'], to: 'accepted' },
  reject: { from: ['applied', 'accepted'], to: 'rejected' },
};

export async function decide(id: string, action: 'accept' | 'reject', reason?: string) {
  const Apps = tenantModel(ApplicationModel);
  const app = await Apps.findById(id).lean();
  if (!app) throw new AppError(404, 'NOT_FOUND', 'Application not found');
  const rule = NEXT[action];
  if (!rule.from.includes(app.status))
    throw new AppError(409, 'INVALID_TRANSITION', `An ${app.status} application cannot be moved to ${rule.to}`);
  await Apps.updateOne({ _id: app._id }, { $set: { status: rule.to, decisionReason: reason, decidedAt: new Date() } });
  await recordAudit(action, 'AdmissionApplication', id, ['status']);
  return toApplicationDto({ ...app, status: rule.to, decisionReason: reason });
}

/**
 * Turns an accepted application into a student: the guardian is matched by
 * email or phone (never duplicated) or created, then the student is created
 * with the usual rules (quota, seat, admission number).
 */
export async function enrol(id: string, to: { classId: string; sectionId: string }, bcryptCost: number) {
  const Apps = tenantModel(ApplicationModel);
  const app = await Apps.findById(id).lean();
  if (!app) throw new AppError(404, 'NOT_FOUND', 'Application not found');
  if (app.status !== 'accepted') throw new AppError(409, 'INVALID_TRANSITION', `An ${app.status} application cannot be enrolled`);
  const g = app.guardian;
  const match = [...(g?.email ? [{ 'contact.email': g.email }] : []), ...(g?.phone ? [{ 'contact.phone': g.phone }] : [])];
  let guardian = match.length ? await tenantModel(GuardianModel).findOne({ $or: match }).lean() : null;
  let createdGuardian: Types.ObjectId | undefined;
  if (!guardian && g) {
    const doc = await tenantModel(GuardianModel).create({
      firstName: g.firstName,
      lastName: g.lastName,
      relationship: g.relationship,
      contact: { email: g.email ?? undefined, phone: g.phone ?? undefined },
    });
    guardian = doc.toObject();
    createdGuardian = doc._id;
  }
  try {
    const student = await createStudent(
      {
        firstName: app.firstName,
        lastName: app.lastName,
        dateOfBirth: app.dateOfBirth ?? undefined,
        gender: app.gender ?? undefined,
        classId: to.classId,
        sectionId: to.sectionId,
        guardianIds: guardian ? [guardian._id.toString()] : [],
      },
      bcryptCost,
    );
    await Apps.updateOne({ _id: app._id }, { $set: { status: 'enrolled', studentId: oid(student.id), decidedAt: new Date() } });
    await recordAudit('enrol', 'AdmissionApplication', id, ['status', 'studentId']);
    return { application: toApplicationDto({ ...app, status: 'enrolled', studentId: oid(student.id) }), student };
  } catch (err) {
    if (createdGuardian) await tenantModel(GuardianModel).deleteOne({ _id: createdGuardian });
    throw err;
  }
}

type Action = 'promoted' | 'retained' | 'graduated';
export interface Move {
  studentId: string;
  action: Action;
  toClassId?: string;
  toSectionId?: string;
}

/** The target-year class of a grade, and its section with the same name (or its first). */
async function targetFor(gradeLevelId: Types.ObjectId, yearId: Types.ObjectId, sectionName: string) {
  const cls = await tenantModel(ClassModel).findOne({ gradeLevelId, academicYearId: yearId }).sort({ name: 1 }).lean();
  if (!cls) return null;
  const sections = (cls.sections ?? []) as unknown as ({ name: string } & Id)[];
  const section = sections.find((s) => s.name === sectionName) ?? sections[0];
  return section ? { classId: cls._id.toString(), sectionId: section._id.toString() } : null;
}

/**
 * Proposes a year-end rollover for the enrolled students of the given classes:
 * promoted to the next grade's class in the target year (same section name
 * where there is one), graduated from the last grade. Nothing is written.
 */
export async function preview(classIds: string[], toAcademicYearId: string) {
  const year = await tenantModel(AcademicYearModel).findById(toAcademicYearId).lean();
  if (!year)
    throw new AppError(400, 'VALIDATION_ERROR', 'Target year does not exist', [{ path: 'toAcademicYearId', message: 'Unknown year' }]);
  const grades = await tenantModel(GradeLevelModel).find().sort({ order: 1 }).lean();
  const classes = await tenantModel(ClassModel)
    .find({ _id: mongoose.trusted({ $in: classIds.map(oid) }) })
    .lean();
  if (classes.length !== classIds.length)
    throw new AppError(400, 'VALIDATION_ERROR', 'A class does not exist', [{ path: 'classIds', message: 'Unknown class' }]);
  const rows = [];
  for (const cls of classes) {
    if (cls.academicYearId.equals(year._id)) {
      throw new AppError(400, 'VALIDATION_ERROR', 'A class already belongs to the target year', [
        { path: 'classIds', message: 'Same year' },
      ]);
    }
    const idx = grades.findIndex((g) => g._id.equals(cls.gradeLevelId));
    const next = grades[idx + 1];
    const students = await tenantModel(StudentModel)
      .find({ classId: cls._id, status: 'enrolled' })
      .sort({ lastName: 1, firstName: 1 })
      .lean();
    for (const s of students) {
      const sectionName =
        ((cls.sections ?? []) as unknown as ({ name: string } & Id)[]).find((x) => x._id.equals(s.sectionId ?? undefined))?.name ?? '';
      const to = next ? await targetFor(next._id, year._id, sectionName) : null;
      rows.push({
        studentId: s._id.toString(),
        name: `${s.firstName} ${s.lastName}`,
        from: { classId: cls._id.toString(), sectionId: s.sectionId?.toString() ?? null },
        action: (next ? 'promoted' : 'graduated') as Action,
        to,
        problem: next && !to ? `No class of ${next.name} in ${year.name} yet` : null,
      });
    }
  }
  return { toAcademicYearId, students: rows };
}

/** Applies an (edited) preview as one batch, recording each student's previous placement for undo. */
export async function apply(toAcademicYearId: string, moves: Move[]) {
  const year = await tenantModel(AcademicYearModel).findById(toAcademicYearId).lean();
  if (!year)
    throw new AppError(400, 'VALIDATION_ERROR', 'Target year does not exist', [{ path: 'toAcademicYearId', message: 'Unknown year' }]);
  const students = await tenantModel(StudentModel)
    .find({ _id: mongoose.trusted({ $in: moves.map((m) => oid(m.studentId)) }), status: 'enrolled' })
    .lean();
  const byId = new Map(students.map((s) => [s._id.toString(), s]));
  const problems: { path: string; message: string }[] = [];
  for (const [i, m] of moves.entries()) {
    if (!byId.has(m.studentId)) problems.push({ path: `moves.${i}.studentId`, message: 'Not an enrolled student' });
    if (m.action !== 'graduated') {
      const cls = m.toClassId ? await tenantModel(ClassModel).findById(m.toClassId).lean() : null;
      const ok =
        cls && cls.academicYearId.equals(year._id) && (cls.sections ?? []).some((s: unknown) => String((s as Id)._id) === m.toSectionId);
      if (!ok) problems.push({ path: `moves.${i}.toSectionId`, message: 'Needs a section of a class in the target year' });
    }
  }
  if (problems.length) throw new AppError(400, 'VALIDATION_ERROR', 'The rollover is not valid', problems);

  const batch = await tenantModel(RolloverModel).create({
    toAcademicYearId: year._id,
    status: 'applying',
    appliedBy: oid(currentUser().id),
    moves: moves.map((m) => {
      const s = byId.get(m.studentId)!;
      return {
        studentId: s._id,
        action: m.action,
        from: { classId: s.classId, sectionId: s.sectionId, status: s.status, placements: (s.placements ?? []).length },
        to: m.action === 'graduated' ? {} : { classId: oid(m.toClassId!), sectionId: oid(m.toSectionId!) },
      };
    }),
  });
  const date = schoolToday();
  for (const m of moves) {
    const s = byId.get(m.studentId)!;
    const placements: Placement[] = ((s.placements ?? []) as Placement[]).map((p) => (p.to ? p : { ...p, to: date }));
    if (m.action === 'graduated') {
      await tenantModel(StudentModel).updateOne({ _id: s._id }, { $set: { status: 'graduated', placements } });
    } else {
      placements.push({ classId: oid(m.toClassId!), sectionId: oid(m.toSectionId!), from: date, reason: m.action });
      await tenantModel(StudentModel).updateOne(
        { _id: s._id },
        { $set: { classId: oid(m.toClassId!), sectionId: oid(m.toSectionId!), placements } },
      );
    }
  }
  await tenantModel(RolloverModel).updateOne({ _id: batch._id }, { $set: { status: 'applied' } });
  await recordAudit('rollover', 'RolloverBatch', batch._id, [`${moves.length} students`]);
  return { batchId: batch._id.toString(), status: 'applied' as const, moved: moves.length };
}

/** Puts every student of a batch back where they were. */
export async function undo(batchId: string) {
  const batch = await tenantModel(RolloverModel).findById(batchId).lean();
  if (!batch) throw new AppError(404, 'NOT_FOUND', 'Rollover batch not found');
  if (batch.status === 'undone') throw new AppError(409, 'ALREADY_UNDONE', 'This rollover was already undone');
  for (const m of batch.moves) {
    const s = await tenantModel(StudentModel).findById(m.studentId).lean();
    if (!s) continue;
    const placements = ((s.placements ?? []) as Placement[])
      .slice(0, m.from?.placements ?? 0)
      .map((p, i, all) => (i === all.length - 1 ? { ...p, to: undefined } : p));
    await tenantModel(StudentModel).updateOne(
      { _id: s._id },
      { $set: { classId: m.from?.classId, sectionId: m.from?.sectionId, status: m.from?.status ?? 'enrolled', placements } },
    );
  }
  await tenantModel(RolloverModel).updateOne({ _id: batch._id }, { $set: { status: 'undone', undoneAt: new Date() } });
  await recordAudit('undo', 'RolloverBatch', batchId, [`${batch.moves.length} students`]);
  return { batchId, status: 'undone' as const, moved: batch.moves.length };
}
