import mongoose, { Types, type QueryFilter } from 'mongoose';
import { schoolToday } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { currentUser } from '../../auth/authenticate.js';
import { recordAudit } from '../../school/audit.js';
import { upsertByKey } from '../../school/upsert.js';
import { alertAbsences } from '../notifications/notify.js';
import { findSection } from '../academic/academic.service.js';
import { StudentModel, type StudentDoc } from '../people/people.schema.js';
import { studentScope, teacherSections } from '../people/people.service.js';
import { studentsPlacedIn } from '../people/placement.service.js';
import { AttendanceModel, type ATTENDANCE_STATUSES } from './attendance.schema.js';
import { recordDayCounts } from './day-counts.js';
import type { MarkSection, ReportQuery } from './attendance.validation.js';

type Status = (typeof ATTENDANCE_STATUSES)[number];
type Counts = Record<Status, number>;
const emptyCounts = (): Counts => ({ present: 0, absent: 0, late: 0, excused: 0 });

/** Present or late count as attending; excused days are left out of the rate. */
export const RATE_DEFINITION = '(present + late) / (present + late + absent); excused days are not counted';
export const rate = (c: Counts): number | null => {
  const d = c.present + c.late + c.absent;
  return d === 0 ? null : Math.round(((c.present + c.late) / d) * 1000) / 1000;
};

const fullName = (s: { firstName: string; lastName: string }) => `${s.firstName} ${s.lastName}`;

/** Admins mark any section; a teacher only the sections they teach or lead. */
async function assertCanMark(sectionId: string): Promise<void> {
  const user = currentUser();
  if (user.role === 'admin') return;
  const mine = await teacherSections(user.id);
  if (!mine.some((s) => s.toString() === sectionId)) throw new AppError(403, 'NOT_YOUR_SECTION', 'You do not teach this section');
}

/** The section's students on that day, from the placement history (a past day lists who was there then). */
const enrolled = (sectionId: string, date: string) => studentsPlacedIn({ sectionId }, { start: date, end: date });

export async function sectionDay(sectionId: string, date: string, period: number) {
  await findSection(sectionId);
  const user = currentUser();
  if (user.role !== 'admin' && user.role !== 'staff') await assertCanMark(sectionId);
  const [students, marks] = await Promise.all([
    enrolled(sectionId, date),
    tenantModel(AttendanceModel)
      .find({ sectionId: new Types.ObjectId(sectionId), date, period })
      .lean(),
  ]);
  const byStudent = new Map(marks.map((m) => [m.studentId.toString(), { status: m.status as Status, note: m.note ?? null }]));
  return registerOf(sectionId, date, period, students, byStudent);
}

function registerOf(
  sectionId: string,
  date: string,
  period: number,
  students: Awaited<ReturnType<typeof enrolled>>,
  marks: Map<string, { status: Status; note: string | null }>,
) {
  const counts = emptyCounts();
  for (const s of students) {
    const m = marks.get(s._id.toString());
    if (m) counts[m.status] += 1;
  }
  return {
    sectionId,
    date,
    period,
    counts,
    students: students.map((s) => {
      const m = marks.get(s._id.toString());
      return {
        studentId: s._id.toString(),
        name: fullName(s),
        admissionNumber: s.admissionNumber,
        status: m?.status ?? null,
        note: m?.note ?? null,
      };
    }),
  };
}

/**
 * Marks a whole section for one day (and period) in one request. Marking the
 * same day again replaces the marks: the request is idempotent. The answer is
 * built from what was written rather than read back: on FerretDB every read of
 * a busy attendance collection is a full scan (bench/register-save.ts).
 */
export async function markSection(sectionId: string, date: string, body: MarkSection) {
  // The school's day: at 08:00 in Sydney it is already tomorrow's register, though UTC is still on yesterday.
  if (date > schoolToday())
    throw new AppError(400, 'VALIDATION_ERROR', 'Attendance cannot be taken for a future day', [
      { path: 'date', message: 'In the future' },
    ]);
  const [{ cls }, students] = await Promise.all([findSection(sectionId), enrolled(sectionId, date), assertCanMark(sectionId)]);
  const inSection = new Set(students.map((s) => s._id.toString()));
  const strangers = body.marks.flatMap((m, i) =>
    inSection.has(m.studentId) ? [] : [{ path: `marks.${i}.studentId`, message: 'Not enrolled in this section' }],
  );
  if (strangers.length) throw new AppError(400, 'VALIDATION_ERROR', 'Some students are not enrolled in this section', strangers);
  const markedBy = new Types.ObjectId(currentUser().id);
  const section = new Types.ObjectId(sectionId);
  await upsertByKey(
    tenantModel(AttendanceModel),
    { date, period: body.period },
    'studentId',
    body.marks.map((m) => ({
      key: new Types.ObjectId(m.studentId),
      set: { status: m.status, note: m.note ?? null, markedBy, classId: cls._id, sectionId: section },
    })),
  );
  await recordAudit('mark', 'Attendance', `${sectionId}:${date}:${body.period}`, ['status']);
  if (body.period === 0) {
    const absent = new Set(body.marks.filter((m) => m.status === 'absent').map((m) => m.studentId));
    await alertAbsences(
      students.filter((s) => absent.has(s._id.toString())).map((s) => ({ id: s._id, name: fullName(s) })),
      date,
    );
  }
  // A register saved for part of the section (rare) still answers with the others' marks, read for them only.
  const sent = new Map(body.marks.map((m) => [m.studentId, { status: m.status, note: m.note ?? null }]));
  const others = students.filter((s) => !sent.has(s._id.toString())).map((s) => s._id);
  const earlier = others.length
    ? await tenantModel(AttendanceModel)
        .find({ sectionId: section, date, period: body.period, studentId: mongoose.trusted({ $in: others }) })
        .lean()
    : [];
  const marks = new Map<string, { status: Status; note: string | null }>(sent);
  for (const m of earlier) marks.set(m.studentId.toString(), { status: m.status as Status, note: m.note ?? null });
  const day = registerOf(sectionId, date, body.period, students, marks);
  // The home pages count registers from these (day-counts.ts).
  if (body.period === 0) await recordDayCounts({ date, sectionId: section, classId: cls._id }, day.counts);
  return day;
}

/** Attendance counts and rates per student over a date range, counted by the database. */
export async function report(q: ReportQuery) {
  let who: QueryFilter<StudentDoc>;
  let scope: QueryFilter<StudentDoc>;
  if (q.studentId) {
    who = { _id: new Types.ObjectId(q.studentId) };
    scope = await studentScope();
  } else {
    // A section's students over the range come from the placement history (promoted students stay in last year's report).
    const placed = await studentsPlacedIn({ sectionId: q.sectionId as string }, { start: q.from, end: q.to });
    who = { _id: mongoose.trusted({ $in: placed.map((s) => s._id) }) };
    // A teacher reads the sections they teach, whoever is in them now (their scope is by current section).
    const user = currentUser();
    scope =
      user.role === 'teacher'
        ? (await teacherSections(user.id)).some((s) => s.toString() === q.sectionId)
          ? {}
          : { _id: mongoose.trusted({ $in: [] }) }
        : await studentScope();
  }
  const students = await tenantModel(StudentModel)
    .find({ $and: [scope, who] } as QueryFilter<StudentDoc>)
    .select('firstName lastName admissionNumber')
    .sort({ lastName: 1, firstName: 1 })
    .lean();
  if (q.studentId && students.length === 0) throw new AppError(404, 'NOT_FOUND', 'Student not found');

  // Aggregation stages are not cast or sanitized by mongoose: every value here is built from validated, typed input.
  // A section's report counts the marks taken in that section (a student who moved mid-range keeps the others elsewhere).
  const match = {
    studentId: { $in: students.map((s) => s._id) },
    period: q.period,
    date: { $gte: q.from, $lte: q.to },
    ...(q.studentId ? {} : { sectionId: new Types.ObjectId(q.sectionId as string) }),
  };
  const groups = await tenantModel(AttendanceModel).aggregate<{ _id: { s: Types.ObjectId; st: Status }; n: number }>([
    { $match: match },
    { $group: { _id: { s: '$studentId', st: '$status' }, n: { $sum: 1 } } },
  ]);
  const per = new Map<string, Counts>();
  const total = emptyCounts();
  for (const g of groups) {
    const c = per.get(g._id.s.toString()) ?? emptyCounts();
    c[g._id.st] += g.n;
    total[g._id.st] += g.n;
    per.set(g._id.s.toString(), c);
  }
  return {
    from: q.from,
    to: q.to,
    period: q.period,
    rateDefinition: RATE_DEFINITION,
    students: students.map((s) => {
      const counts = per.get(s._id.toString()) ?? emptyCounts();
      return { studentId: s._id.toString(), name: fullName(s), admissionNumber: s.admissionNumber, counts, rate: rate(counts) };
    }),
    total: { counts: total, rate: rate(total) },
  };
}
