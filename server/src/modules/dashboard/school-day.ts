import mongoose from 'mongoose';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { AcademicYearModel, ClassModel } from '../academic/academic.schema.js';
import { AttendanceDayCountModel } from '../attendance/day-counts.js';
import type { Types } from 'mongoose';

/** The year `date` falls in (the current one when none does), and whether it is a past one. */
export async function yearOf(date: string) {
  const Years = tenantModel(AcademicYearModel);
  const current = await Years.findOne({ isCurrent: true }).lean();
  const year =
    current && current.startDate <= date && date <= current.endDate
      ? current
      : ((await Years.findOne({ startDate: mongoose.trusted({ $lte: date }), endDate: mongoose.trusted({ $gte: date }) }).lean()) ??
        current);
  const term = year?.terms.find((t: { startDate: string; endDate: string }) => t.startDate <= date && date <= t.endDate) as
    { _id: Types.ObjectId; name: string; startDate: string; endDate: string } | undefined;
  return { year, current, term, past: Boolean(year && current && !year._id.equals(current._id)) };
}

export interface SectionRef {
  classId: string;
  sectionId: string;
  name: string;
}

/** Sections of the year's classes, named "Class Section", in class order. */
export async function sectionsOfYear(academicYearId: Types.ObjectId, only?: Types.ObjectId[]): Promise<SectionRef[]> {
  const filter = only ? { academicYearId, 'sections._id': mongoose.trusted({ $in: only }) } : { academicYearId };
  const classes = await tenantModel(ClassModel).find(filter).select('name sections._id sections.name').sort({ name: 1 }).lean();
  const wanted = only && new Set(only.map(String));
  return classes.flatMap((c) =>
    (c.sections ?? [])
      .filter((s: { _id: unknown; name: string }) => !wanted || wanted.has(String(s._id)))
      .map((s: { _id: unknown; name: string }) => ({ classId: c._id.toString(), sectionId: String(s._id), name: `${c.name} ${s.name}` })),
  );
}

/** Sections whose daily register of `date` has been taken (from the registers' counts, attendance/day-counts.ts). */
export async function registersTaken(date: string, sectionIds?: Types.ObjectId[]): Promise<Set<string>> {
  const filter = sectionIds ? { date, sectionId: mongoose.trusted({ $in: sectionIds }) } : { date };
  const days = await tenantModel(AttendanceDayCountModel).find(filter).select('sectionId').lean();
  return new Set(days.map((d) => String(d.sectionId)));
}
