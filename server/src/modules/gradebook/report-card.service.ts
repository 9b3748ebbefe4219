import mongoose, { Types } from 'mongoose';
import type { Readable } from 'node:stream';
import { AppError, isDuplicateKey } from '../../lib/errors.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { currentUser } from '../../auth/authenticate.js';
import { recordAudit } from '../../school/audit.js';
import type { StorageDriver } from '../../storage/driver.js';
import { ClassModel } from '../academic/academic.schema.js';
import { findSection } from '../academic/academic.service.js';
import { StaffModel } from '../people/people.schema.js';
import { findStudentInScope } from '../people/people.service.js';
import { placementOf } from '../people/placement.service.js';
import { findFile, openFile } from '../files/files.service.js';
import { AttendanceModel } from '../attendance/attendance.schema.js';
import { rate } from '../attendance/attendance.service.js';
import { ReportRemarkModel } from './gradebook.schema.js';
import { findTerm, spanOf, termResults } from './gradebook.service.js';
import type { RemarksBody } from './gradebook.validation.js';

const oid = (s: string) => new Types.ObjectId(s);
type Counts = { present: number; absent: number; late: number; excused: number };
type Results = Awaited<ReturnType<typeof termResults>>;
export type ReportCard = Awaited<ReturnType<typeof reportCard>>;

/** Attendance counts of the term for each of `students` (daily register), in one aggregation. */
async function termAttendance(students: Types.ObjectId[], term: { startDate: string; endDate: string }) {
  // Aggregation stages are not cast by mongoose: every value here is an ObjectId or a validated date.
  const groups = await tenantModel(AttendanceModel).aggregate<{ _id: { s: Types.ObjectId; st: keyof Counts }; n: number }>([
    { $match: { studentId: { $in: students }, period: 0, date: { $gte: term.startDate, $lte: term.endDate } } },
    { $group: { _id: { s: '$studentId', st: '$status' }, n: { $sum: 1 } } },
  ]);
  const per = new Map<string, Counts>();
  for (const g of groups) {
    const c = per.get(g._id.s.toString()) ?? { present: 0, absent: 0, late: 0, excused: 0 };
    c[g._id.st] += g.n;
    per.set(g._id.s.toString(), c);
  }
  return (id: string) => {
    const c = per.get(id) ?? { present: 0, absent: 0, late: 0, excused: 0 };
    return { ...c, rate: rate(c) };
  };
}

async function remarksOf(students: Types.ObjectId[], termId: string) {
  const rows = await tenantModel(ReportRemarkModel)
    .find({ termId: oid(termId), studentId: mongoose.trusted({ $in: students }) })
    .lean();
  const by = new Map(rows.map((r) => [r.studentId.toString(), r]));
  return (id: string) => ({ classTeacher: by.get(id)?.classTeacher ?? null, head: by.get(id)?.head ?? null });
}

function schoolHeader() {
  const tenant = currentTenant();
  return { name: tenant.schoolConfig.name || tenant.name, motto: tenant.schoolConfig.motto ?? null };
}

/** The cards of `only` (or of everyone) in a section's term results: one results computation for all of them. */
async function cardsOf(results: Results, sectionId: string, termId: string, only?: string) {
  const { year, term } = await findTerm(termId);
  const { cls, section } = await findSection(sectionId);
  const rows = only ? results.students.filter((r) => r.studentId === only) : results.students;
  const ids = rows.map((r) => oid(r.studentId));
  const [attendance, remarks] = await Promise.all([termAttendance(ids, term), remarksOf(ids, termId)]);
  const school = schoolHeader();
  return rows.map((result) => ({
    school,
    term: { id: term.id, name: term.name, year: year.name },
    className: cls.name,
    sectionName: section.name,
    classSize: results.students.length,
    result,
    remarks: remarks(result.studentId),
    attendance: attendance(result.studentId),
  }));
}

/** One student's report card for a term, within the caller's scope (404 otherwise). */
export async function reportCard(studentId: string, termId: string) {
  const student = (await findStudentInScope(studentId)).toObject();
  const role = currentUser().role;
  const { year, term } = await findTerm(termId);
  // The section the student was in during that term, not the one they are in now.
  const placement = await placementOf(student, year._id, spanOf(term));
  if (!placement) throw new AppError(409, 'NOT_PLACED', 'The student was not placed in a section during this term');
  const sectionId = placement.sectionId.toString();
  const results = await termResults(sectionId, termId, { publishedOnly: role === 'parent' || role === 'student' });
  const [card] = await cardsOf(results, sectionId, termId, studentId);
  if (!card) throw new AppError(409, 'NOT_ENROLLED', 'The student is not enrolled in a section');
  return card;
}

/** Whether the caller is the class teacher (homeroom teacher) of the section. */
async function leadsSection(sectionId: Types.ObjectId): Promise<boolean> {
  const user = currentUser();
  if (user.role !== 'teacher') return false;
  const staff = await tenantModel(StaffModel)
    .findOne({ userId: oid(user.id), kind: 'teacher' })
    .select('_id')
    .lean();
  if (!staff) return false;
  const cls = await tenantModel(ClassModel).findOne({ 'sections._id': sectionId }).select('sections').lean();
  const section = cls?.sections.find(
    (s: { homeroomTeacherId?: Types.ObjectId | null }) => String((s as unknown as { _id: Types.ObjectId })._id) === sectionId.toString(),
  );
  return Boolean(section?.homeroomTeacherId?.equals(staff._id));
}

/** The section, when the caller is an admin or its class teacher (403 NOT_CLASS_TEACHER for other teachers). */
export async function assertLeadsSection(sectionId: string) {
  const found = await findSection(sectionId);
  if (currentUser().role !== 'admin' && !(await leadsSection(oid(sectionId))))
    throw new AppError(403, 'NOT_CLASS_TEACHER', "Only an admin or the section's class teacher prints all its report cards");
  return found;
}

/** Every report card of a section for a term (the route's scope has checked the caller leads it). */
export async function sectionReportCards(sectionId: string, termId: string) {
  const results = await termResults(sectionId, termId, { publishedOnly: false });
  return cardsOf(results, sectionId, termId);
}

/** Who may write which remark on this student's card: the class teacher of their section in that term, the head (admin). */
async function remarkRights(studentId: string, termId: string) {
  const student = (await findStudentInScope(studentId)).toObject();
  const { year, term } = await findTerm(termId);
  const placement = await placementOf(student, year._id, spanOf(term));
  const admin = currentUser().role === 'admin';
  const leads = placement ? await leadsSection(placement.sectionId) : false;
  return { student, canWrite: { classTeacher: admin || leads, head: admin } };
}

export async function remarks(studentId: string, termId: string) {
  const { student, canWrite } = await remarkRights(studentId, termId);
  const r = await tenantModel(ReportRemarkModel)
    .findOne({ studentId: student._id, termId: oid(termId) })
    .lean();
  return { studentId, termId, classTeacher: r?.classTeacher ?? null, head: r?.head ?? null, canWrite };
}

/** Writes the class teacher's and/or the head's remark; an empty or null text removes it. */
export async function writeRemarks(studentId: string, termId: string, body: RemarksBody) {
  const { student, canWrite } = await remarkRights(studentId, termId);
  if (body.classTeacher !== undefined && !canWrite.classTeacher)
    throw new AppError(403, 'NOT_CLASS_TEACHER', "Only the student's class teacher or an admin writes the class teacher's remark");
  if (body.head !== undefined && !canWrite.head) throw new AppError(403, 'HEAD_ONLY', "Only the head (an admin) writes the head's remark");
  const by = oid(currentUser().id);
  const set: Record<string, unknown> = {};
  if (body.classTeacher !== undefined) Object.assign(set, { classTeacher: body.classTeacher || null, classTeacherBy: by });
  if (body.head !== undefined) Object.assign(set, { head: body.head || null, headBy: by });
  const filter = { studentId: student._id, termId: oid(termId) };
  try {
    await tenantModel(ReportRemarkModel).updateOne(filter, { $set: set }, { upsert: true });
  } catch (err) {
    // Two first writes at once: the loser's insert hits the unique index; its update then applies.
    if (!isDuplicateKey(err)) throw err;
    await tenantModel(ReportRemarkModel).updateOne(filter, { $set: set });
  }
  await recordAudit('update', 'ReportRemark', `${studentId}:${termId}`, Object.keys(set));
  return remarks(studentId, termId);
}

/** The school's logo as bytes for a PDF (PNG or JPEG), or null when none is set or it cannot be read. */
export async function logoBytes(storage: StorageDriver): Promise<Buffer | null> {
  const tenant = currentTenant();
  const url = tenant.theme.logoUrl ?? tenant.schoolConfig.logo;
  const id = url?.match(/\/api\/files\/([0-9a-f]{24})\//)?.[1];
  if (!id) return null;
  try {
    const file = await findFile(id, (f) => f.kind === 'logo');
    if (!/^image\/(png|jpe?g)$/.test(String(file.contentType))) return null;
    const chunks: Buffer[] = [];
    for await (const c of (await openFile(storage, file)) as Readable) chunks.push(Buffer.from(c as Buffer));
    return Buffer.concat(chunks);
  } catch {
    return null; // A card without the logo beats no card.
  }
}
