import mongoose, { Types } from 'mongoose';
import { z } from 'zod';
import { RESPONDED, type ApiRouter } from '../../http/route.js';
import { objectId } from '../../lib/validation.js';
import { sendCsv, toCsv } from '../../lib/csv.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { reportQuery } from '../attendance/attendance.validation.js';
import { report as attendanceReport } from '../attendance/attendance.service.js';
import { findTerm, termResults } from '../gradebook/gradebook.service.js';
import { studentsPlacedIn } from '../people/placement.service.js';
import { StudentModel } from '../people/people.schema.js';
import { InvoiceModel } from '../fees/fees.schema.js';

const office = { kind: 'school', roles: ['admin', 'staff'] } as const;
const csv = { description: 'CSV', contentType: 'text/csv' };

/** /api/reports — downloadable CSV reports per class and term. */
export const reportRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/attendance.csv',
      summary: 'Attendance per student for a section (or one student) over a date range, as CSV',
      access: { kind: 'school', roles: ['admin', 'staff', 'teacher'] },
      query: reportQuery,
      response: csv,
      handler: async ({ query, res }) => {
        const r = await attendanceReport(query);
        const rows = r.students.map((s) => ({ admissionNumber: s.admissionNumber, name: s.name, ...s.counts, rate: s.rate }));
        sendCsv(
          res,
          `attendance-${query.from}-${query.to}.csv`,
          toCsv(['admissionNumber', 'name', 'present', 'absent', 'late', 'excused', 'rate'], rows),
        );
        return RESPONDED;
      },
    })
    .route({
      method: 'get',
      path: '/marks.csv',
      summary: "A section's term results (percent and grade per subject, average of the percentages, rank), as CSV",
      access: office,
      query: z.object({ sectionId: objectId, termId: objectId }).strict(),
      response: csv,
      handler: async ({ query, res }) => {
        const r = await termResults(query.sectionId, query.termId, { publishedOnly: false });
        const codes = [...new Set(r.students.flatMap((s) => s.subjects.map((x) => x.code)))];
        const rows = r.students.map((s) => ({
          admissionNumber: s.admissionNumber,
          name: s.name,
          ...Object.fromEntries(
            s.subjects.flatMap((x) => [
              [`${x.code} %`, x.percentage],
              [`${x.code} grade`, x.grade],
            ]),
          ),
          average: s.average,
          grade: s.grade,
          rank: s.rank,
        }));
        const columns = ['admissionNumber', 'name', ...codes.flatMap((c) => [`${c} %`, `${c} grade`]), 'average', 'grade', 'rank'];
        sendCsv(res, 'marks.csv', toCsv(columns, rows));
        return RESPONDED;
      },
    })
    .route({
      method: 'get',
      path: '/fees.csv',
      summary: 'Fee collection per student for a term (optionally one class), in cents, as CSV',
      access: office,
      feature: 'financialManagement',
      query: z.object({ termId: objectId, classId: objectId.optional() }).strict(),
      response: csv,
      handler: async ({ query, res }) => {
        const { term } = await findTerm(query.termId);
        // A class's students in that term come from the placement history, not from where they are now.
        const placed = query.classId
          ? await studentsPlacedIn({ classId: query.classId }, { start: term.startDate, end: term.endDate })
          : null;
        const invoices = await tenantModel(InvoiceModel)
          .find({
            termId: new Types.ObjectId(query.termId),
            ...(placed ? { studentId: mongoose.trusted({ $in: placed.map((s) => s._id) }) } : {}),
          })
          .sort({ number: 1 })
          .lean();
        const students =
          placed ??
          (await tenantModel(StudentModel)
            .find({
              _id: mongoose.trusted({ $in: [...new Set(invoices.map((i) => i.studentId.toString()))].map((id) => new Types.ObjectId(id)) }),
            })
            .select('firstName lastName admissionNumber')
            .lean());
        const byId = new Map(students.map((s) => [s._id.toString(), s]));
        const rows = invoices.map((i) => {
          const s = byId.get(i.studentId.toString());
          return {
            invoice: i.number,
            admissionNumber: s?.admissionNumber,
            name: s ? `${s.firstName} ${s.lastName}` : '',
            currency: i.currency,
            total: i.total,
            paid: i.paid,
            balance: i.balance,
            status: i.status,
          };
        });
        sendCsv(res, 'fees.csv', toCsv(['invoice', 'admissionNumber', 'name', 'currency', 'total', 'paid', 'balance', 'status'], rows));
        return RESPONDED;
      },
    });
