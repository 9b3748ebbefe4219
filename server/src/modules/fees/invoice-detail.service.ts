import { type Types } from 'mongoose';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { PaymentModel, type InvoiceDoc } from './fees.schema.js';
import { schoolToday } from '../../lib/dates.js';
import { studentDirectory, toRows } from './invoice-list.service.js';

type Invoice = InvoiceDoc & { _id: Types.ObjectId };

/**
 * An invoice as its page and receipts show it: lines, waivers, fines, the student and family, and each payment
 * with its receipt number and the balance right after it (as stored when it was taken; computed for older ones).
 */
export async function invoiceDetail(invoice: Invoice) {
  const date = schoolToday();
  const [[row], payments, lookup] = await Promise.all([
    toRows([invoice], date),
    tenantModel(PaymentModel).find({ invoiceId: invoice._id }).sort({ seq: 1 }).lean(),
    studentDirectory([invoice.studentId]),
  ]);
  let paidSoFar = 0;
  const t = currentTenant();
  return {
    ...row!,
    guardians: lookup(invoice.studentId)?.family ?? [],
    payments: payments.map((p) => {
      paidSoFar += p.amount;
      return {
        id: p._id.toString(),
        receiptNumber: p.receiptNumber,
        amount: p.amount,
        method: p.method,
        reference: p.reference ?? null,
        paidAt: p.paidAt,
        balanceAfter: p.balanceAfter ?? Math.max(0, invoice.total - paidSoFar),
      };
    }),
    school: { name: t.schoolConfig.name, address: t.schoolConfig.address ?? null, logo: t.theme?.logoUrl ?? t.schoolConfig.logo ?? null },
  };
}
