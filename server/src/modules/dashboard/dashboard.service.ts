import mongoose from 'mongoose';
import { tenantModel, currentTenant } from '../../tenancy/tenant-context.js';
import { AcademicYearModel, ClassModel, SubjectModel } from '../academic/academic.schema.js';
import { GuardianModel, StaffModel, StudentModel } from '../people/people.schema.js';
import { AttendanceModel } from '../attendance/attendance.schema.js';
import { rate } from '../attendance/attendance.service.js';
import { ExamModel } from '../gradebook/gradebook.schema.js';
import { InvoiceModel } from '../fees/fees.schema.js';
import { addDays, today } from '../../lib/dates.js';
import { sumFields } from '../../school/sums.js';
import { countPlacedInYear } from '../people/placement.service.js';

/** Monday of the week of `day` (ISO weeks). */
function weekStart(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return addDays(day, -((d.getUTCDay() + 6) % 7));
}

async function attendanceCounts(from: string, to: string) {
  // Counted by the database: one small group per status.
  const groups = await tenantModel(AttendanceModel).aggregate<{ _id: 'present' | 'absent' | 'late' | 'excused'; n: number }>([
    { $match: { period: 0, date: { $gte: from, $lte: to } } },
    { $group: { _id: '$status', n: { $sum: 1 } } },
  ]);
  const counts = { present: 0, absent: 0, late: 0, excused: 0 };
  for (const g of groups) counts[g._id] = g.n;
  return { ...counts, rate: rate(counts) };
}

/** The school at a glance. Every figure is counted or summed by the database. */
export async function dashboard(date = today()) {
  const Years = tenantModel(AcademicYearModel);
  const current = await Years.findOne({ isCurrent: true }).lean();
  // A date outside the current year shows the year (and term) it belongs to, as it was then.
  const year =
    current && current.startDate <= date && date <= current.endDate
      ? current
      : ((await Years.findOne({ startDate: mongoose.trusted({ $lte: date }), endDate: mongoose.trusted({ $gte: date }) }).lean()) ??
        current);
  const past = Boolean(year && current && !year._id.equals(current._id));
  const term = year?.terms.find((t: { startDate: string; endDate: string }) => t.startDate <= date && date <= t.endDate) as
    { _id: unknown; name: string; startDate: string; endDate: string } | undefined;
  const [students, teachers, guardians, classes, subjects, attendanceToday, attendanceWeek, upcoming] = await Promise.all([
    // A past year counts who was placed in it that day (they may have been promoted or graduated since).
    past && year ? countPlacedInYear(year._id, date) : tenantModel(StudentModel).countDocuments({ status: 'enrolled' }),
    tenantModel(StaffModel).countDocuments({ kind: 'teacher', status: 'active' }),
    tenantModel(GuardianModel).countDocuments(),
    year ? tenantModel(ClassModel).countDocuments({ academicYearId: year._id }) : Promise.resolve(0),
    tenantModel(SubjectModel).countDocuments(),
    attendanceCounts(date, date),
    attendanceCounts(weekStart(date), date),
    tenantModel(ExamModel)
      .find({ date: mongoose.trusted({ $gte: date }) })
      .sort({ date: 1 })
      .limit(5)
      .select('name date classId subjectId')
      .lean(),
  ]);
  let fees = null;
  if (currentTenant().features.financialManagement && term) {
    const match = { termId: term._id, status: { $ne: 'void' } };
    const Invoices = tenantModel(InvoiceModel);
    // sumFields takes any model; the term id comes from the year document itself.
    const [sums, invoices] = await Promise.all([
      sumFields(Invoices as never, match, ['total', 'paid', 'balance'] as const),
      Invoices.countDocuments({ termId: term._id as never, status: mongoose.trusted({ $ne: 'void' }) }),
    ]);
    fees = {
      term: term.name,
      currency: currentTenant().schoolConfig.currency ?? 'USD',
      due: sums.total,
      collected: sums.paid,
      outstanding: sums.balance,
      invoices,
    };
  }
  return {
    date,
    academicYear: year?.name ?? null,
    term: term?.name ?? null,
    counts: { students, teachers, guardians, classes, subjects },
    attendance: { today: attendanceToday, thisWeek: attendanceWeek },
    fees,
    upcomingExams: upcoming.map((e) => ({
      id: e._id.toString(),
      name: e.name,
      date: e.date ?? null,
      classId: e.classId.toString(),
      subjectId: e.subjectId.toString(),
    })),
  };
}
