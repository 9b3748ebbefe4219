import mongoose from 'mongoose';
import { tenantModel, currentTenant } from '../../tenancy/tenant-context.js';
import { ClassModel, SubjectModel } from '../academic/academic.schema.js';
import { GuardianModel, StaffModel, StudentModel } from '../people/people.schema.js';
import { ATTENDANCE_STATUSES } from '../attendance/attendance.schema.js';
import { AttendanceDayCountModel } from '../attendance/day-counts.js';
import { rate } from '../attendance/attendance.service.js';
import { ExamModel } from '../gradebook/gradebook.schema.js';
import { InvoiceModel } from '../fees/fees.schema.js';
import { addDays, currentWeekStart, schoolToday } from '../../lib/dates.js';
import { sumFields } from '../../school/sums.js';
import { countPlacedInYear } from '../people/placement.service.js';
import { registersTaken, sectionsOfYear, yearOf } from './school-day.js';

/** Weeks in the attendance trend, this one included. */
export const TREND_WEEKS = 8;

type Status = (typeof ATTENDANCE_STATUSES)[number];
type Counts = Record<Status, number>;
const zero = (): Counts => ({ present: 0, absent: 0, late: 0, excused: 0 });
const withRate = (c: Counts) => ({ ...c, rate: rate(c) });

/**
 * Daily registers from `from` to `to`: each section's counts per day (attendance/day-counts.ts), a few hundred
 * small documents for eight weeks of a dozen sections; today, this week and the weekly trend are all read from it.
 */
function attendanceByDay(from: string, to: string) {
  return tenantModel(AttendanceDayCountModel)
    .find({ date: mongoose.trusted({ $gte: from, $lte: to }) })
    .select('date present absent late excused -_id')
    .lean();
}

function attendanceFigures(days: Awaited<ReturnType<typeof attendanceByDay>>, date: string) {
  const today = zero();
  const thisWeek = zero();
  // The school's week: Monday in Paris, Sunday in New York, Saturday in Cairo (schoolWeekStart).
  const weekStart = currentWeekStart(date);
  const weeks = Array.from({ length: TREND_WEEKS }, (_, i) => ({ weekStart: addDays(weekStart, -7 * (TREND_WEEKS - 1 - i)), ...zero() }));
  const add = (into: Counts, day: Counts) => {
    for (const k of ATTENDANCE_STATUSES) into[k] += day[k];
  };
  for (const day of days) {
    if (day.date === date) add(today, day);
    if (day.date >= weekStart) add(thisWeek, day);
    const week = weeks.findLast((w) => w.weekStart <= day.date);
    if (week) add(week, day);
  }
  return {
    today: withRate(today),
    thisWeek: withRate(thisWeek),
    trend: weeks.map((w) => ({ ...w, rate: rate(w) })),
  };
}

async function feesOfTerm(term: { _id: unknown; name: string } | undefined) {
  if (!currentTenant().features.financialManagement || !term) return null;
  const Invoices = tenantModel(InvoiceModel);
  const match = { termId: term._id, status: { $ne: 'void' } };
  // sumFields takes any model; the term id comes from the year document itself.
  const [sums, invoices, overdue] = await Promise.all([
    sumFields(Invoices as never, match, ['total', 'paid', 'balance'] as const),
    Invoices.countDocuments({ termId: term._id as never, status: mongoose.trusted({ $ne: 'void' }) }),
    Invoices.countDocuments({
      termId: term._id as never,
      status: mongoose.trusted({ $in: ['open', 'partially_paid'] }),
      dueDate: mongoose.trusted({ $lt: schoolToday() }),
    }),
  ]);
  return {
    term: term.name,
    termId: String(term._id),
    currency: currentTenant().schoolConfig.currency ?? 'USD',
    due: sums.total,
    collected: sums.paid,
    outstanding: sums.balance,
    invoices,
    overdue,
  };
}

/**
 * The school at a glance for the office (admin, staff). Every figure is counted or summed by the database, in
 * parallel; nothing loops over students. On the demo school (~300 students, a month of registers) it answers in
 * well under 500 ms on the embedded FerretDB (see the report of issue 13).
 */
export async function dashboard(date = schoolToday()) {
  const { year, term, past } = await yearOf(date);
  const [students, teachers, guardians, classes, subjects, attendance, sections, taken, upcoming, fees] = await Promise.all([
    // A past year counts who was placed in it that day (they may have been promoted or graduated since).
    past && year ? countPlacedInYear(year._id, date) : tenantModel(StudentModel).countDocuments({ status: 'enrolled' }),
    tenantModel(StaffModel).countDocuments({ kind: 'teacher', status: 'active' }),
    tenantModel(GuardianModel).countDocuments(),
    year ? tenantModel(ClassModel).countDocuments({ academicYearId: year._id }) : Promise.resolve(0),
    tenantModel(SubjectModel).countDocuments(),
    attendanceByDay(addDays(currentWeekStart(date), -7 * (TREND_WEEKS - 1)), date),
    year ? sectionsOfYear(year._id) : Promise.resolve([]),
    registersTaken(date),
    tenantModel(ExamModel)
      .find({ date: mongoose.trusted({ $gte: date }) })
      .sort({ date: 1 })
      .limit(5)
      .select('name date classId subjectId')
      .lean(),
    feesOfTerm(term),
  ]);
  const names = await namesOf(
    upcoming.map((e) => e.classId),
    upcoming.map((e) => e.subjectId),
  );
  return {
    date,
    academicYear: year?.name ?? null,
    term: term?.name ?? null,
    counts: { students, teachers, guardians, classes, subjects },
    attendance: attendanceFigures(attendance, date),
    registers: {
      sections: sections.length,
      taken: sections.filter((s) => taken.has(s.sectionId)).length,
      missing: sections.filter((s) => !taken.has(s.sectionId)),
    },
    fees,
    upcomingExams: upcoming.map((e) => ({
      id: e._id.toString(),
      name: e.name,
      date: e.date ?? null,
      classId: e.classId.toString(),
      subjectId: e.subjectId.toString(),
      className: names.classes.get(e.classId.toString()) ?? '',
      subjectName: names.subjects.get(e.subjectId.toString()) ?? '',
    })),
  };
}

/** Class and subject names by id (two small lookups), so that exam lines are not "Quiz" five times. */
export async function namesOf(classIds: mongoose.Types.ObjectId[], subjectIds: mongoose.Types.ObjectId[]) {
  const [classes, subjects] = await Promise.all([
    classIds.length
      ? tenantModel(ClassModel)
          .find({ _id: mongoose.trusted({ $in: classIds }) })
          .select('name sections._id sections.name')
          .lean()
      : Promise.resolve([]),
    subjectIds.length
      ? tenantModel(SubjectModel)
          .find({ _id: mongoose.trusted({ $in: subjectIds }) })
          .select('name')
          .lean()
      : Promise.resolve([]),
  ]);
  return {
    classes: new Map(classes.map((c) => [c._id.toString(), c.name])),
    sections: new Map(
      classes.flatMap((c) =>
        (c.sections ?? []).map((s: { _id: unknown; name: string }) => [String(s._id), `${c.name} ${s.name}`] as const),
      ),
    ),
    subjects: new Map(subjects.map((s) => [s._id.toString(), s.name])),
  };
}
