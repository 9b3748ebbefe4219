import { z } from 'zod';
import type { ApiRouter } from '../../http/route.js';
import { currentUser } from '../../auth/authenticate.js';
import { idParams } from '../../lib/validation.js';
import { searchRegex } from '../../lib/pagination.js';
import { crudRoutes, assertExists, refuseIfUsed } from '../../school/crud.js';
import { recordAudit } from '../../school/audit.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import {
  AcademicYearModel,
  AssignmentModel,
  ClassModel,
  GradeLevelModel,
  SubjectModel,
  type GradeLevelDoc,
  type SubjectDoc,
} from './academic.schema.js';
import * as v from './academic.validation.js';
import * as svc from './academic.service.js';

const anyone = { kind: 'school' } as const;
const admin = { kind: 'school', roles: ['admin'] } as const;
type Id = { _id: { toString(): string } };

/** /api/academic-years — years with their terms; exactly one is current. */
export const academicYearRoutes = (api: ApiRouter) =>
  crudRoutes(api, {
    def: AcademicYearModel,
    name: 'Academic year',
    read: anyone,
    write: admin,
    listQuery: v.listYearsQuery,
    create: v.createYearBody,
    update: v.updateYearBody,
    response: v.yearResponse,
    toDto: svc.toYearDto,
    filter: (q) => (q.current ? { isCurrent: q.current === 'true' } : {}),
    beforeCreate: svc.years.beforeCreate,
    beforeUpdate: svc.years.beforeUpdate,
    afterWrite: svc.years.afterWrite,
    beforeDelete: svc.years.beforeDelete,
    duplicate: { code: 'YEAR_EXISTS', message: 'An academic year with this name already exists' },
  });

/** /api/grade-levels */
export const gradeLevelRoutes = (api: ApiRouter) =>
  crudRoutes(api, {
    def: GradeLevelModel,
    name: 'Grade level',
    read: anyone,
    write: admin,
    listQuery: v.listGradesQuery,
    create: v.createGradeBody,
    update: v.updateGradeBody,
    response: v.gradeResponse,
    toDto: (g: GradeLevelDoc & Id) => ({ id: g._id.toString(), name: g.name, order: g.order }),
    filter: () => ({}),
    beforeDelete: (g) => refuseIfUsed(tenantModel(ClassModel).countDocuments({ gradeLevelId: g._id }), 'Classes use this grade level'),
    duplicate: { code: 'GRADE_LEVEL_EXISTS', message: 'A grade level with this name or order already exists' },
  });

/** /api/subjects — codes are unique in the school. */
export const subjectRoutes = (api: ApiRouter) =>
  crudRoutes(api, {
    def: SubjectModel,
    name: 'Subject',
    read: anyone,
    write: admin,
    listQuery: v.listSubjectsQuery,
    create: v.createSubjectBody,
    update: v.updateSubjectBody,
    response: v.subjectResponse,
    toDto: (s: SubjectDoc & Id) => ({ id: s._id.toString(), code: s.code, name: s.name, description: s.description ?? undefined }),
    filter: (q) => (q.search ? { $or: [{ code: searchRegex(q.search) }, { name: searchRegex(q.search) }] } : {}),
    beforeDelete: (s) =>
      refuseIfUsed(tenantModel(AssignmentModel).countDocuments({ subjectId: s._id }), 'Teaching assignments use this subject'),
    duplicate: { code: 'SUBJECT_CODE_EXISTS', message: 'A subject with this code already exists' },
  });

/** /api/classes — classes of a year, with their sections. */
export function classRoutes(api: ApiRouter) {
  crudRoutes(api, {
    def: ClassModel,
    name: 'Class',
    read: anyone,
    write: admin,
    listQuery: v.listClassesQuery,
    create: v.createClassBody,
    update: v.updateClassBody,
    response: v.classResponse,
    toDto: svc.toClassDto,
    filter: (q) => ({
      ...(q.academicYearId ? { academicYearId: q.academicYearId } : {}),
      ...(q.gradeLevelId ? { gradeLevelId: q.gradeLevelId } : {}),
      ...(q.search ? { name: searchRegex(q.search) } : {}),
    }),
    beforeCreate: async (b) => {
      await svc.classes.assertRefs(b);
      return b;
    },
    beforeUpdate: async (b) => {
      await svc.classes.assertRefs(b);
      return b;
    },
    beforeDelete: svc.classes.beforeDelete,
    duplicate: { code: 'CLASS_EXISTS', message: 'This year already has a class with that name' },
  });
  return api
    .route({
      method: 'post',
      path: '/:id/sections',
      summary: 'Add a section to a class',
      access: admin,
      scope: 'school',
      params: idParams,
      body: v.sectionBody,
      response: { description: 'The class', schema: v.classResponse },
      handler: async ({ params, body }) => {
        const dto = await svc.addSection(params.id, body);
        await recordAudit('create', 'Section', params.id, Object.keys(body));
        return dto;
      },
    })
    .route({
      method: 'patch',
      path: '/:id/sections/:sectionId',
      summary: 'Change a section (name, capacity, homeroom teacher)',
      access: admin,
      scope: 'school',
      params: v.sectionParams,
      body: v.updateSectionBody,
      response: { description: 'The class', schema: v.classResponse },
      handler: async ({ params, body }) => {
        const dto = await svc.updateSection(params.id, params.sectionId, body);
        await recordAudit('update', 'Section', params.sectionId, Object.keys(body));
        return dto;
      },
    })
    .route({
      method: 'delete',
      path: '/:id/sections/:sectionId',
      summary: 'Remove an empty section',
      access: admin,
      scope: 'school',
      params: v.sectionParams,
      status: 204,
      handler: async ({ params }) => {
        await svc.removeSection(params.id, params.sectionId);
        await recordAudit('delete', 'Section', params.sectionId);
      },
    });
}

/** /api/assignments — who teaches which subject to which section. */
export const assignmentRoutes = (api: ApiRouter) =>
  crudRoutes(
    // Before /:id, which would take "mine" for an id.
    api.route({
      method: 'get',
      path: '/mine',
      summary: "The signed-in teacher's classes: their staff id and what they teach where",
      access: { kind: 'school', roles: ['teacher'] },
      response: {
        description: 'Assignments of the teacher',
        schema: z.object({ teacherId: z.string().nullable(), assignments: z.array(v.assignmentResponse) }),
      },
      handler: () => svc.myAssignments(currentUser().id),
    }),
    {
      def: AssignmentModel,
      name: 'Assignment',
      read: anyone,
      write: admin,
      listQuery: v.listAssignmentsQuery,
      create: v.createAssignmentBody,
      update: v.updateAssignmentBody,
      response: v.assignmentResponse,
      toDto: svc.toAssignmentDto,
      filter: (q) => {
        const f: Record<string, unknown> = {};
        for (const k of ['classId', 'sectionId', 'teacherId', 'subjectId'] as const) if (q[k]) f[k] = q[k];
        return f;
      },
      beforeCreate: async (b) => {
        await svc.assertSectionOf(b.classId, b.sectionId);
        await assertExists(SubjectModel, b.subjectId, 'Subject', 'subjectId');
        await svc.assertTeacher(b.teacherId, 'teacherId');
        return b;
      },
      beforeUpdate: async (b) => {
        await svc.assertTeacher(b.teacherId, 'teacherId');
        return b;
      },
      duplicate: { code: 'ASSIGNMENT_EXISTS', message: 'This subject already has a teacher in this section' },
    },
  );
