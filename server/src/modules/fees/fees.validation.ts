import { z } from 'zod';
import { objectId } from '../../lib/validation.js';
import { listQuery } from '../../school/crud.js';
import { DISCOUNT_BASES, PAYMENT_METHODS } from './fees.schema.js';

const day = z.iso.date();
const cents = z.number().int('amounts are whole cents').min(0).max(100_000_000_00);

export const createStructureBody = z
  .object({
    name: z.string().trim().min(1).max(80),
    termId: objectId,
    gradeLevelId: objectId,
    items: z
      .array(z.object({ name: z.string().trim().min(1).max(80), amount: cents.min(1) }).strict())
      .min(1)
      .max(30),
    dueDate: day,
    instalments: z
      .array(z.object({ dueDate: day, percent: z.number().int().min(1).max(100) }).strict())
      .max(12)
      .optional(),
    lateFine: z
      .object({ amount: cents.min(1), graceDays: z.number().int().min(0).max(365) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((s) => !s.instalments?.length || s.instalments.reduce((a, i) => a + i.percent, 0) === 100, {
    message: 'Instalment percentages must add up to 100',
    path: ['instalments'],
  });
export const updateStructureBody = z
  .object({
    name: z.string().trim().min(1).max(80).optional(),
    dueDate: day.optional(),
    lateFine: z
      .object({ amount: cents.min(1), graceDays: z.number().int().min(0).max(365) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const listStructuresQuery = listQuery(['name', 'dueDate'], 'dueDate', {
  termId: objectId.optional(),
  gradeLevelId: objectId.optional(),
});
export const structureResponse = z.object({
  id: z.string(),
  name: z.string(),
  academicYearId: z.string(),
  termId: z.string().nullable(),
  gradeLevelId: z.string(),
  items: z.array(z.object({ name: z.string(), amount: z.number() })),
  total: z.number(),
  dueDate: z.string(),
  instalments: z.array(z.object({ dueDate: z.string(), percent: z.number() })),
  lateFine: z.object({ amount: z.number(), graceDays: z.number() }).nullable(),
});

export const createDiscountBody = z
  .object({
    name: z.string().trim().min(1).max(80),
    basis: z.enum(DISCOUNT_BASES),
    type: z.enum(['percentage', 'fixed']),
    value: z.number().min(0),
    studentIds: z.array(objectId).max(1000).optional(),
    active: z.boolean().optional(),
  })
  .strict()
  .refine((d) => d.type !== 'percentage' || d.value <= 100, { message: 'A percentage is at most 100', path: ['value'] })
  .refine((d) => d.type !== 'fixed' || Number.isInteger(d.value), { message: 'A fixed discount is whole cents', path: ['value'] });
export const updateDiscountBody = z
  .object({
    name: z.string().trim().min(1).max(80).optional(),
    value: z.number().min(0).optional(),
    studentIds: z.array(objectId).max(1000).optional(),
    active: z.boolean().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const listDiscountsQuery = listQuery(['name'], 'name', {});
export const discountResponse = z.object({
  id: z.string(),
  name: z.string(),
  basis: z.enum(DISCOUNT_BASES),
  type: z.enum(['percentage', 'fixed']),
  value: z.number(),
  studentIds: z.array(z.string()),
  active: z.boolean(),
});

export const generateInvoicesBody = z
  .object({ classId: objectId.optional(), studentIds: z.array(objectId).min(1).max(1000).optional() })
  .strict()
  .refine((b) => !(b.classId && b.studentIds), { message: 'Give a classId or studentIds, not both', path: ['classId'] });

const line = z.object({ description: z.string(), amount: z.number() });
export const invoiceResponse = z.object({
  id: z.string(),
  number: z.string(),
  studentId: z.string(),
  structureId: z.string(),
  currency: z.string(),
  lines: z.array(line),
  discounts: z.array(line),
  waivers: z.array(z.object({ reason: z.string(), amount: z.number() })),
  fines: z.array(z.object({ description: z.string(), amount: z.number(), date: z.string() })),
  instalments: z.array(z.object({ dueDate: z.string(), amount: z.number() })),
  dueDate: z.string(),
  total: z.number(),
  paid: z.number(),
  balance: z.number(),
  status: z.enum(['open', 'partially_paid', 'paid', 'void']),
});
export const generateResponse = z.object({ created: z.number(), existing: z.number(), invoices: z.array(invoiceResponse) });

/** What the office filters invoices by: the stored states, and `overdue` (more due by today than paid). */
export const INVOICE_FILTER_STATES = ['open', 'partially_paid', 'paid', 'void', 'overdue'] as const;

export const listInvoicesQuery = listQuery(['dueDate', 'number', 'createdAt', 'total', 'balance'], 'dueDate', {
  studentId: objectId.optional(),
  status: z.enum(INVOICE_FILTER_STATES).optional(),
  structureId: objectId.optional(),
  classId: objectId.optional(),
  sectionId: objectId.optional(),
  /** Student or family name (every word must match a first or last name), admission number or invoice number. */
  search: z.string().trim().max(100).optional(),
  dueFrom: day.optional(),
  dueTo: day.optional(),
}).refine((q) => !q.dueFrom || !q.dueTo || q.dueFrom <= q.dueTo, { message: 'Due to is before due from', path: ['dueTo'] });
export type InvoiceListQuery = z.infer<typeof listInvoicesQuery>;

const studentRef = z.object({
  id: z.string(),
  name: z.string(),
  admissionNumber: z.string(),
  className: z.string().nullable(),
  sectionName: z.string().nullable(),
});
const guardianContact = z.object({
  id: z.string(),
  name: z.string(),
  relationship: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export const invoiceRowResponse = invoiceResponse.extend({
  /** The student (null only if the record was deleted). */
  student: studentRef.nullable(),
  /** The guardians' names, as the office knows the family. */
  family: z.string(),
  /** Due by today and not paid (instalments, fines and waivers counted). */
  overdue: z.number(),
});

export const receiptPayment = z.object({
  id: z.string(),
  receiptNumber: z.string(),
  amount: z.number(),
  method: z.enum(PAYMENT_METHODS),
  reference: z.string().nullable(),
  paidAt: z.string(),
  /** The invoice's balance right after this payment. */
  balanceAfter: z.number(),
});
export const invoiceDetailResponse = invoiceRowResponse.extend({
  guardians: z.array(guardianContact),
  payments: z.array(receiptPayment),
  /** Who issues the receipts. */
  school: z.object({ name: z.string(), address: z.string().nullable(), logo: z.string().nullable() }),
});

export const defaultersQuery = z.object({ classId: objectId.optional(), sectionId: objectId.optional(), date: day.optional() }).strict();
export const defaulterRow = z.object({
  student: studentRef,
  guardians: z.array(guardianContact),
  /** Due and unpaid as of the date. */
  overdue: z.number(),
  /** Everything still owed on the overdue invoices (including parts not yet due). */
  balance: z.number(),
  oldestDueDate: z.string(),
  daysOverdue: z.number().int(),
  invoices: z.array(z.object({ id: z.string(), number: z.string() })),
});
export const defaultersResponse = z.object({
  date: z.string(),
  currency: z.string(),
  totalOverdue: z.number(),
  students: z.array(defaulterRow),
});

export const paymentBody = z
  .object({
    amount: cents.min(1),
    method: z.enum(PAYMENT_METHODS),
    reference: z.string().trim().max(80).optional(),
    paidAt: day.optional(),
  })
  .strict();
export const paymentResponse = z.object({
  id: z.string(),
  invoiceId: z.string(),
  studentId: z.string(),
  amount: z.number(),
  method: z.enum(PAYMENT_METHODS),
  reference: z.string().nullable(),
  receiptNumber: z.string(),
  paidAt: z.string(),
  invoice: invoiceResponse,
});
export const waiverBody = z.object({ amount: cents.min(1), reason: z.string().trim().min(3).max(200) }).strict();
export const asOfQuery = z.object({ date: day.optional() }).strict();
export const overdueResponse = z.object({
  date: z.string(),
  currency: z.string(),
  invoices: z.array(z.object({ invoice: invoiceResponse, dueBy: z.number(), overdue: z.number() })),
  totalOverdue: z.number(),
});
export const balanceResponse = z.object({
  studentId: z.string(),
  currency: z.string(),
  total: z.number(),
  paid: z.number(),
  balance: z.number(),
  invoices: z.array(invoiceResponse),
});
export const alertsResponse = z.object({ date: z.string(), sent: z.number() });
export const finesResponse = z.object({ date: z.string(), fined: z.number() });

export type CreateStructure = z.infer<typeof createStructureBody>;
export type Payment = z.infer<typeof paymentBody>;
