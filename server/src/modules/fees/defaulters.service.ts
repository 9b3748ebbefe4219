import mongoose, { Types } from 'mongoose';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { StudentModel } from '../people/people.schema.js';
import { InvoiceModel } from './fees.schema.js';
import { daysBetween, dueBy, oldestUnpaidDue } from './fees.math.js';
import { schoolToday } from '../../lib/dates.js';
import { schoolCurrency, studentDirectory, type GuardianContact, type StudentRef } from './invoice-list.service.js';

interface Defaulter {
  student: StudentRef;
  guardians: GuardianContact[];
  overdue: number;
  balance: number;
  oldestDueDate: string;
  daysOverdue: number;
  invoices: { id: string; number: string }[];
}

/**
 * Students with an overdue balance on `date` (the school's today by default): what is due and unpaid, what they
 * still owe on those invoices, since when, and whom to call. Longest overdue first, then largest amount.
 */
export async function defaulters(q: { classId?: string; sectionId?: string; date?: string }) {
  const date = q.date ?? schoolToday();
  const students =
    q.classId || q.sectionId
      ? await tenantModel(StudentModel)
          .find({
            ...(q.classId ? { classId: new Types.ObjectId(q.classId) } : {}),
            ...(q.sectionId ? { sectionId: new Types.ObjectId(q.sectionId) } : {}),
          })
          .select('_id')
          .lean()
      : null;
  // Only invoices with something due by the date are read; the exact amount is computed per invoice.
  const candidates = await tenantModel(InvoiceModel)
    .find({
      ...(students ? { studentId: mongoose.trusted({ $in: students.map((s) => s._id) }) } : {}),
      status: mongoose.trusted({ $in: ['open', 'partially_paid'] }),
      $or: [{ dueDate: mongoose.trusted({ $lte: date }) }, { 'instalments.dueDate': mongoose.trusted({ $lte: date }) }],
    })
    .lean();
  const owing = new Map<string, Omit<Defaulter, 'student' | 'guardians' | 'daysOverdue'> & { studentId: Types.ObjectId }>();
  for (const inv of candidates) {
    const overdue = Math.max(0, dueBy(inv, date) - inv.paid);
    if (overdue === 0) continue;
    const since = oldestUnpaidDue(inv, date) ?? inv.dueDate;
    const key = inv.studentId.toString();
    const d = owing.get(key) ?? {
      studentId: inv.studentId,
      overdue: 0,
      balance: 0,
      oldestDueDate: since,
      invoices: [] as Defaulter['invoices'],
    };
    d.overdue += overdue;
    d.balance += inv.balance;
    if (since < d.oldestDueDate) d.oldestDueDate = since;
    d.invoices.push({ id: inv._id.toString(), number: inv.number });
    owing.set(key, d);
  }
  const lookup = await studentDirectory([...owing.values()].map((d) => d.studentId));
  const rows: Defaulter[] = [...owing.values()].flatMap(({ studentId, ...d }) => {
    const who = lookup(studentId);
    return who ? [{ student: who.ref, guardians: who.family, ...d, daysOverdue: daysBetween(d.oldestDueDate, date) }] : [];
  });
  rows.sort((a, b) => b.daysOverdue - a.daysOverdue || b.overdue - a.overdue);
  return { date, currency: schoolCurrency(), totalOverdue: rows.reduce((s, r) => s + r.overdue, 0), students: rows };
}

export const DEFAULTER_CSV_COLUMNS = [
  'admissionNumber',
  'student',
  'class',
  'section',
  'overdue',
  'balance',
  'oldestDueDate',
  'daysOverdue',
  'guardians',
  'phones',
  'emails',
  'invoices',
];

export const defaulterCsvRows = (r: Awaited<ReturnType<typeof defaulters>>) =>
  r.students.map((d) => ({
    admissionNumber: d.student.admissionNumber,
    student: d.student.name,
    class: d.student.className,
    section: d.student.sectionName,
    overdue: d.overdue,
    balance: d.balance,
    oldestDueDate: d.oldestDueDate,
    daysOverdue: d.daysOverdue,
    guardians: d.guardians.map((g) => g.name).join('; '),
    phones: d.guardians.flatMap((g) => g.phone ?? []).join('; '),
    emails: d.guardians.flatMap((g) => g.email ?? []).join('; '),
    invoices: d.invoices.map((i) => i.number).join('; '),
  }));
