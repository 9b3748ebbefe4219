import mongoose, { Types } from 'mongoose';
import { AppError } from '../../lib/errors.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { assertExists, refuseIfUsed } from '../../school/crud.js';
import { StaffModel, StudentModel } from '../people/people.schema.js';
import { ExamModel } from '../gradebook/gradebook.schema.js';
import { FeeStructureModel } from '../fees/fees.schema.js';
import {
  AcademicYearModel,
  AssignmentModel,
  ClassModel,
  GradeLevelModel,
  type AcademicYearDoc,
  type AssignmentDoc,
  type ClassDoc,
} from './academic.schema.js';
import type { z } from 'zod';
import { createYearBody, type updateYearBody } from './academic.validation.js';

type Id = { _id: Types.ObjectId };
const sid = (v: { toString(): string } | null | undefined) => (v ? v.toString() : null);

export const toYearDto = (y: AcademicYearDoc & Id) => ({
  id: y._id.toString(),
  name: y.name,
  startDate: y.startDate,
  endDate: y.endDate,
  isCurrent: Boolean(y.isCurrent),
  terms: (y.terms ?? []).map((t) => ({
    id: sid((t as unknown as Id)._id) ?? '',
    name: t.name,
    startDate: t.startDate,
    endDate: t.endDate,
  })),
});

export const toClassDto = (c: ClassDoc & Id) => ({
  id: c._id.toString(),
  name: c.name,
  academicYearId: c.academicYearId.toString(),
  gradeLevelId: c.gradeLevelId.toString(),
  sections: (c.sections ?? []).map((s) => ({
    id: sid((s as unknown as Id)._id) ?? '',
    name: s.name,
    capacity: s.capacity ?? 40,
    homeroomTeacherId: sid(s.homeroomTeacherId),
  })),
});

export const toAssignmentDto = (a: AssignmentDoc & Id) => ({
  id: a._id.toString(),
  classId: a.classId.toString(),
  sectionId: a.sectionId.toString(),
  subjectId: a.subjectId.toString(),
  teacherId: a.teacherId.toString(),
});

/** Years may not overlap each other. */
async function assertNoOverlap(startDate: string, endDate: string, exceptId?: Types.ObjectId): Promise<void> {
  const clash = await tenantModel(AcademicYearModel)
    .findOne({
      startDate: mongoose.trusted({ $lte: endDate }),
      endDate: mongoose.trusted({ $gte: startDate }),
      ...(exceptId ? { _id: mongoose.trusted({ $ne: exceptId }) } : {}),
    })
    .select('name')
    .lean();
  if (clash) throw new AppError(409, 'YEAR_OVERLAP', `The dates overlap the academic year ${clash.name}`);
}

export const years = {
  async beforeCreate(body: { name: string; startDate: string; endDate: string; isCurrent?: boolean; terms?: unknown[] }) {
    await assertNoOverlap(body.startDate, body.endDate);
    const first = !(await tenantModel(AcademicYearModel).exists({}));
    return { ...body, isCurrent: body.isCurrent ?? first } as Partial<AcademicYearDoc>;
  },
  async beforeUpdate(body: z.infer<typeof updateYearBody>, current: AcademicYearDoc & Id) {
    const merged = {
      name: body.name ?? current.name,
      startDate: body.startDate ?? current.startDate,
      endDate: body.endDate ?? current.endDate,
      terms: (body.terms ?? current.terms ?? []).map((t) => ({ name: t.name, startDate: t.startDate, endDate: t.endDate })),
    };
    createYearBody.parse(merged); // the whole year must still make sense
    await assertNoOverlap(merged.startDate, merged.endDate, current._id);
    if (!body.terms) return body as Partial<AcademicYearDoc>;
    // A term sent again under the same name keeps its id (exams and fee structures point at it);
    // a term that is left out may go only if nothing points at it.
    const byName = new Map((current.terms ?? []).map((t) => [t.name, (t as unknown as Id)._id]));
    const terms = body.terms.map((t) => ({ ...t, ...(byName.has(t.name) ? { _id: byName.get(t.name) } : {}) }));
    const kept = new Set(terms.map((t) => t._id?.toString()));
    const removed = [...byName.values()].filter((id) => !kept.has(id.toString()));
    if (removed.length) {
      const termId = mongoose.trusted({ $in: removed });
      await refuseIfUsed(
        Promise.all([tenantModel(ExamModel).countDocuments({ termId }), tenantModel(FeeStructureModel).countDocuments({ termId })]).then(
          ([a, b]) => a + b,
        ),
        'Exams or fee structures belong to a term this change removes',
      );
    }
    return { ...body, terms } as unknown as Partial<AcademicYearDoc>;
  },
  /** Exactly one current year: making one current makes the others not current. */
  async afterWrite(y: AcademicYearDoc & Id) {
    if (y.isCurrent) {
      await tenantModel(AcademicYearModel).updateMany(
        { _id: mongoose.trusted({ $ne: y._id }), isCurrent: true },
        { $set: { isCurrent: false } },
      );
    }
  },
  async beforeDelete(y: AcademicYearDoc & Id) {
    await refuseIfUsed(tenantModel(ClassModel).countDocuments({ academicYearId: y._id }), 'Classes belong to this year');
    if (y.isCurrent && (await tenantModel(AcademicYearModel).countDocuments()) > 1) {
      throw new AppError(409, 'CURRENT_YEAR', 'Make another year current before deleting this one');
    }
  },
};

export async function assertTeacher(id: string | undefined, path: string): Promise<void> {
  if (!id) return;
  const teacher = await tenantModel(StaffModel).findOne({ _id: id, kind: 'teacher' }).select('status').lean();
  if (!teacher)
    throw new AppError(400, 'VALIDATION_ERROR', 'Teacher does not exist in this school', [{ path, message: 'Unknown teacher' }]);
}

/** What the signed-in teacher teaches: their staff record's id and their assignments (none for other users). */
export async function myAssignments(userId: string) {
  const staff = await tenantModel(StaffModel).findOne({ userId, kind: 'teacher' }).select('_id').lean();
  if (!staff) return { teacherId: null, assignments: [] };
  const rows = await tenantModel(AssignmentModel).find({ teacherId: staff._id }).sort({ classId: 1, sectionId: 1 }).limit(500).lean();
  return { teacherId: staff._id.toString(), assignments: rows.map(toAssignmentDto) };
}

/** A section by its id and the class it belongs to, or 404. */
export async function findSection(sectionId: string) {
  const cls = await tenantModel(ClassModel)
    .findOne({ 'sections._id': new Types.ObjectId(sectionId) })
    .lean();
  const section = cls?.sections.find((s: unknown) => String((s as Id)._id) === sectionId) as
    { name: string; capacity?: number | null } | undefined;
  if (!cls || !section) throw new AppError(404, 'NOT_FOUND', 'Section not found');
  return { cls, section };
}

export async function assertSectionOf(classId: string, sectionId: string, path = 'sectionId'): Promise<ClassDoc & Id> {
  const cls = await tenantModel(ClassModel).findById(classId).lean();
  if (!cls)
    throw new AppError(400, 'VALIDATION_ERROR', 'Class does not exist in this school', [{ path: 'classId', message: 'Unknown class' }]);
  if (!(cls.sections ?? []).some((s: unknown) => sid((s as Id)._id) === sectionId)) {
    throw new AppError(400, 'VALIDATION_ERROR', 'Section does not belong to this class', [{ path, message: 'Unknown section' }]);
  }
  return cls;
}

export const classes = {
  async assertRefs(b: { academicYearId?: string; gradeLevelId?: string; sections?: { homeroomTeacherId?: string }[] }) {
    await assertExists(AcademicYearModel, b.academicYearId, 'Academic year', 'academicYearId');
    await assertExists(GradeLevelModel, b.gradeLevelId, 'Grade level', 'gradeLevelId');
    for (const [i, s] of (b.sections ?? []).entries()) await assertTeacher(s.homeroomTeacherId, `sections.${i}.homeroomTeacherId`);
  },
  async beforeDelete(c: ClassDoc & Id) {
    await refuseIfUsed(tenantModel(StudentModel).countDocuments({ classId: c._id }), 'Students are placed in this class');
    await refuseIfUsed(tenantModel(AssignmentModel).countDocuments({ classId: c._id }), 'Teaching assignments use this class');
  },
};

export async function addSection(classId: string, section: { name: string; capacity?: number; homeroomTeacherId?: string }) {
  await assertTeacher(section.homeroomTeacherId, 'homeroomTeacherId');
  const Classes = tenantModel(ClassModel);
  const cls = await Classes.findById(classId);
  if (!cls) throw new AppError(404, 'NOT_FOUND', 'Class not found');
  if (cls.sections.some((s: { name: string }) => s.name.toLowerCase() === section.name.toLowerCase())) {
    throw new AppError(409, 'SECTION_EXISTS', 'This class already has a section with that name');
  }
  cls.sections.push(section);
  await cls.save();
  return toClassDto(cls.toObject());
}

export async function updateSection(
  classId: string,
  sectionId: string,
  patch: { name?: string; capacity?: number; homeroomTeacherId?: string },
) {
  await assertTeacher(patch.homeroomTeacherId, 'homeroomTeacherId');
  const cls = await tenantModel(ClassModel).findById(classId);
  const section = cls?.sections.id(sectionId);
  if (!cls || !section) throw new AppError(404, 'NOT_FOUND', 'Section not found');
  const newName = patch.name?.toLowerCase();
  if (newName && cls.sections.some((s: { id?: string; name: string }) => s.id !== sectionId && s.name.toLowerCase() === newName)) {
    throw new AppError(409, 'SECTION_EXISTS', 'This class already has a section with that name');
  }
  if (patch.capacity !== undefined) {
    const enrolled = await tenantModel(StudentModel).countDocuments({ sectionId: section._id, status: 'enrolled' });
    if (patch.capacity < enrolled) throw new AppError(409, 'OVER_CAPACITY', `${enrolled} students are already in this section`);
  }
  section.set(patch);
  await cls.save();
  return toClassDto(cls.toObject());
}

export async function removeSection(classId: string, sectionId: string) {
  const cls = await tenantModel(ClassModel).findById(classId);
  const section = cls?.sections.id(sectionId);
  if (!cls || !section) throw new AppError(404, 'NOT_FOUND', 'Section not found');
  await refuseIfUsed(tenantModel(StudentModel).countDocuments({ sectionId: section._id }), 'Students are placed in this section');
  await refuseIfUsed(tenantModel(AssignmentModel).countDocuments({ sectionId: section._id }), 'Teaching assignments use this section');
  // A whole-array $set: FerretDB 1.x does not apply the $pull that subdocument deleteOne() produces.
  cls.set(
    'sections',
    cls.sections.filter((s: { id?: string }) => s.id !== sectionId),
  );
  await cls.save();
}
