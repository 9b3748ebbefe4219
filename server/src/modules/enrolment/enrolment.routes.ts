import { z } from 'zod';
import { Types } from 'mongoose';
import type { ApiRouter } from '../../http/route.js';
import { email, idParams, objectId, searchText } from '../../lib/validation.js';
import { searchRegex } from '../../lib/pagination.js';
import { crudRoutes, assertExists, listQuery } from '../../school/crud.js';
import { GradeLevelModel } from '../academic/academic.schema.js';
import { studentResponse } from '../people/people.validation.js';
import { APPLICATION_STATUSES, ApplicationModel } from './enrolment.schema.js';
import * as svc from './enrolment.service.js';
import { phoneField } from '../messages/address.js';

const admin = { kind: 'school', roles: ['admin'] } as const;
const name = z.string().trim().min(1).max(60);
const guardian = z
  .object({
    firstName: name,
    lastName: name,
    relationship: z.string().trim().max(40).optional(),
    email: email.optional(),
    // Stored in E.164 (read in the school's country when typed without a code), like people's phones.
    phone: phoneField().optional(),
  })
  .strict()
  .refine((g) => g.email || g.phone, { message: 'Give an email or a phone number', path: ['email'] });
const createBody = z
  .object({
    firstName: name,
    lastName: name,
    dateOfBirth: z.iso.date().optional(),
    gender: z.enum(['female', 'male', 'other', 'unspecified']).optional(),
    gradeLevelId: objectId,
    guardian,
    notes: z.string().trim().max(1000).optional(),
  })
  .strict();
const updateBody = z
  .object({
    firstName: name.optional(),
    lastName: name.optional(),
    dateOfBirth: z.iso.date().optional(),
    notes: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
const applicationResponse = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string().nullable(),
  gender: z.string(),
  gradeLevelId: z.string(),
  guardian: z.object({
    firstName: z.string(),
    lastName: z.string(),
    relationship: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  notes: z.string().nullable(),
  status: z.enum(APPLICATION_STATUSES),
  decisionReason: z.string().nullable(),
  studentId: z.string().nullable(),
});

/** /api/admissions — applications: applied → accepted → enrolled, or rejected. */
export function admissionRoutes(api: ApiRouter, deps: { bcryptCost: number }) {
  crudRoutes(api, {
    def: ApplicationModel,
    name: 'Application',
    read: { kind: 'school', roles: ['admin', 'staff'] },
    write: admin,
    listQuery: listQuery(['createdAt', 'lastName'], '-createdAt', {
      status: z.enum(APPLICATION_STATUSES).optional(),
      gradeLevelId: objectId.optional(),
      search: searchText(60).optional(),
    }),
    create: createBody,
    update: updateBody,
    response: applicationResponse,
    toDto: svc.toApplicationDto,
    filter: (q) => ({
      ...(q.status ? { status: q.status } : {}),
      ...(q.gradeLevelId ? { gradeLevelId: new Types.ObjectId(q.gradeLevelId) } : {}),
      ...(q.search ? { $or: [{ firstName: searchRegex(q.search) }, { lastName: searchRegex(q.search) }] } : {}),
    }),
    beforeCreate: async (b) => {
      await assertExists(GradeLevelModel, b.gradeLevelId, 'Grade level', 'gradeLevelId');
      return b;
    },
    duplicate: { code: 'APPLICATION_EXISTS', message: 'This application already exists' },
  });
  for (const action of ['accept', 'reject'] as const) {
    api.route({
      method: 'post',
      path: `/:id/${action}`,
      summary: action === 'accept' ? 'Accept an application' : 'Reject an application, with a reason',
      access: admin,
      scope: 'school',
      params: idParams,
      body: z.object({ reason: z.string().trim().max(300).optional() }).strict(),
      status: 200,
      response: { description: 'The application', schema: applicationResponse },
      handler: ({ params, body }) => svc.decide(params.id, action, body.reason),
    });
  }
  return api.route({
    method: 'post',
    path: '/:id/enrol',
    summary: 'Enrol an accepted applicant as a student (guardian matched by email or phone, never duplicated)',
    access: admin,
    scope: 'school',
    params: idParams,
    body: z.object({ classId: objectId, sectionId: objectId }).strict(),
    response: {
      description: 'The application and the new student',
      schema: z.object({ application: applicationResponse, student: studentResponse }),
    },
    handler: ({ params, body }) => svc.enrol(params.id, body, deps.bcryptCost),
  });
}

const moveSchema = z
  .object({
    studentId: objectId,
    action: z.enum(['promoted', 'retained', 'graduated']),
    toClassId: objectId.optional(),
    toSectionId: objectId.optional(),
  })
  .strict();
const batchResponse = z.object({ batchId: z.string(), status: z.enum(['applied', 'undone']), moved: z.number() });

/** /api/rollover — year-end promotion: preview, apply as one batch, undo. */
export const rolloverRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'post',
      path: '/preview',
      summary: 'Propose promoted / graduated for the enrolled students of classes (writes nothing)',
      access: admin,
      body: z.object({ classIds: z.array(objectId).min(1).max(50), toAcademicYearId: objectId }).strict(),
      status: 200,
      response: {
        description: 'One proposed move per student (edit, then apply)',
        schema: z.object({
          toAcademicYearId: z.string(),
          students: z.array(
            z.object({
              studentId: z.string(),
              name: z.string(),
              from: z.object({ classId: z.string(), sectionId: z.string().nullable() }),
              action: z.enum(['promoted', 'retained', 'graduated']),
              to: z.object({ classId: z.string(), sectionId: z.string() }).nullable(),
              problem: z.string().nullable(),
            }),
          ),
        }),
      },
      handler: ({ body }) => svc.preview(body.classIds, body.toAcademicYearId),
    })
    .route({
      method: 'post',
      path: '/apply',
      summary: 'Apply a rollover (promoted, retained or graduated per student) as one batch',
      access: admin,
      body: z
        .object({ toAcademicYearId: objectId, moves: z.array(moveSchema).min(1).max(2000) })
        .strict()
        .refine((b) => new Set(b.moves.map((m) => m.studentId)).size === b.moves.length, {
          message: 'A student appears twice',
          path: ['moves'],
        }),
      response: { description: 'The batch', schema: batchResponse },
      handler: ({ body }) => svc.apply(body.toAcademicYearId, body.moves),
    })
    .route({
      method: 'post',
      path: '/:id/undo',
      summary: 'Undo a rollover batch: every student back where they were',
      access: admin,
      scope: 'school',
      params: idParams,
      status: 200,
      response: { description: 'The batch', schema: batchResponse },
      handler: ({ params }) => svc.undo(params.id),
    });
