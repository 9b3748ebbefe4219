import mongoose, { Types, type QueryFilter } from 'mongoose';
import { schoolToday } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { searchRegex } from '../../lib/pagination.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { recordAudit } from '../../school/audit.js';
import { AcademicYearModel, ClassModel, SubjectModel } from '../academic/academic.schema.js';
import { AttendanceModel } from '../attendance/attendance.schema.js';
import { InvoiceModel } from '../fees/fees.schema.js';
import { ExamModel } from '../gradebook/gradebook.schema.js';
import { GuardianModel, StudentModel, type GuardianDoc, type StudentDoc } from './people.schema.js';
import { createGuardian, findStudentInScope, guardianScope, toGuardianDto, toStudentDto } from './people.service.js';
import type { CreateStudent } from './people.validation.js';
import type { AttachGuardian } from './student-record.validation.js';

type Id = { _id: Types.ObjectId };
const exactly = (text: string) => new RegExp(`^${searchRegex(text.trim()).source}$`, 'i');

/**
 * An exact duplicate of a new student: same first and last name (any case), birth date and class. Answered
 * 409 POSSIBLE_DUPLICATE with the existing record, unless the request says `confirmDuplicate: true`.
 */
export async function assertNotDuplicate(body: CreateStudent): Promise<void> {
  if (body.confirmDuplicate) return;
  const existing = await tenantModel(StudentModel)
    .findOne({
      firstName: exactly(body.firstName),
      lastName: exactly(body.lastName),
      dateOfBirth: body.dateOfBirth ?? null,
      classId: body.classId ? new Types.ObjectId(body.classId) : null,
    } as QueryFilter<StudentDoc>)
    .lean();
  if (existing) {
    throw new AppError(
      409,
      'POSSIBLE_DUPLICATE',
      `${existing.firstName} ${existing.lastName} (${existing.admissionNumber}) has the same name, birth date and class: send confirmDuplicate to save anyway`,
      { existing: toStudentDto(existing) },
    );
  }
}

/** Links a guardian (existing, or created here) to a student; the parent's account then sees the student. */
export async function attachGuardian(studentId: string, body: AttachGuardian, bcryptCost: number) {
  const student = await findStudentInScope(studentId);
  let guardianId = body.guardianId;
  if (guardianId) {
    if (!(await tenantModel(GuardianModel).exists({ _id: new Types.ObjectId(guardianId) }))) {
      throw new AppError(400, 'VALIDATION_ERROR', 'Guardian does not exist in this school', [
        { path: 'guardianId', message: 'Unknown guardian' },
      ]);
    }
  } else {
    guardianId = (await createGuardian(body.guardian!, bcryptCost)).id;
  }
  if ((student.guardianIds ?? []).some((g: Types.ObjectId) => g.toString() === guardianId)) {
    throw new AppError(409, 'ALREADY_LINKED', 'This guardian is already linked to this student');
  }
  if ((student.guardianIds ?? []).length >= 10) throw new AppError(409, 'TOO_MANY_GUARDIANS', 'A student has at most 10 guardians');
  const updated = await tenantModel(StudentModel)
    .findOneAndUpdate({ _id: student._id }, { $addToSet: { guardianIds: new Types.ObjectId(guardianId) } }, { returnDocument: 'after' })
    .lean();
  await recordAudit('attach-guardian', 'Student', student._id, ['guardianIds']);
  return toStudentDto(updated!);
}

/** Unlinks a guardian from a student (the guardian's record stays; their account no longer sees this student). */
export async function detachGuardian(studentId: string, guardianId: string) {
  const student = await findStudentInScope(studentId);
  if (!(student.guardianIds ?? []).some((g: Types.ObjectId) => g.toString() === guardianId)) {
    throw new AppError(404, 'NOT_FOUND', 'This guardian is not linked to this student');
  }
  const updated = await tenantModel(StudentModel)
    .findOneAndUpdate({ _id: student._id }, { $pull: { guardianIds: new Types.ObjectId(guardianId) } }, { returnDocument: 'after' })
    .lean();
  await recordAudit('detach-guardian', 'Student', student._id, ['guardianIds']);
  return toStudentDto(updated!);
}

type Term = { id: string; name: string; startDate: string; endDate: string };

/** The current year's terms, and the one containing `day` (else the next to come, else the last). */
async function currentTerms(day: string): Promise<{ terms: Term[]; term: Term | null }> {
  const year = await tenantModel(AcademicYearModel).findOne({ isCurrent: true }).lean();
  const terms: Term[] = ((year?.terms ?? []) as { name: string; startDate: string; endDate: string }[]).map((t) => ({
    id: String((t as unknown as Id)._id),
    name: t.name,
    startDate: t.startDate,
    endDate: t.endDate,
  }));
  const term = terms.find((t) => t.startDate <= day && day <= t.endDate) ?? terms.find((t) => t.startDate > day) ?? terms.at(-1) ?? null;
  return { terms, term };
}

/** The student's page beside the record, for anyone who may see the student (parents: their own children). */
export async function studentOverview(studentId: string) {
  const student = await findStudentInScope(studentId);
  const tenant = currentTenant();
  const day = schoolToday();
  const [{ terms, term }, cls, guardians] = await Promise.all([
    currentTerms(day),
    student.classId ? tenantModel(ClassModel).findById(student.classId).lean() : null,
    (student.guardianIds ?? []).length
      ? tenantModel(GuardianModel)
          .find({ $and: [await guardianScope(), { _id: mongoose.trusted({ $in: student.guardianIds }) }] } as QueryFilter<GuardianDoc>)
          .sort({ lastName: 1, firstName: 1 })
          .lean()
      : [],
  ]);
  const section = (cls?.sections as { name: string }[] | undefined)?.find(
    (s) => String((s as unknown as Id)._id) === String(student.sectionId),
  );
  const absences = term
    ? await tenantModel(AttendanceModel)
        .find({
          studentId: student._id,
          period: 0,
          date: mongoose.trusted({ $gte: term.startDate, $lte: term.endDate }),
          status: mongoose.trusted({ $ne: 'present' }),
        })
        .sort({ date: -1 })
        .limit(200)
        .lean()
    : [];
  const exams = student.classId
    ? await tenantModel(ExamModel)
        .find({ classId: student.classId, date: mongoose.trusted({ $gte: day }) })
        .sort({ date: 1 })
        .limit(5)
        .lean()
    : [];
  const subjects = exams.length
    ? await tenantModel(SubjectModel)
        .find({ _id: mongoose.trusted({ $in: exams.map((e) => e.subjectId) }) })
        .select('name')
        .lean()
    : [];
  return {
    className: cls?.name ?? null,
    sectionName: section?.name ?? null,
    guardians: guardians.map((g) => toGuardianDto(g)),
    term,
    absences: absences.map((a) => ({ date: a.date, status: a.status, note: a.note ?? null })),
    fees: tenant.features.financialManagement ? await feesByTerm(student._id, terms, tenant.schoolConfig.currency ?? 'USD') : null,
    exams: exams.map((e) => ({
      id: e._id.toString(),
      name: e.name,
      date: e.date ?? '',
      subject: subjects.find((s) => s._id.equals(e.subjectId))?.name ?? '',
    })),
  };
}

/**
 * Invoices (not void) grouped by the term they bill, earliest due first; a term of another year is named with its
 * year ("2025/26 Term 3"), an invoice of no term is under "Other fees".
 */
async function feesByTerm(studentId: Types.ObjectId, terms: Term[], currency: string) {
  const invoices = await tenantModel(InvoiceModel)
    .find({ studentId, status: mongoose.trusted({ $ne: 'void' }) })
    .sort({ dueDate: 1 })
    .lean();
  const names = new Map(terms.map((t) => [t.id, t.name]));
  const unknown = [...new Set(invoices.map((i) => i.termId?.toString()).filter((id): id is string => Boolean(id) && !names.has(id!)))];
  if (unknown.length) {
    const years = await tenantModel(AcademicYearModel)
      .find({ 'terms._id': mongoose.trusted({ $in: unknown.map((id) => new Types.ObjectId(id)) }) })
      .select('name terms')
      .lean();
    for (const y of years) for (const t of y.terms ?? []) names.set(String((t as unknown as Id)._id), `${y.name} ${t.name}`);
  }
  // Insertion order follows the invoices' due dates: the earliest term first.
  const groups = new Map<string, { termId: string | null; name: string; invoices: typeof invoices }>();
  for (const i of invoices) {
    const key = i.termId?.toString() ?? '';
    const name = names.get(key);
    if (!groups.has(key)) groups.set(key, { termId: name ? key : null, name: name ?? 'Other fees', invoices: [] });
    groups.get(key)!.invoices.push(i);
  }
  const total = (list: typeof invoices, f: 'total' | 'paid' | 'balance') => list.reduce((n, i) => n + (i[f] ?? 0), 0);
  return {
    currency,
    total: total(invoices, 'total'),
    paid: total(invoices, 'paid'),
    balance: total(invoices, 'balance'),
    terms: [...groups.values()].map((g) => ({
      termId: g.termId,
      name: g.name,
      total: total(g.invoices, 'total'),
      paid: total(g.invoices, 'paid'),
      balance: total(g.invoices, 'balance'),
      invoices: g.invoices.map((i) => ({
        id: i._id.toString(),
        number: i.number,
        dueDate: i.dueDate,
        total: i.total,
        paid: i.paid,
        balance: i.balance,
        status: i.status,
      })),
    })),
  };
}
