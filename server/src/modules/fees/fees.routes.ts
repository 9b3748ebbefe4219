import mongoose, { Types } from 'mongoose';
import { rowScope, type ApiRouter } from '../../http/route.js';
import { idParams } from '../../lib/validation.js';
import { findPage, pageSchema } from '../../lib/pagination.js';
import { AppError } from '../../lib/errors.js';
import { crudRoutes, refuseIfUsed } from '../../school/crud.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { findStudentInScope, studentScope } from '../people/people.service.js';
import { studentInScope } from '../people/people.scopes.js';
import { StudentModel } from '../people/people.schema.js';
import { DiscountModel, FeeStructureModel, InvoiceModel, type DiscountDoc } from './fees.schema.js';
import * as v from './fees.validation.js';
import * as svc from './fees.service.js';

const feature = 'financialManagement' as const;
const admin = { kind: 'school', roles: ['admin'] } as const;
const office = { kind: 'school', roles: ['admin', 'staff'] } as const;
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
      summary: 'List invoices (parents and students: their own)',
      access: { kind: 'school' },
      feature,
      query: v.listInvoicesQuery,
      response: { description: 'A page of invoices', schema: pageSchema(v.invoiceResponse) },
      handler: async ({ query }) => {
        // Admins and staff see every invoice; others only those of the students in their scope.
        const scope = await studentScope();
        const students = Object.keys(scope).length ? await tenantModel(StudentModel).find(scope).select('_id').lean() : null;
        const filter: Record<string, unknown> = students ? { studentId: mongoose.trusted({ $in: students.map((s) => s._id) }) } : {};
        const own: Record<string, unknown> = {};
        if (query.studentId) own.studentId = new Types.ObjectId(query.studentId);
        if (query.status) own.status = query.status;
        if (query.structureId) own.structureId = new Types.ObjectId(query.structureId);
        const where = { $and: [filter, own] };
        const Invoices = tenantModel(InvoiceModel);
        return findPage(Invoices, where, query, svc.toInvoiceDto);
      },
    })
    .route({
      method: 'get',
      path: '/:id',
      summary: 'Get an invoice',
      access: { kind: 'school' },
      feature,
      scope: invoiceInScope,
      params: idParams,
      response: { description: 'Invoice', schema: v.invoiceResponse },
      handler: ({ inScope }) => svc.toInvoiceDto(inScope as Awaited<ReturnType<typeof findInvoiceInScope>>),
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
      access: { kind: 'school' },
      feature,
      scope: studentInScope('id'),
      params: idParams,
      response: { description: 'Balance', schema: v.balanceResponse },
      handler: ({ params }) => svc.studentBalance(params.id),
    });
