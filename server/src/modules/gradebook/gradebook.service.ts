import mongoose, { Types, type QueryFilter } from 'mongoose';
import { AppError } from '../../lib/errors.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { currentUser } from '../../auth/authenticate.js';
import { recordAudit } from '../../school/audit.js';
import { upsertByKey } from '../../school/upsert.js';
import { guardianUsers, notifyMany } from '../notifications/notify.js';
import { signalBatch } from '../messages/outbox.js';
import { AcademicYearModel, AssignmentModel, ClassModel, SubjectModel } from '../academic/academic.schema.js';
import { findSection } from '../academic/academic.service.js';
import { StaffModel } from '../people/people.schema.js';
import { studentsPlacedIn } from '../people/placement.service.js';
import { ExamModel, GradingScaleModel, MarkModel, type ExamDoc } from './gradebook.schema.js';
import { DEFAULT_SCALE, gradeFor, rank, round2, weightedPercentage, type Band } from './grading.js';
import type { EnterMarks } from './gradebook.validation.js';

type Id = { _id: Types.ObjectId };
const oid = (s: string) => new Types.ObjectId(s);

export const toExamDto = (e: ExamDoc & Id) => ({
  id: e._id.toString(),
  name: e.name,
  academicYearId: e.academicYearId.toString(),
  termId: e.termId.toString(),
  classId: e.classId.toString(),
  subjectId: e.subjectId.toString(),
  maxMarks: e.maxMarks,
  decimals: e.decimals ?? 1,
  weight: e.weight,
  date: e.date ?? null,
  status: e.status,
});

/** Exams the caller may see: parents and students only published ones (drafts may change). */
export function examScope(): QueryFilter<ExamDoc> {
  const role = currentUser().role;
  return role === 'parent' || role === 'student' ? { status: 'published' } : {};
}

/** One exam within the caller's scope, or 404. */
export async function findExamInScope(id: string) {
  const exam = await tenantModel(ExamModel)
    .findOne({ $and: [examScope(), { _id: oid(id) }] } as QueryFilter<ExamDoc>)
    .lean();
  if (!exam) throw new AppError(404, 'NOT_FOUND', 'Exam not found');
  return exam;
}

export const spanOf = (t: { startDate: string; endDate: string }) => ({ start: t.startDate, end: t.endDate });

/** The term with its year, or 400 when the id names no term of this school. */
export async function findTerm(termId: string) {
  const year = await tenantModel(AcademicYearModel)
    .findOne({ 'terms._id': oid(termId) })
    .lean();
  const term = year?.terms.find((t: unknown) => String((t as Id)._id) === termId) as
    { name: string; startDate: string; endDate: string } | undefined;
  if (!year || !term)
    throw new AppError(400, 'VALIDATION_ERROR', 'Term does not exist in this school', [{ path: 'termId', message: 'Unknown term' }]);
  return { year, term: { id: termId, name: term.name, startDate: term.startDate, endDate: term.endDate } };
}

export async function defaultScale(): Promise<{ name: string; bands: Band[] }> {
  const Scales = tenantModel(GradingScaleModel);
  const scale = (await Scales.findOne({ isDefault: true }).lean()) ?? (await Scales.findOne().sort({ createdAt: 1 }).lean());
  return scale ? { name: scale.name, bands: scale.bands } : DEFAULT_SCALE;
}

/** The caller's teacher record (a teacher account linked to a staff record), or null. */
async function callerTeacher() {
  const user = currentUser();
  if (user.role !== 'teacher') return null;
  return tenantModel(StaffModel)
    .findOne({ userId: oid(user.id), kind: 'teacher' })
    .select('_id')
    .lean();
}

/**
 * A teacher sets tests only for a subject they teach in that class (their assignments, as on the timetable);
 * admins for any. 403 NOT_YOUR_SUBJECT otherwise.
 */
async function assertTeachesSubject(classId: string | Types.ObjectId, subjectId: string | Types.ObjectId): Promise<void> {
  if (currentUser().role === 'admin') return;
  const staff = await callerTeacher();
  const teaches =
    staff &&
    (await tenantModel(AssignmentModel).exists({ teacherId: staff._id, classId: oid(String(classId)), subjectId: oid(String(subjectId)) }));
  if (!teaches) throw new AppError(403, 'NOT_YOUR_SUBJECT', 'You do not teach this subject in this class');
}

/** A teacher may correct (or delete) a draft test of their own subject; publishing stays with the admin. */
export async function prepareExamChange<B extends { status?: string }>(body: B, current: ExamDoc & Id) {
  if (currentUser().role === 'admin') return body as Partial<ExamDoc>;
  await assertTeachesSubject(current.classId, current.subjectId);
  if (current.status === 'published' || body.status === 'published')
    throw new AppError(403, 'ADMIN_PUBLISHES', 'Only an admin publishes an exam or changes a published one');
  return body as Partial<ExamDoc>;
}

export async function assertMayDeleteExam(current: ExamDoc & Id): Promise<void> {
  await prepareExamChange({}, current);
}

/** Exams belong to a term of the class's own year; a teacher's to a subject they teach there. */
export async function prepareExam<B extends { termId: string; classId: string; subjectId: string }>(body: B) {
  const { year } = await findTerm(body.termId);
  const cls = await tenantModel(ClassModel).findById(body.classId).select('academicYearId').lean();
  if (!cls)
    throw new AppError(400, 'VALIDATION_ERROR', 'Class does not exist in this school', [{ path: 'classId', message: 'Unknown class' }]);
  if (!cls.academicYearId.equals(year._id)) {
    throw new AppError(400, 'VALIDATION_ERROR', "The term is not in the class's academic year", [
      { path: 'termId', message: 'Term of another year' },
    ]);
  }
  if (!(await tenantModel(SubjectModel).exists({ _id: oid(body.subjectId) }))) {
    throw new AppError(400, 'VALIDATION_ERROR', 'Subject does not exist in this school', [
      { path: 'subjectId', message: 'Unknown subject' },
    ]);
  }
  await assertTeachesSubject(body.classId, body.subjectId);
  return { ...body, academicYearId: year._id } as unknown as Partial<ExamDoc>;
}

/** Admins enter any marks; a teacher only for the subject they teach in that section, and not once published. */
async function assertCanEnter(exam: ExamDoc & Id, sectionId: string): Promise<void> {
  const user = currentUser();
  if (user.role === 'admin') return;
  const staff = await tenantModel(StaffModel)
    .findOne({ userId: oid(user.id), kind: 'teacher' })
    .select('_id')
    .lean();
  const teaches =
    staff && (await tenantModel(AssignmentModel).exists({ teacherId: staff._id, sectionId: oid(sectionId), subjectId: exam.subjectId }));
  if (!teaches) throw new AppError(403, 'NOT_YOUR_SUBJECT', 'You do not teach this subject in this section');
  if (exam.status === 'published') throw new AppError(409, 'EXAM_PUBLISHED', 'Marks of a published exam can only be changed by an admin');
}

export async function sectionMarks(examId: string, sectionId: string) {
  const exam = await tenantModel(ExamModel).findById(examId).lean();
  if (!exam) throw new AppError(404, 'NOT_FOUND', 'Exam not found');
  const user = currentUser();
  if (user.role !== 'admin' && user.role !== 'staff') await assertCanEnter({ ...exam, status: 'draft' }, sectionId);
  const { term } = await findTerm(exam.termId.toString());
  const [students, marks] = await Promise.all([
    studentsPlacedIn({ sectionId }, spanOf(term)),
    tenantModel(MarkModel)
      .find({ examId: exam._id, sectionId: oid(sectionId) })
      .lean(),
  ]);
  const byStudent = new Map(marks.map((m) => [m.studentId.toString(), m]));
  return {
    examId,
    sectionId,
    maxMarks: exam.maxMarks,
    decimals: exam.decimals ?? 1,
    students: students.map((s) => {
      const m = byStudent.get(s._id.toString());
      return {
        studentId: s._id.toString(),
        name: `${s.firstName} ${s.lastName}`,
        score: m?.score ?? null,
        absent: Boolean(m?.absent),
        remark: m?.remark ?? null,
      };
    }),
  };
}

/** What is wrong with a score for an exam out of `max` (null: fine; a null score is an absence). */
export function scoreProblem(score: number | null, max: number, decimals: number): string | null {
  if (score === null) return null;
  if (score > max) return `at most ${max}`;
  const scaled = score * 10 ** decimals;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-9)
    return decimals === 0 ? 'whole marks only' : `at most ${decimals} decimal${decimals > 1 ? 's' : ''}`;
  return null;
}

/** Enters (or corrects) the marks of a section in one idempotent request. A null score records an absence. */
export async function enterMarks(examId: string, body: EnterMarks) {
  const exam = await tenantModel(ExamModel).findById(examId).lean();
  if (!exam) throw new AppError(404, 'NOT_FOUND', 'Exam not found');
  const { cls } = await findSection(body.sectionId);
  if (!cls._id.equals(exam.classId)) {
    throw new AppError(400, 'VALIDATION_ERROR', "The section is not in the exam's class", [
      { path: 'sectionId', message: 'Section of another class' },
    ]);
  }
  await assertCanEnter(exam, body.sectionId);
  // The section's students in the exam's term (last year's marks stay correctable after promotion).
  const { term } = await findTerm(exam.termId.toString());
  const placed = await studentsPlacedIn({ sectionId: body.sectionId }, spanOf(term));
  const nameOf = new Map(placed.map((s) => [s._id.toString(), `${s.firstName} ${s.lastName}`]));
  // Each problem names the student, so the grid can show it on their row and a list of errors still reads.
  const problems = body.marks.flatMap((m, i) => {
    const name = nameOf.get(m.studentId);
    if (!name) return [{ path: `marks.${i}.studentId`, message: 'Not enrolled in this section' }];
    const bad = scoreProblem(m.score, exam.maxMarks, exam.decimals ?? 1);
    return bad ? [{ path: `marks.${i}.score`, message: `${name}: ${bad}` }] : [];
  });
  if (problems.length) throw new AppError(400, 'VALIDATION_ERROR', 'Some marks are not valid', problems);

  const enteredBy = oid(currentUser().id);
  await upsertByKey(
    tenantModel(MarkModel),
    { examId: exam._id },
    'studentId',
    body.marks.map((m) => ({
      key: oid(m.studentId),
      set: { sectionId: oid(body.sectionId), score: m.score, absent: m.score === null, remark: m.remark ?? null, enteredBy },
    })),
  );
  await recordAudit('enter-marks', 'Exam', examId, ['marks']);
  return sectionMarks(examId, body.sectionId);
}

/**
 * Term results of a section: per student and subject the weighted percentage
 * and grade, the average of subject percentages (raw marks out of different
 * maxima are never added), the
 * overall grade and the rank in the section. Parents and students see only
 * published exams.
 */
export async function termResults(sectionId: string, termId: string, opts: { publishedOnly: boolean }) {
  const { cls } = await findSection(sectionId);
  const { term } = await findTerm(termId);
  const examFilter: QueryFilter<ExamDoc> = {
    termId: oid(termId),
    classId: cls._id,
    ...(opts.publishedOnly ? { status: 'published' as const } : {}),
  };
  const [exams, students, scale] = await Promise.all([
    tenantModel(ExamModel).find(examFilter).sort({ date: 1, name: 1 }).lean(),
    studentsPlacedIn({ sectionId }, spanOf(term)),
    defaultScale(),
  ]);
  const [marks, subjects] = await Promise.all([
    tenantModel(MarkModel)
      .find({
        examId: mongoose.trusted({ $in: exams.map((e) => e._id) }),
        studentId: mongoose.trusted({ $in: students.map((s) => s._id) }),
      })
      .lean(),
    tenantModel(SubjectModel)
      .find({ _id: mongoose.trusted({ $in: [...new Set(exams.map((e) => e.subjectId.toString()))].map(oid) }) })
      .sort({ code: 1 })
      .lean(),
  ]);
  const mark = new Map(marks.map((m) => [`${m.examId.toString()}:${m.studentId.toString()}`, m]));

  const rows = students.map((s) => {
    const subjectRows = subjects.map((sub) => {
      const subjectExams = exams.filter((e) => e.subjectId.equals(sub._id));
      const scored = subjectExams.map((e) => {
        const m = mark.get(`${e._id.toString()}:${s._id.toString()}`);
        const score = m && !m.absent ? (m.score ?? null) : null;
        return { examId: e._id.toString(), name: e.name, score, maxMarks: e.maxMarks, weight: e.weight, absent: Boolean(m?.absent) };
      });
      const percentage = weightedPercentage(scored);
      return {
        subjectId: sub._id.toString(),
        code: sub.code,
        name: sub.name,
        percentage,
        grade: gradeFor(percentage, scale.bands),
        exams: scored,
      };
    });
    const pcts = subjectRows.map((r) => r.percentage).filter((p): p is number => p !== null);
    const average = pcts.length ? round2(pcts.reduce((a, b) => a + b, 0) / pcts.length) : null;
    return {
      studentId: s._id.toString(),
      name: `${s.firstName} ${s.lastName}`,
      admissionNumber: s.admissionNumber,
      subjects: subjectRows,
      average,
      grade: gradeFor(average, scale.bands),
    };
  });
  return { sectionId, termId, scale: scale.name, students: rank(rows) };
}

/** Tells students and their guardians (once per exam) that results were published. */
export async function alertResults(exam: ExamDoc & Id): Promise<number> {
  const { term } = await findTerm(exam.termId.toString());
  const students = await studentsPlacedIn({ classId: exam.classId.toString() }, spanOf(term));
  let sent = 0;
  const signal = signalBatch();
  try {
    for (const s of students) {
      const users = [...(s.userId ? [s.userId] : []), ...(await guardianUsers(s._id))];
      const told = await notifyMany(
        users,
        `results:${exam._id.toString()}:${s._id.toString()}`,
        {
          kind: 'results_published',
          text: { key: 'results_published', values: { exam: exam.name, student: s.firstName } },
          data: { examId: exam._id.toString(), studentId: s._id.toString(), termId: exam.termId.toString() },
        },
        { signal },
      );
      sent += told.length;
    }
  } finally {
    await signal.flush();
  }
  return sent;
}
