import { RESPONDED, type ApiRouter } from '../../http/route.js';
import { idParams } from '../../lib/validation.js';
import { crudRoutes, refuseIfUsed } from '../../school/crud.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { rowScope } from '../../http/route.js';
import { sectionInScope, studentInScope } from '../people/people.scopes.js';
import { ExamModel, GradingScaleModel, MarkModel, type GradingScaleDoc } from './gradebook.schema.js';
import * as v from './gradebook.validation.js';
import * as svc from './gradebook.service.js';
import { writeReportCardPdf } from './report-card.pdf.js';
import mongoose from 'mongoose';

const admin = { kind: 'school', roles: ['admin'] } as const;
const examInScope = rowScope<{ id: string }>('exam', (p) => svc.findExamInScope(p.id));
type Id = { _id: { toString(): string } };

/** /api/grading-scales — the school's scales; one is the default used for grades. */
export const gradingScaleRoutes = (api: ApiRouter) =>
  crudRoutes(api, {
    def: GradingScaleModel,
    name: 'Grading scale',
    read: { kind: 'school' },
    write: admin,
    listQuery: v.listScalesQuery,
    create: v.createScaleBody,
    update: v.updateScaleBody,
    response: v.scaleResponse,
    toDto: (s: GradingScaleDoc & Id) => ({
      id: s._id.toString(),
      name: s.name,
      isDefault: Boolean(s.isDefault),
      bands: s.bands.map((b) => ({ grade: b.grade, min: b.min, points: b.points ?? undefined, remark: b.remark ?? undefined })),
    }),
    filter: () => ({}),
    afterWrite: async (s) => {
      if (s.isDefault) {
        await tenantModel(GradingScaleModel).updateMany(
          { _id: mongoose.trusted({ $ne: s._id }), isDefault: true },
          { $set: { isDefault: false } },
        );
      }
    },
    duplicate: { code: 'SCALE_EXISTS', message: 'A grading scale with this name already exists' },
  });

/** /api/exams — exams, bulk marks entry per section. */
export function examRoutes(api: ApiRouter) {
  crudRoutes(api, {
    def: ExamModel,
    name: 'Exam',
    read: { kind: 'school' },
    write: admin,
    listQuery: v.listExamsQuery,
    create: v.createExamBody,
    update: v.updateExamBody,
    response: v.examResponse,
    toDto: svc.toExamDto,
    // Parents and students see published exams only: in the list and by id alike.
    scope: { name: 'exam', filter: svc.examScope },
    filter: (q) => {
      const f: Record<string, unknown> = {};
      for (const k of ['termId', 'classId', 'subjectId', 'status'] as const) if (q[k]) f[k] = q[k];
      if (q.from) f.date = mongoose.trusted({ $gte: q.from });
      return f;
    },
    beforeCreate: svc.prepareExam,
    afterWrite: async (e) => {
      if (e.status === 'published') await svc.alertResults(e);
    },
    beforeDelete: (e) => refuseIfUsed(tenantModel(MarkModel).countDocuments({ examId: e._id }), 'Marks were entered for this exam'),
    duplicate: { code: 'EXAM_EXISTS', message: 'This class already has an exam with that name for this subject and term' },
  });
  return api
    .route({
      method: 'get',
      path: '/:id/marks',
      summary: "A section's marks for an exam (every enrolled student)",
      access: { kind: 'school', roles: ['admin', 'staff', 'teacher'] },
      scope: examInScope,
      params: idParams,
      query: v.marksQuery,
      response: { description: 'Marks', schema: v.marksResponse },
      handler: ({ params, query }) => svc.sectionMarks(params.id, query.sectionId),
    })
    .route({
      method: 'put',
      path: '/:id/marks',
      summary: "Enter a section's marks in one request (idempotent; null score = absent)",
      description: 'Teachers may enter marks only for the subject they teach in that section, and not once the exam is published.',
      access: { kind: 'school', roles: ['admin', 'teacher'] },
      scope: examInScope,
      params: idParams,
      body: v.enterMarksBody,
      response: { description: 'Marks after entry', schema: v.marksResponse },
      handler: ({ params, body }) => svc.enterMarks(params.id, body),
    });
}

/** /api/gradebook and /api/report-cards — computed results. */
export const gradebookRoutes = (api: ApiRouter) =>
  api.route({
    method: 'get',
    path: '/sections/:sectionId/terms/:termId',
    summary: 'Term results of a section: per-subject percentages and grades, totals, averages, ranks',
    access: { kind: 'school', roles: ['admin', 'staff', 'teacher'] },
    // Draft marks included: only the sections the caller teaches or leads (admin, staff: all).
    scope: sectionInScope('sectionId'),
    params: v.termParams,
    response: { description: 'Results', schema: v.termResultsResponse },
    handler: ({ params }) => svc.termResults(params.sectionId, params.termId, { publishedOnly: false }),
  });

export const reportCardRoutes = (api: ApiRouter) =>
  api.route({
    method: 'get',
    path: '/:studentId/terms/:termId',
    summary: "A student's report card for a term, as JSON or a printable PDF (?format=pdf)",
    description: 'Parents and students see their own, with published exams only.',
    access: { kind: 'school' },
    scope: studentInScope('studentId'),
    params: v.reportCardParams,
    query: v.reportCardQuery,
    response: { description: 'Report card (JSON, or application/pdf with ?format=pdf)', schema: v.reportCardResponse },
    errors: { 409: 'The student is not placed in a section for this term' },
    handler: async ({ params, query, res }) => {
      const card = await svc.reportCard(params.studentId, params.termId);
      if (query.format === 'json') return card;
      res.type('application/pdf');
      res.set(
        'Content-Disposition',
        `inline; filename="report-card-${card.result.admissionNumber}-${card.term.name}.pdf"`.replace(/[^\x20-\x7e]/g, ''),
      );
      writeReportCardPdf(card, res);
      return RESPONDED;
    },
  });
