import mongoose, { Types, type QueryFilter } from 'mongoose';
import { AppError, isDuplicateKey } from '../../lib/errors.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { currentUser } from '../../auth/authenticate.js';
import { nextSequence } from '../../school/sequence.js';
import { recordAudit } from '../../school/audit.js';
import { guardianUsers, notifyMany } from '../notifications/notify.js';
import { signalBatch } from '../messages/outbox.js';
import { ClassModel } from '../academic/academic.schema.js';
import { findTerm } from '../gradebook/gradebook.service.js';
import { StudentModel, type StudentDoc } from '../people/people.schema.js';
import { findStudentInScope } from '../people/people.service.js';
import { DiscountModel, FeeStructureModel, InvoiceModel, PaymentModel, type FeeStructureDoc, type InvoiceDoc } from './fees.schema.js';
import { discountOf, dueBy, splitInstalments, sum, totals } from './fees.math.js';
import { backoff, refresh, reviseInvoice } from './invoice-revision.js';
import { addDays, schoolToday } from '../../lib/dates.js';
import type { CreateStructure, Payment } from './fees.validation.js';
import type { AlertText } from '../messages/alert-text.js';

type Id = { _id: Types.ObjectId };
const oid = (s: string) => new Types.ObjectId(s);

export const toStructureDto = (s: FeeStructureDoc & Id) => ({
  id: s._id.toString(),
  name: s.name,
  academicYearId: s.academicYearId.toString(),
  termId: s.termId?.toString() ?? null,
  gradeLevelId: s.gradeLevelId.toString(),
  items: s.items.map((i) => ({ name: i.name, amount: i.amount })),
  total: sum(s.items),
  dueDate: s.dueDate,
  instalments: (s.instalments ?? []).map((i) => ({ dueDate: i.dueDate, percent: i.percent })),
  lateFine: s.lateFine ? { amount: s.lateFine.amount, graceDays: s.lateFine.graceDays } : null,
});

export const toInvoiceDto = (i: InvoiceDoc & Id) => ({
  id: i._id.toString(),
  number: i.number,
  studentId: i.studentId.toString(),
  structureId: i.structureId.toString(),
  currency: i.currency,
  lines: i.lines.map((l) => ({ description: l.description, amount: l.amount })),
  discounts: i.discounts.map((l) => ({ description: l.description, amount: l.amount })),
  waivers: i.waivers.map((w) => ({ reason: w.reason, amount: w.amount })),
  fines: i.fines.map((f) => ({ description: f.description, amount: f.amount, date: f.date })),
  instalments: i.instalments.map((x) => ({ dueDate: x.dueDate, amount: x.amount })),
  dueDate: i.dueDate,
  total: i.total,
  paid: i.paid,
  balance: i.balance,
  status: i.status,
});

export async function prepareStructure(body: CreateStructure) {
  const { year } = await findTerm(body.termId);
  return { ...body, academicYearId: year._id } as unknown as Partial<FeeStructureDoc>;
}

/** Students with an older enrolled sibling (sharing a guardian) get the sibling discount. */
async function youngerSiblings(students: (StudentDoc & Id)[]): Promise<Set<string>> {
  const guardianIds = [...new Set(students.flatMap((s) => (s.guardianIds ?? []).map(String)))].map(oid);
  if (guardianIds.length === 0) return new Set();
  const family = await tenantModel(StudentModel)
    .find({ guardianIds: mongoose.trusted({ $in: guardianIds }), status: 'enrolled' })
    .select('guardianIds admissionNumber')
    .lean();
  const younger = new Set<string>();
  for (const s of students) {
    const mine = new Set((s.guardianIds ?? []).map(String));
    if (
      family.some(
        (f) =>
          !f._id.equals(s._id) && f.admissionNumber < s.admissionNumber && (f.guardianIds ?? []).some((g: unknown) => mine.has(String(g))),
      )
    ) {
      younger.add(s._id.toString());
    }
  }
  return younger;
}

/**
 * Invoices a structure to the enrolled students of its grade (or of one class,
 * or listed students). One invoice per student and structure: running it again
 * creates only the missing ones.
 */
export async function generateInvoices(structureId: string, target: { classId?: string; studentIds?: string[] }) {
  const structure = await tenantModel(FeeStructureModel).findById(structureId).lean();
  if (!structure) throw new AppError(404, 'NOT_FOUND', 'Fee structure not found');
  const classes = await tenantModel(ClassModel)
    .find({
      gradeLevelId: structure.gradeLevelId,
      academicYearId: structure.academicYearId,
      ...(target.classId ? { _id: oid(target.classId) } : {}),
    })
    .select('_id')
    .lean();
  if (target.classId && classes.length === 0) {
    throw new AppError(400, 'VALIDATION_ERROR', "The class is not in this structure's grade and year", [
      { path: 'classId', message: 'Other grade or year' },
    ]);
  }
  const filter: QueryFilter<StudentDoc> = { classId: mongoose.trusted({ $in: classes.map((c) => c._id) }), status: 'enrolled' };
  if (target.studentIds) filter._id = mongoose.trusted({ $in: target.studentIds.map(oid) });
  const students = await tenantModel(StudentModel).find(filter).lean();
  if (target.studentIds && students.length !== target.studentIds.length) {
    throw new AppError(400, 'VALIDATION_ERROR', "Some students are not enrolled in this structure's grade", [
      { path: 'studentIds', message: 'Not in this grade' },
    ]);
  }
  const Invoices = tenantModel(InvoiceModel);
  const already = new Set(
    (await Invoices.find({ structureId: structure._id }).select('studentId').lean()).map((i) => i.studentId.toString()),
  );
  const [rules, younger] = await Promise.all([tenantModel(DiscountModel).find({ active: true }).lean(), youngerSiblings(students)]);
  const base = sum(structure.items);
  const currency = currentTenant().schoolConfig.currency ?? 'USD';
  const created: (InvoiceDoc & Id)[] = [];
  for (const s of students) {
    if (already.has(s._id.toString())) continue;
    const applicable = rules.filter((r) =>
      r.basis === 'sibling' ? younger.has(s._id.toString()) : (r.studentIds ?? []).some((id: Types.ObjectId) => id.equals(s._id)),
    );
    const discounts = applicable.map((r) => ({ description: r.name, amount: discountOf(base, r) }));
    const net = Math.max(0, base - sum(discounts));
    const amounts = {
      lines: structure.items.map((i: { name: string; amount: number }) => ({ description: i.name, amount: i.amount })),
      discounts,
      fines: [],
      waivers: [],
      paid: 0,
    };
    const { total, balance, status } = totals(amounts);
    try {
      const invoice = await Invoices.create({
        ...amounts,
        number: `INV-${structure.dueDate.slice(0, 4)}-${String(await nextSequence('invoice')).padStart(5, '0')}`,
        studentId: s._id,
        structureId: structure._id,
        academicYearId: structure.academicYearId,
        termId: structure.termId,
        currency,
        instalments: splitInstalments(net, structure.instalments ?? []),
        dueDate: structure.dueDate,
        total,
        balance,
        status,
      });
      created.push(invoice.toObject());
    } catch (err) {
      // Someone generated the same invoice meanwhile: the unique index kept it single.
      if (!isDuplicateKey(err)) throw err;
    }
  }
  await recordAudit('generate-invoices', 'FeeStructure', structureId, [`${created.length} invoices`]);
  return { created: created.length, existing: students.length - created.length, invoices: created.map(toInvoiceDto) };
}

/** The receipt number after the highest one stored (school-wide; numbers are only taken by stored payments). */
async function nextReceiptSeq(): Promise<number> {
  const last = await tenantModel(PaymentModel).findOne().sort({ receiptSeq: -1 }).select('receiptSeq').lean();
  return (last?.receiptSeq ?? 0) + 1;
}

/**
 * Records a payment. The payment claims two unique keys by being inserted:
 * its position on the invoice (so two racing payments cannot both pass the
 * balance check) and the school's next receipt number (so cash receipts are
 * gapless: a number is only ever taken by a payment that is stored). Losing
 * either race re-reads and tries again; no transactions, no counters.
 */
export async function recordPayment(invoiceId: string, body: Payment) {
  const Payments = tenantModel(PaymentModel);
  // Ten payments racing for one receipt number need up to ten rounds each; 60 leaves room under load.
  for (let attempt = 0; attempt < 60; attempt++) {
    const current = await tenantModel(InvoiceModel).findById(invoiceId).lean();
    if (!current) throw new AppError(404, 'NOT_FOUND', 'Invoice not found');
    // The balance and the next position come from the same read of the payments: a payment
    // inserted after it takes the same position, so exactly one of the two can be written.
    const existing = await Payments.find({ invoiceId: current._id }).select('amount seq').lean();
    const invoice = { ...current, ...totals({ ...current, paid: sum(existing) }) };
    if (invoice.status === 'void' || current.status === 'void') throw new AppError(409, 'INVOICE_VOID', 'This invoice was voided');
    if (body.amount > invoice.balance) {
      throw new AppError(409, 'OVERPAYMENT', `The balance is ${invoice.balance}`, { balance: invoice.balance });
    }
    const seq = Math.max(0, ...existing.map((p) => p.seq)) + 1;
    const receiptSeq = await nextReceiptSeq();
    // The school's day, stored as the string it is: the receipt keeps it if the school later changes zone.
    const recordedOn = schoolToday();
    const receiptNumber = `RCT-${recordedOn.slice(0, 4)}-${String(receiptSeq).padStart(5, '0')}`;
    let payment;
    try {
      payment = await Payments.create({
        ...body,
        paidAt: body.paidAt ?? recordedOn,
        invoiceId: invoice._id,
        seq,
        studentId: invoice.studentId,
        receiptSeq,
        receiptNumber,
        balanceAfter: invoice.balance - body.amount,
        recordedBy: oid(currentUser().id),
      });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await backoff(attempt);
      continue;
    }
    const updated = await refresh(invoice._id);
    await recordAudit('payment', 'Invoice', invoiceId, ['paid', 'balance']);
    return {
      id: payment._id.toString(),
      invoiceId,
      studentId: invoice.studentId.toString(),
      amount: payment.amount,
      method: payment.method,
      reference: payment.reference ?? null,
      receiptNumber,
      paidAt: payment.paidAt,
      invoice: toInvoiceDto(updated),
    };
  }
  throw new AppError(503, 'BUSY', 'The invoice is busy; try again');
}

/** Adds a waiver (under the invoice's revision claim: two concurrent waivers are both kept, or one is refused). */
export async function addWaiver(invoiceId: string, w: { amount: number; reason: string }) {
  const by = oid(currentUser().id);
  const updated = await reviseInvoice(oid(invoiceId), (invoice) => {
    if (invoice.status === 'void') throw new AppError(409, 'INVOICE_VOID', 'This invoice was voided');
    if (w.amount > invoice.balance)
      throw new AppError(409, 'WAIVER_TOO_LARGE', `The balance is ${invoice.balance}`, { balance: invoice.balance });
    return { waivers: [...invoice.waivers, { ...w, by, at: new Date() }] as InvoiceDoc['waivers'] };
  });
  await recordAudit('waiver', 'Invoice', invoiceId, ['waivers']);
  return toInvoiceDto(updated);
}

/** Adds each structure's late fine, once, to invoices still owing past the due date plus the grace period. */
export async function applyLateFines(date = schoolToday()) {
  const structures = await tenantModel(FeeStructureModel)
    .find({ lateFine: mongoose.trusted({ $exists: true }) })
    .lean();
  let fined = 0;
  for (const s of structures) {
    if (!s.lateFine || addDays(s.dueDate, s.lateFine.graceDays) >= date) continue;
    const owing = await tenantModel(InvoiceModel)
      .find({ structureId: s._id, status: mongoose.trusted({ $in: ['open', 'partially_paid'] }) })
      .lean();
    // Once per invoice: an invoice that already carries its fine is left alone.
    for (const inv of owing.filter((i) => i.fines.length === 0)) {
      const fine = { description: `Late payment fine (${s.name})`, amount: s.lateFine.amount, date };
      let added = false;
      // Decided on each attempt: a concurrent run may have fined the invoice meanwhile.
      await reviseInvoice(inv._id, (current) => {
        added = current.fines.length === 0 && current.status !== 'paid';
        return added ? { fines: [fine] as InvoiceDoc['fines'] } : null;
      });
      if (added) fined += 1;
    }
  }
  if (fined) await recordAudit('late-fines', 'Invoice', date, [`${fined} invoices`]);
  return { date, fined };
}

/** Invoices with more due by `date` than paid, most overdue first. */
export async function overdue(date = schoolToday()) {
  const open = await tenantModel(InvoiceModel)
    .find({ status: mongoose.trusted({ $in: ['open', 'partially_paid'] }) })
    .lean();
  const rows = open
    .map((inv) => {
      const due = dueBy(inv, date);
      return { invoice: toInvoiceDto(inv), dueBy: due, overdue: Math.max(0, due - inv.paid) };
    })
    .filter((r) => r.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue);
  return {
    date,
    currency: currentTenant().schoolConfig.currency ?? 'USD',
    invoices: rows,
    totalOverdue: sum(rows.map((r) => ({ amount: r.overdue }))),
  };
}

/** A student's invoices and balance, within the caller's scope (parents: their own children). */
export async function studentBalance(studentId: string) {
  const student = await findStudentInScope(studentId);
  const invoices = await tenantModel(InvoiceModel)
    .find({ studentId: student._id, status: mongoose.trusted({ $ne: 'void' }) })
    .sort({ dueDate: 1 })
    .lean();
  return {
    studentId,
    currency: currentTenant().schoolConfig.currency ?? 'USD',
    total: sum(invoices.map((i) => ({ amount: i.total }))),
    paid: sum(invoices.map((i) => ({ amount: i.paid }))),
    balance: sum(invoices.map((i) => ({ amount: i.balance }))),
    invoices: invoices.map(toInvoiceDto),
  };
}

/**
 * Reminds guardians of fees falling due within three days, and of overdue
 * amounts; each reminder is sent once per invoice and due date.
 */
export async function feeAlerts(date = schoolToday()) {
  const open = await tenantModel(InvoiceModel)
    .find({ status: mongoose.trusted({ $in: ['open', 'partially_paid'] }) })
    .lean();
  const soon = addDays(date, 3);
  let sent = 0;
  // One signal to the platform queue per few hundred reminders, not one per message.
  const signal = signalBatch();
  try {
    for (const inv of open) {
      const dates: string[] = inv.instalments.length ? inv.instalments.map((i: { dueDate: string }) => i.dueDate) : [inv.dueDate];
      const upcoming = dates.find((d) => d >= date && d <= soon);
      const owed = Math.max(0, dueBy(inv, date) - inv.paid);
      const lastPassed = dates.filter((d) => d < date).pop();
      // Each guardian reads it in their language: the day and the amount (minor units) are written for them.
      const alerts: [string, AlertText & { key: 'fee_due' | 'fee_overdue' }][] = [];
      if (upcoming)
        alerts.push([`fee_due:${inv._id.toString()}:${upcoming}`, { key: 'fee_due', values: { date: upcoming, invoice: inv.number } }]);
      if (owed > 0 && lastPassed) {
        alerts.push([
          `fee_overdue:${inv._id.toString()}:${lastPassed}`,
          { key: 'fee_overdue', values: { amount: owed, currency: inv.currency, invoice: inv.number } },
        ]);
      }
      if (alerts.length === 0) continue;
      const guardians = await guardianUsers(inv.studentId);
      for (const [key, text] of alerts) {
        const told = await notifyMany(guardians, key, { kind: text.key, text, data: { invoiceId: inv._id.toString() } }, { signal });
        sent += told.length;
      }
    }
  } finally {
    await signal.flush();
  }
  return { date, sent };
}
