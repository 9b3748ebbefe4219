import { RESPONDED, type ApiRouter } from '../../http/route.js';
import { idParams } from '../../lib/validation.js';
import { crudRoutes, refuseIfUsed } from '../../school/crud.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { rowScope } from '../../http/route.js';
import { sectionInScope, studentInScope } from '../people/people.scopes.js';
import { ExamModel, GradingScaleModel, MarkModel, type GradingScaleDoc } from './gradebook.schema.js';
import * as v from './gradebook.validation.js';
import * as svc from './gradebook.service.js';
import * as cards from './report-card.service.js';
import { writeReportCardsPdf } from './report-card.pdf.js';
import type { StorageDriver } from '../../storage/driver.js';
import mongoose from 'mongoose';

const admin = { kind: 'school', roles: ['admin'] } as const;
const adminOrTeacher = { kind: 'school', roles: ['admin', 'teacher'] } as const;
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
    // Teachers set tests for the subjects they teach (checked in prepareExam / prepareExamChange); admins publish.
    write: adminOrTeacher,
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
    beforeUpdate: svc.prepareExamChange,
    afterWrite: async (e) => {
      if (e.status === 'published') await svc.alertResults(e);
    },
    beforeDelete: async (e) => {
      await svc.assertMayDeleteExam(e);
      await refuseIfUsed(tenantModel(MarkModel).countDocuments({ examId: e._id }), 'Marks were entered for this exam');
    },
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

const safeName = (s: string) => s.replace(/[^\x20-\x7e]/g, '').replace(/"/g, '');

export const reportCardRoutes = (deps: { storage: StorageDriver }) => (api: ApiRouter) =>
  api
    .route({
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
        const card = await cards.reportCard(params.studentId, params.termId);
        if (query.format === 'json') return card;
        res.type('application/pdf');
        res.set(
          'Content-Disposition',
          `inline; filename="${safeName(`report-card-${card.result.admissionNumber}-${card.term.name}.pdf`)}"`,
        );
        // Titled in the school's language by the renderer.
        writeReportCardsPdf([card], await cards.logoBytes(deps.storage), res);
        return RESPONDED;
      },
    })
    .route({
      method: 'get',
      path: '/sections/:sectionId/terms/:termId',
      summary: 'Every report card of a section for a term, as one PDF (a page per student)',
      description: "Admins, and the section's class teacher (403 NOT_CLASS_TEACHER for other teachers). Streamed as it is drawn.",
      access: adminOrTeacher,
      scope: rowScope<{ sectionId: string }>('led-section', (p) => cards.assertLeadsSection(p.sectionId)),
      params: v.sectionCardsParams,
      response: { description: 'The report cards', contentType: 'application/pdf' },
      handler: async ({ params, res }) => {
        const all = await cards.sectionReportCards(params.sectionId, params.termId);
        const first = all[0];
        const name = first ? `report-cards-${first.className}-${first.sectionName}-${first.term.name}.pdf` : 'report-cards.pdf';
        res.type('application/pdf');
        res.set('Content-Disposition', `inline; filename="${safeName(name)}"`);
        writeReportCardsPdf(all, await cards.logoBytes(deps.storage), res);
        return RESPONDED;
      },
    })
    .route({
      method: 'get',
      path: '/:studentId/terms/:termId/remarks',
      summary: "The remarks on a student's report card for a term, and which of them the caller may write",
      access: adminOrTeacher,
      scope: studentInScope('studentId'),
      params: v.reportCardParams,
      response: { description: 'Remarks', schema: v.remarksResponse },
      handler: ({ params }) => cards.remarks(params.studentId, params.termId),
    })
    .route({
      method: 'put',
      path: '/:studentId/terms/:termId/remarks',
      summary: "Write the class teacher's remark (class teacher, admin) and/or the head's remark (admin)",
      description:
        "A teacher writes only for students of the section they lead as class teacher (403 NOT_CLASS_TEACHER); the head's remark is the admin's (403 HEAD_ONLY).",
      access: adminOrTeacher,
      scope: studentInScope('studentId'),
      params: v.reportCardParams,
      body: v.remarksBody,
      response: { description: 'Remarks after writing', schema: v.remarksResponse },
      handler: ({ params, body }) => cards.writeRemarks(params.studentId, params.termId, body),
    });
