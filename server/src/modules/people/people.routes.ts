import { Types } from 'mongoose';
import type { ApiRouter } from '../../http/route.js';
import { z } from 'zod';
import { email, idParams } from '../../lib/validation.js';
import { nameSearch } from '../../lib/pagination.js';
import { crudRoutes, refuseIfUsed } from '../../school/crud.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { AssignmentModel, ClassModel } from '../academic/academic.schema.js';
import { UserModel } from '../users/user.schema.js';
import { endAllLinks } from '../users/invitation.js';
import { AttendanceModel } from '../attendance/attendance.schema.js';
import { GuardianModel, StaffModel, StudentModel } from './people.schema.js';
import * as v from './people.validation.js';
import * as svc from './people.service.js';
import { studentInScope } from './people.scopes.js';
import * as record from './student-record.service.js';
import * as rv from './student-record.validation.js';

const admin = { kind: 'school', roles: ['admin'] } as const;
const accountBody = z.object({ email }).strict();
const invitationResponse = z.object({ userId: z.string(), url: z.string(), expiresAt: z.string() });

/** POST /:id/account — an invited sign-in account for someone created without one. */
const accountRoute = (api: ApiRouter, kind: 'student' | 'guardian' | 'staff', deps: { bcryptCost: number }) =>
  api.route({
    method: 'post',
    path: '/:id/account',
    summary: `Give this ${kind === 'staff' ? 'staff member' : kind} a sign-in account (returns the set-password link)`,
    access: admin,
    scope: 'school',
    params: idParams,
    body: accountBody,
    response: { description: 'The invitation', schema: invitationResponse },
    handler: ({ params, body }) => svc.addAccount(kind, params.id, body.email, deps.bcryptCost),
  });

/** /api/students — admission numbers are generated per school; parents see only their children. */
export function studentRoutes(api: ApiRouter, deps: { bcryptCost: number }) {
  crudRoutes(api, {
    def: StudentModel,
    name: 'Student',
    read: { kind: 'school' },
    write: admin,
    listQuery: v.listStudentsQuery,
    create: v.createStudentBody,
    update: v.updateStudentBody,
    response: v.studentResponse,
    toDto: (s) => svc.toStudentDto(s),
    scope: { name: 'student', filter: svc.studentScope },
    filter: (q) => {
      const f: Record<string, unknown> = {};
      for (const k of ['classId', 'sectionId', 'status'] as const) if (q[k]) f[k] = q[k];
      if (q.guardianId) f.guardianIds = new Types.ObjectId(q.guardianId);
      if (q.search) Object.assign(f, nameSearch(q.search, ['admissionNumber']));
      return f;
    },
    createWith: async (body) => {
      await record.assertNotDuplicate(body);
      return svc.createStudent(body, deps.bcryptCost);
    },
    beforeUpdate: async (body, current) => {
      await svc.assertGuardians(body.guardianIds);
      return svc.withPlacementStatus(body, current);
    },
    beforeDelete: async (s) => {
      await refuseIfUsed(
        tenantModel(AttendanceModel).countDocuments({ studentId: s._id }),
        'This student has attendance records: set their status to withdrawn or transferred instead',
      );
      if (s.userId) {
        // Its links die with it, and an invitation email not yet sent is withdrawn.
        await endAllLinks(s.userId);
        await tenantModel(UserModel).deleteOne({ _id: s.userId });
      }
    },
    duplicate: { code: 'ADMISSION_NUMBER_EXISTS', message: 'This admission number is already used' },
  });
  accountRoute(api, 'student', deps);
  api
    .route({
      method: 'get',
      path: '/:id/overview',
      summary: "A student's page beside the record: class, guardians, this term's absences by date, fees by term, next exams",
      access: { kind: 'school' },
      scope: studentInScope('id'),
      params: idParams,
      response: { description: 'The overview', schema: rv.studentOverviewResponse },
      handler: ({ params }) => record.studentOverview(params.id),
    })
    .route({
      method: 'post',
      path: '/:id/guardians',
      summary: 'Attach a guardian to a student: an existing one (guardianId) or a new one (guardian)',
      access: admin,
      scope: studentInScope('id'),
      params: idParams,
      body: rv.attachGuardianBody,
      status: 200,
      response: { description: 'The student', schema: v.studentResponse },
      errors: { 409: 'Already linked (ALREADY_LINKED) or 10 guardians already (TOO_MANY_GUARDIANS)' },
      handler: ({ params, body }) => record.attachGuardian(params.id, body, deps.bcryptCost),
    })
    .route({
      method: 'delete',
      path: '/:id/guardians/:guardianId',
      summary: "Detach a guardian from a student (the guardian's record stays)",
      access: admin,
      scope: studentInScope('id'),
      params: rv.studentGuardianParams,
      status: 200,
      response: { description: 'The student', schema: v.studentResponse },
      handler: ({ params }) => record.detachGuardian(params.id, params.guardianId),
    });
  return api.route({
    method: 'post',
    path: '/:id/move',
    summary: 'Move a student to another class or section (placement history kept)',
    access: admin,
    scope: studentInScope('id'),
    params: idParams,
    body: v.moveStudentBody,
    status: 200,
    response: { description: 'The student', schema: v.studentResponse },
    handler: ({ params, body }) => svc.moveStudent(params.id, body),
  });
}

/** /api/guardians — parents and guardians; a parent account sees only its own record. */
export const guardianRoutes = (api: ApiRouter, deps: { bcryptCost: number }) =>
  accountRoute(
    crudRoutes(api, {
      def: GuardianModel,
      name: 'Guardian',
      read: { kind: 'school', roles: ['admin', 'staff', 'teacher', 'parent'] },
      write: admin,
      listQuery: v.listGuardiansQuery,
      create: v.createGuardianBody,
      update: v.updateGuardianBody,
      response: v.guardianResponse,
      toDto: (g) => svc.toGuardianDto(g),
      scope: { name: 'guardian', filter: svc.guardianScope },
      filter: (q) => (q.search ? nameSearch(q.search, ['contact.email', 'contact.phone']) : {}),
      createWith: (body) => svc.createGuardian(body, deps.bcryptCost),
      beforeDelete: (g) =>
        refuseIfUsed(tenantModel(StudentModel).countDocuments({ guardianIds: g._id }), 'Students are linked to this guardian'),
      duplicate: { code: 'GUARDIAN_EXISTS', message: 'This guardian already exists' },
    }),
    'guardian',
    deps,
  );

/** /api/teachers — teachers and other staff (kind), with employee numbers. */
export const staffRoutes = (api: ApiRouter, deps: { bcryptCost: number }) =>
  accountRoute(
    crudRoutes(api, {
      def: StaffModel,
      name: 'Staff member',
      read: { kind: 'school', roles: ['admin', 'staff', 'teacher'] },
      write: admin,
      listQuery: v.listStaffQuery,
      create: v.createStaffBody,
      update: v.updateStaffBody,
      response: v.staffResponse,
      toDto: (s) => svc.toStaffDto(s),
      filter: (q) => {
        const f: Record<string, unknown> = {};
        if (q.kind) f.kind = q.kind;
        if (q.status) f.status = q.status;
        if (q.subjectId) f.subjectIds = new Types.ObjectId(q.subjectId);
        if (q.search) Object.assign(f, nameSearch(q.search, ['employeeNumber']));
        return f;
      },
      createWith: (body) => svc.createStaff(body, deps.bcryptCost),
      beforeDelete: async (s) => {
        await refuseIfUsed(tenantModel(AssignmentModel).countDocuments({ teacherId: s._id }), 'This teacher has teaching assignments');
        await refuseIfUsed(tenantModel(ClassModel).countDocuments({ 'sections.homeroomTeacherId': s._id }), 'This teacher leads a section');
      },
      duplicate: { code: 'EMPLOYEE_NUMBER_EXISTS', message: 'This employee number is already used' },
    }),
    'staff',
    deps,
  );
