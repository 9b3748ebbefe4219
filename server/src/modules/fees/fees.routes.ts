import type { Types } from 'mongoose';
import { RESPONDED, rowScope, type ApiRouter } from '../../http/route.js';
import { idParams } from '../../lib/validation.js';
import { pageSchema } from '../../lib/pagination.js';
import { sendCsv, toCsv } from '../../lib/csv.js';
import { AppError } from '../../lib/errors.js';
import { crudRoutes, refuseIfUsed } from '../../school/crud.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { findStudentInScope } from '../people/people.service.js';
import { studentInScope } from '../people/people.scopes.js';
import { DiscountModel, FeeStructureModel, InvoiceModel, type DiscountDoc } from './fees.schema.js';
import * as v from './fees.validation.js';
import * as svc from './fees.service.js';
import { exportInvoices, INVOICE_CSV_COLUMNS, listInvoices } from './invoice-list.service.js';
import { invoiceDetail } from './invoice-detail.service.js';
import { DEFAULTER_CSV_COLUMNS, defaulterCsvRows, defaulters } from './defaulters.service.js';

const feature = 'financialManagement' as const;
const admin = { kind: 'school', roles: ['admin'] } as const;
const office = { kind: 'school', roles: ['admin', 'staff'] } as const;
// Teachers never see fees: the office, and the families who pay (parents, students: their own).
const payers = { kind: 'school', roles: ['admin', 'staff', 'parent', 'student'] } as const;
type Id = { _id: Types.ObjectId };

/** An invoice follows its student's scope (parents: their children's; students: their own), or 404. */
async function findInvoiceInScope(id: string) {
  const invoice = await tenantModel(InvoiceModel).findById(id).lean();
  if (!invoice) throw new AppError(404, 'NOT_FOUND', 'Invoice not found');
  await findStudentInScope(invoice.studentId.toString()).catch(() => {
    throw new AppError(404, 'NOT_FOUND', 'Invoice not found');
  });
  return invoice;
}
const invoiceInScope = rowScope<{ id: string }>('invoice', (p) => findInvoiceInScope(p.id));

/** /api/fees/structures — what each grade pays per term (financialManagement feature). */
export const feeStructureRoutes = (api: ApiRouter) => {
  crudRoutes(api, {
    def: FeeStructureModel,
    name: 'Fee structure',
    read: office,
    write: admin,
    feature,
    listQuery: v.listStructuresQuery,
    create: v.createStructureBody,
    update: v.updateStructureBody,
    response: v.structureResponse,
    toDto: svc.toStructureDto,
    filter: (q) => ({ ...(q.termId ? { termId: q.termId } : {}), ...(q.gradeLevelId ? { gradeLevelId: q.gradeLevelId } : {}) }),
    beforeCreate: svc.prepareStructure,
    beforeDelete: (s) =>
      refuseIfUsed(tenantModel(InvoiceModel).countDocuments({ structureId: s._id }), 'Invoices were generated from this structure'),
    duplicate: { code: 'STRUCTURE_EXISTS', message: 'This grade already has a structure with that name for the term' },
  });
  return api.route({
    method: 'post',
    path: '/:id/invoices',
    summary: 'Invoice this structure to its grade, one class, or listed students (idempotent)',
    access: admin,
    feature,
    scope: 'school',
    params: idParams,
    body: v.generateInvoicesBody,
    status: 200,
    response: { description: 'What was created', schema: v.generateResponse },
    handler: ({ params, body }) => svc.generateInvoices(params.id, body),
  });
};

export const discountRoutes = (api: ApiRouter) =>
  crudRoutes(api, {
    def: DiscountModel,
    name: 'Discount',
    read: office,
    write: admin,
    feature,
    listQuery: v.listDiscountsQuery,
    create: v.createDiscountBody,
    update: v.updateDiscountBody,
    response: v.discountResponse,
    toDto: (d: DiscountDoc & Id) => ({
      id: d._id.toString(),
      name: d.name,
      basis: d.basis,
      type: d.type,
      value: d.value,
      studentIds: (d.studentIds ?? []).map(String),
      active: Boolean(d.active),
    }),
    filter: () => ({}),
    duplicate: { code: 'DISCOUNT_EXISTS', message: 'A discount with this name already exists' },
  });

export const invoiceRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/',
      summary: 'List invoices with student, class and family names; search and filters (parents and students: their own)',
      access: payers,
      feature,
      query: v.listInvoicesQuery,
      response: { description: 'A page of invoices', schema: pageSchema(v.invoiceRowResponse) },
      handler: ({ query }) => listInvoices(query),
    })
    .route({
      method: 'get',
      path: '/export.csv',
      summary: 'Export invoices as CSV (same search and filters as the list, up to 10,000 rows)',
      access: payers,
      feature,
      query: v.listInvoicesQuery,
      response: { description: 'CSV', contentType: 'text/csv' },
      handler: async ({ query, res }) => {
        sendCsv(res, 'invoices.csv', toCsv(INVOICE_CSV_COLUMNS, await exportInvoices(query)));
        return RESPONDED;
      },
    })
    .route({
      method: 'get',
      path: '/:id',
      summary: 'Get an invoice with its student, family and payments (receipt numbers, balance after each)',
      access: payers,
      feature,
      scope: invoiceInScope,
      params: idParams,
      response: { description: 'Invoice', schema: v.invoiceDetailResponse },
      handler: ({ inScope }) => invoiceDetail(inScope as Awaited<ReturnType<typeof findInvoiceInScope>>),
    })
    .route({
      method: 'post',
      path: '/:id/payments',
      summary: 'Record a payment (partial payments allowed; never more than the balance)',
      access: office,
      feature,
      scope: invoiceInScope,
      params: idParams,
      body: v.paymentBody,
      response: { description: 'The payment, its receipt number and the invoice after it', schema: v.paymentResponse },
      handler: ({ params, body }) => svc.recordPayment(params.id, body),
    })
    .route({
      method: 'post',
      path: '/:id/waivers',
      summary: 'Waive part of an invoice, with a reason',
      access: admin,
      feature,
      scope: invoiceInScope,
      params: idParams,
      body: v.waiverBody,
      response: { description: 'The invoice', schema: v.invoiceResponse },
      handler: ({ params, body }) => svc.addWaiver(params.id, body),
    });

export const feeReportRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/overdue',
      summary: 'Invoices with more due (instalments, due dates, fines) than paid',
      access: office,
      feature,
      query: v.asOfQuery,
      response: { description: 'Overdue invoices', schema: v.overdueResponse },
      handler: ({ query }) => svc.overdue(query.date),
    })
    .route({
      method: 'get',
      path: '/defaulters',
      summary: 'Students with an overdue balance: amount, oldest due date, days overdue, guardian contacts',
      access: office,
      feature,
      query: v.defaultersQuery,
      response: { description: 'Defaulters, longest overdue first', schema: v.defaultersResponse },
      handler: ({ query }) => defaulters(query),
    })
    .route({
      method: 'get',
      path: '/defaulters.csv',
      summary: 'The defaulters list as CSV (amounts in cents)',
      access: office,
      feature,
      query: v.defaultersQuery,
      response: { description: 'CSV', contentType: 'text/csv' },
      handler: async ({ query, res }) => {
        sendCsv(res, `defaulters.csv`, toCsv(DEFAULTER_CSV_COLUMNS, defaulterCsvRows(await defaulters(query))));
        return RESPONDED;
      },
    })
    .route({
      method: 'post',
      path: '/late-fines',
      summary: 'Apply late fines past the grace period (once per invoice; also run by the daily job)',
      access: admin,
      feature,
      body: v.asOfQuery,
      status: 200,
      response: { description: 'How many invoices were fined', schema: v.finesResponse },
      handler: ({ body }) => svc.applyLateFines(body.date),
    })
    .route({
      method: 'post',
      path: '/alerts',
      summary: 'Remind guardians of fees due within 3 days and of overdue fees (once each; also run by the daily job)',
      access: admin,
      feature,
      body: v.asOfQuery,
      status: 200,
      response: { description: 'How many reminders were sent', schema: v.alertsResponse },
      handler: ({ body }) => svc.feeAlerts(body.date),
    })
    .route({
      method: 'get',
      path: '/students/:id/balance',
      summary: "A student's invoices and balance (parents: their own children)",
      access: payers,
      feature,
      scope: studentInScope('id'),
      params: idParams,
      response: { description: 'Balance', schema: v.balanceResponse },
      handler: ({ params }) => svc.studentBalance(params.id),
    });
