import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';

/** Money is an integer number of the currency's smallest unit (cents), never a float. */
const money = { type: Number, required: true, validate: { validator: Number.isSafeInteger, message: 'must be a whole number of cents' } };
const day = { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ };

/** What a grade pays for a term: its items, due date, optional instalments and late fine. */
const structureSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 80 },
    academicYearId: { type: Types.ObjectId, required: true },
    termId: { type: Types.ObjectId },
    gradeLevelId: { type: Types.ObjectId, required: true, index: true },
    items: { type: [new Schema({ name: { type: String, required: true, maxlength: 80 }, amount: money }, { _id: false })], required: true },
    dueDate: day,
    instalments: {
      type: [new Schema({ dueDate: day, percent: { type: Number, required: true, min: 1, max: 100 } }, { _id: false })],
      default: [],
    },
    lateFine: new Schema({ amount: money, graceDays: { type: Number, required: true, min: 0, max: 365 } }, { _id: false }),
  },
  { timestamps: true, strict: 'throw' },
);
structureSchema.index({ academicYearId: 1, termId: 1, gradeLevelId: 1, name: 1 }, { unique: true });

export const DISCOUNT_BASES = ['sibling', 'staff_child', 'scholarship', 'other'] as const;

/**
 * A discount rule instead of one structure per combination: percentage or
 * fixed, for listed students, or (sibling) for every enrolled student with an
 * older enrolled sibling (a shared guardian).
 */
const discountSchema = new Schema(
  {
    name: { type: String, required: true, unique: true, maxlength: 80 },
    basis: { type: String, enum: DISCOUNT_BASES, required: true },
    type: { type: String, enum: ['percentage', 'fixed'], required: true },
    value: { type: Number, required: true, min: 0 },
    studentIds: { type: [Types.ObjectId], default: [], index: true },
    active: { type: Boolean, default: true },
  },
  { timestamps: true, strict: 'throw' },
);

const lineSchema = new Schema({ description: { type: String, required: true, maxlength: 120 }, amount: money }, { _id: false });

const invoiceSchema = new Schema(
  {
    number: { type: String, required: true, unique: true },
    studentId: { type: Types.ObjectId, required: true, index: true },
    structureId: { type: Types.ObjectId, required: true },
    academicYearId: { type: Types.ObjectId, required: true },
    termId: { type: Types.ObjectId },
    currency: { type: String, required: true },
    lines: { type: [lineSchema], default: [] },
    discounts: { type: [lineSchema], default: [] },
    waivers: {
      type: [
        new Schema(
          { reason: { type: String, required: true, maxlength: 200 }, amount: money, by: Types.ObjectId, at: Date },
          { _id: false },
        ),
      ],
      default: [],
    },
    fines: { type: [new Schema({ description: { type: String, required: true }, amount: money, date: day }, { _id: false })], default: [] },
    instalments: { type: [new Schema({ dueDate: day, amount: money }, { _id: false })], default: [] },
    dueDate: day,
    total: money,
    paid: { ...money, default: 0 },
    balance: money,
    status: { type: String, enum: ['open', 'partially_paid', 'paid', 'void'], default: 'open', index: true },
    // Revision of the waivers array; each write first claims rev + 1 in InvoiceRevision (see addWaiver).
    rev: { type: Number, default: 0 },
  },
  { timestamps: true, strict: 'throw' },
);
// One invoice per student and structure: generating twice changes nothing.
invoiceSchema.index({ studentId: 1, structureId: 1 }, { unique: true });
invoiceSchema.index({ status: 1, dueDate: 1 });

export const PAYMENT_METHODS = ['cash', 'card', 'bank_transfer', 'mobile_money', 'cheque', 'other'] as const;

const paymentSchema = new Schema(
  {
    invoiceId: { type: Types.ObjectId, required: true },
    // Position of this payment on its invoice; unique, so two racing payments cannot both pass the balance check.
    seq: { type: Number, required: true },
    studentId: { type: Types.ObjectId, required: true, index: true },
    amount: money,
    method: { type: String, enum: PAYMENT_METHODS, required: true },
    reference: { type: String, maxlength: 80 },
    // The school-wide receipt number: unique, so a payment claims its number by being stored (no gaps, no duplicates).
    receiptSeq: { type: Number, required: true },
    receiptNumber: { type: String, required: true, unique: true },
    paidAt: day,
    // The invoice's balance right after this payment, as printed on its receipt.
    balanceAfter: { type: Number },
    recordedBy: { type: Types.ObjectId, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
paymentSchema.index({ invoiceId: 1, seq: 1 }, { unique: true });
paymentSchema.index({ paidAt: 1 });
paymentSchema.index({ receiptSeq: -1 }, { unique: true });

/**
 * A claim on the next revision of an invoice's waivers: a writer inserts
 * (invoiceId, rev) before it rewrites the array, so of two concurrent writers
 * based on the same revision exactly one may write and the other re-reads.
 */
const revisionSchema = new Schema(
  {
    invoiceId: { type: Types.ObjectId, required: true },
    rev: { type: Number, required: true },
  },
  { strict: 'throw', versionKey: false, timestamps: { createdAt: true, updatedAt: false } },
);
revisionSchema.index({ invoiceId: 1, rev: 1 }, { unique: true });

export type FeeStructureDoc = InferSchemaType<typeof structureSchema>;
export type DiscountDoc = InferSchemaType<typeof discountSchema>;
export type InvoiceDoc = InferSchemaType<typeof invoiceSchema>;
export type PaymentDoc = InferSchemaType<typeof paymentSchema>;

export const FeeStructureModel = defineTenantModel('FeeStructure', structureSchema);
export const DiscountModel = defineTenantModel('FeeDiscount', discountSchema);
export const InvoiceModel = defineTenantModel('Invoice', invoiceSchema);
export const PaymentModel = defineTenantModel('Payment', paymentSchema);
export const InvoiceRevisionModel = defineTenantModel('InvoiceRevision', revisionSchema);
