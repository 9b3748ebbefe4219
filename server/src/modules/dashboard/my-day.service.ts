import mongoose, { Types, type QueryFilter } from 'mongoose';
import { DateTime } from 'luxon';
import { currentUser } from '../../auth/authenticate.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { AcademicYearModel, SubjectModel } from '../academic/academic.schema.js';
import { StaffModel, StudentModel, type StudentDoc } from '../people/people.schema.js';
import { studentScope, teacherSections } from '../people/people.service.js';
import { AttendanceModel } from '../attendance/attendance.schema.js';
import { PeriodModel, DAYS } from '../timetable/timetable.schema.js';
import { ExamModel } from '../gradebook/gradebook.schema.js';
import { InvoiceModel } from '../fees/fees.schema.js';
import { addDays, schoolToday } from '../../lib/dates.js';
import { registersTaken, sectionsOfYear, yearOf } from './school-day.js';
import { namesOf } from './dashboard.service.js';

/** Days of absences shown to a family, today included. */
export const ABSENCE_DAYS = 30;

const dayOfWeek = (date: string) => DAYS[DateTime.fromISO(date, { zone: 'UTC' }).weekday - 1]!;

/** A teacher's day: their lessons of `date` from the timetable, and the registers of their sections not yet taken. */
export async function teacherDay(date = schoolToday()) {
  const user = currentUser();
  const staff = await tenantModel(StaffModel).findOne({ userId: user.id, kind: 'teacher' }).select('_id').lean();
  const { year } = await yearOf(date);
  if (!staff || !year) return { date, lessons: [], registers: { sections: 0, taken: 0, missing: [] } };
  const [periods, mine] = await Promise.all([
    tenantModel(PeriodModel)
      .find({ teacherId: staff._id, day: dayOfWeek(date) })
      .sort({ start: 1 })
      .lean(),
    teacherSections(user.id),
  ]);
  const [sections, taken, subjects] = await Promise.all([
    // Only this year's sections: assignments of past years stay on record.
    sectionsOfYear(year._id, [...mine, ...periods.map((p) => p.sectionId)]),
    registersTaken(date, mine),
    tenantModel(SubjectModel)
      .find({ _id: mongoose.trusted({ $in: periods.map((p) => p.subjectId) }) })
      .select('name')
      .lean(),
  ]);
  const sectionName = new Map(sections.map((s) => [s.sectionId, s.name]));
  const subjectName = new Map(subjects.map((s) => [s._id.toString(), s.name]));
  const own = new Set(mine.map(String));
  const registers = sections.filter((s) => own.has(s.sectionId));
  return {
    date,
    lessons: periods
      .filter((p) => sectionName.has(p.sectionId.toString()))
      .map((p) => ({
        id: p._id.toString(),
        start: p.start,
        end: p.end,
        classId: p.classId.toString(),
        sectionId: p.sectionId.toString(),
        section: sectionName.get(p.sectionId.toString())!,
        subject: subjectName.get(p.subjectId.toString()) ?? '',
        room: p.room ?? null,
      })),
    registers: {
      sections: registers.length,
      taken: registers.filter((s) => taken.has(s.sectionId)).length,
      missing: registers.filter((s) => !taken.has(s.sectionId)),
    },
  };
}

/**
 * A family's view (parent: each child; student: themselves): absences and late arrivals of the last 30 days with
 * their dates, the next exams of the child's class, and (parents, when the school bills) the balance per term.
 * The children come from the caller's own scope, so nobody sees another family's child.
 */
export async function familyDay(date = schoolToday()) {
  const user = currentUser();
  const children = await tenantModel(StudentModel)
    .find({ $and: [await studentScope(), { status: 'enrolled' }] } as QueryFilter<StudentDoc>)
    .select('firstName lastName classId sectionId')
    .sort({ lastName: 1, firstName: 1 })
    .lean();
  const ids = children.map((c) => c._id);
  const classIds = [...new Set(children.flatMap((c) => (c.classId ? [c.classId.toString()] : [])))].map((id) => new Types.ObjectId(id));
  const billing = user.role === 'parent' && currentTenant().features.financialManagement;
  const [marks, exams, balances] = await Promise.all([
    tenantModel(AttendanceModel)
      .find({
        studentId: mongoose.trusted({ $in: ids }),
        period: 0,
        date: mongoose.trusted({ $gte: addDays(date, -(ABSENCE_DAYS - 1)), $lte: date }),
        status: mongoose.trusted({ $ne: 'present' }),
      })
      .select('studentId date status note')
      .sort({ date: -1 })
      .lean(),
    tenantModel(ExamModel)
      .find({ classId: mongoose.trusted({ $in: classIds }), date: mongoose.trusted({ $gte: date }) })
      .sort({ date: 1 })
      .limit(50)
      .select('name date classId subjectId')
      .lean(),
    billing ? balancesByTerm(ids) : Promise.resolve([]),
  ]);
  const [names, terms] = await Promise.all([
    namesOf(
      [...classIds, ...exams.map((e) => e.classId)],
      exams.map((e) => e.subjectId),
    ),
    termNames(balances.map((b) => b._id.termId)),
  ]);
  return {
    date,
    currency: currentTenant().schoolConfig.currency ?? 'USD',
    children: children.map((c) => {
      const id = c._id.toString();
      return {
        id,
        name: `${c.firstName} ${c.lastName}`,
        section: c.sectionId ? (names.sections.get(c.sectionId.toString()) ?? null) : null,
        absences: marks
          .filter((m) => m.studentId.equals(c._id))
          .map((m) => ({ date: m.date, status: m.status as 'absent' | 'late' | 'excused', note: m.note ?? null })),
        nextExams: exams
          .filter((e) => c.classId && e.classId.equals(c.classId))
          .slice(0, 5)
          .map((e) => ({
            id: e._id.toString(),
            name: e.name,
            date: e.date ?? null,
            subject: names.subjects.get(e.subjectId.toString()) ?? '',
          })),
        balances: billing
          ? balances
              .filter((b) => b._id.studentId.equals(c._id))
              .map((b) => ({
                termId: b._id.termId ? String(b._id.termId) : null,
                term: terms.get(String(b._id.termId)) ?? 'No term',
                balance: b.balance,
              }))
          : null,
      };
    }),
  };
}

/** What is still owed per child and term, summed by the database (void invoices left out). */
function balancesByTerm(studentIds: Types.ObjectId[]) {
  return tenantModel(InvoiceModel).aggregate<{ _id: { studentId: Types.ObjectId; termId: Types.ObjectId | null }; balance: number }>([
    { $match: { studentId: { $in: studentIds }, status: { $ne: 'void' } } },
    { $group: { _id: { studentId: '$studentId', termId: '$termId' }, balance: { $sum: '$balance' } } },
  ]);
}

/** "2026/2027 Term 1" for each term id, from the years that hold them. */
async function termNames(termIds: (Types.ObjectId | null)[]) {
  const wanted = termIds.filter((t): t is Types.ObjectId => t !== null);
  if (wanted.length === 0) return new Map<string, string>();
  const years = await tenantModel(AcademicYearModel)
    .find({ 'terms._id': mongoose.trusted({ $in: wanted }) })
    .select('name terms._id terms.name')
    .lean();
  return new Map(years.flatMap((y) => y.terms.map((t: { _id: unknown; name: string }) => [String(t._id), `${y.name} ${t.name}`] as const)));
}
