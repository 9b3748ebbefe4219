import mongoose, { Types } from 'mongoose';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { ClassModel } from '../academic/academic.schema.js';
import { StudentModel, type StudentDoc } from './people.schema.js';

/**
 * Who was where, and when. A student's class and section are only where they
 * are now; every read of a term (or a date range) goes through the placement
 * history instead, so that last year's report cards, gradebooks, attendance
 * and fee reports still show the students who have since been promoted.
 *
 * The rule, in one place: among a student's placements in classes of the
 * span's academic year, those that ended on or before the span's first day are
 * left out (`to` is the day they left, the first day of the next placement);
 * of the rest, the one in effect at the span's last day counts, i.e. the last
 * one that started by then; a placement recorded only after the span (a late
 * admission, or a record dated the day it was entered) counts when there is
 * no earlier one. So a mid-year move lists the student, for that term, in the
 * section they were in at the term's end; attendance records keep the section
 * they were taken in.
 */
export interface Span {
  start: string;
  end: string;
}

type Id = { _id: Types.ObjectId };
export type PlacementRow = { classId: Types.ObjectId; sectionId: Types.ObjectId; from: string; to?: string | null };
export type PlacedStudent = StudentDoc & Id;

export function placementDuring(placements: readonly PlacementRow[], inYear: (classId: Types.ObjectId) => boolean, span: Span) {
  const mine = placements.filter((p) => inYear(p.classId) && !(p.to && p.to <= span.start));
  const started = mine.filter((p) => p.from <= span.end);
  return started.at(-1) ?? mine[0] ?? null;
}

/** A test for "is this class in academic year Y" (one query for the year's classes). */
async function yearClasses(academicYearId: Types.ObjectId) {
  const ids = new Set((await tenantModel(ClassModel).find({ academicYearId }).select('_id').lean()).map((c) => c._id.toString()));
  return (classId: Types.ObjectId) => ids.has(classId.toString());
}

/** Which class and section the student was in during the span of academic year `academicYearId` (null: not placed). */
export async function placementOf(student: { placements?: readonly PlacementRow[] | null }, academicYearId: Types.ObjectId, span: Span) {
  return placementDuring(student.placements ?? [], await yearClasses(academicYearId), span);
}

/**
 * The students placed in a section (or a class) during the span, sorted by
 * name, whatever their status now (promoted, graduated, withdrawn later).
 */
export async function studentsPlacedIn(where: { sectionId: string } | { classId: string }, span: Span): Promise<PlacedStudent[]> {
  const byClass = 'classId' in where;
  const id = new Types.ObjectId(byClass ? where.classId : where.sectionId);
  const cls = await tenantModel(ClassModel)
    .findOne(byClass ? { _id: id } : { 'sections._id': id })
    .select('academicYearId')
    .lean();
  if (!cls) return [];
  const inYear = await yearClasses(cls.academicYearId);
  const candidates = await tenantModel(StudentModel)
    .find(byClass ? { 'placements.classId': id } : { 'placements.sectionId': id })
    .sort({ lastName: 1, firstName: 1 })
    .lean();
  return candidates.filter((s) => {
    const p = placementDuring(s.placements ?? [], inYear, span);
    return p !== null && (byClass ? p.classId : p.sectionId).equals(id);
  });
}

/** How many students were placed in any class of the year on that day. */
export async function countPlacedInYear(academicYearId: Types.ObjectId, day: string): Promise<number> {
  const inYear = await yearClasses(academicYearId);
  const classIds = (await tenantModel(ClassModel).find({ academicYearId }).select('_id').lean()).map((c) => c._id);
  const candidates = await tenantModel(StudentModel)
    .find({ 'placements.classId': mongoose.trusted({ $in: classIds }) })
    .select('placements')
    .lean();
  return candidates.filter((s) => placementDuring(s.placements ?? [], inYear, { start: day, end: day })).length;
}
