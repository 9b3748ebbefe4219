import { z } from 'zod';
import { email, nameText, objectId, searchText } from '../../lib/validation.js';
import { listQuery } from '../../school/crud.js';
import { phoneField } from '../messages/address.js';
import { STAFF_KINDS, STAFF_STATUSES, STUDENT_STATUSES } from './people.schema.js';

const name = nameText(60);
const day = z.iso.date();
// A phone is stored in E.164; typed without its country code, it is read in the school's country (schoolConfig.country).
const contact = z
  .object({ email: email.optional(), phone: phoneField().optional(), address: z.string().trim().max(300).optional() })
  .strict();
const search = searchText(60).optional();
const nonEmpty = { message: 'Send at least one field to change' };
/** Ask for a sign-in account: an invited user is created and the set-password link returned. */
const account = z.object({ email }).strict();

export const createStudentBody = z
  .object({
    firstName: name,
    lastName: name,
    dateOfBirth: day.optional(),
    gender: z.enum(['female', 'male', 'other', 'unspecified']).optional(),
    classId: objectId.optional(),
    sectionId: objectId.optional(),
    guardianIds: z.array(objectId).max(10).optional(),
    contact: contact.optional(),
    account: account.optional(),
    confirmDuplicate: z
      .boolean()
      .optional()
      .describe('Save even though a student with the same name, birth date and class exists (else 409 POSSIBLE_DUPLICATE)'),
  })
  .strict()
  .refine((b) => Boolean(b.classId) === Boolean(b.sectionId), {
    message: 'Give both classId and sectionId, or neither',
    path: ['sectionId'],
  });

export const updateStudentBody = z
  .object({
    firstName: name.optional(),
    lastName: name.optional(),
    dateOfBirth: day.optional(),
    gender: z.enum(['female', 'male', 'other', 'unspecified']).optional(),
    guardianIds: z.array(objectId).max(10).optional(),
    contact: contact.optional(),
    status: z.enum(STUDENT_STATUSES).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, nonEmpty);

export const moveStudentBody = z
  .object({ classId: objectId, sectionId: objectId, date: day.optional(), reason: z.string().trim().max(200).optional() })
  .strict();

export const listStudentsQuery = listQuery(['lastName', 'firstName', 'admissionNumber', 'createdAt'], 'lastName', {
  classId: objectId.optional(),
  sectionId: objectId.optional(),
  status: z.enum(STUDENT_STATUSES).optional(),
  guardianId: objectId.optional(),
  search,
});

const invitation = z.object({ userId: z.string(), url: z.string(), expiresAt: z.string() });

export const studentResponse = z.object({
  id: z.string(),
  admissionNumber: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string().nullable(),
  gender: z.string(),
  classId: z.string().nullable(),
  sectionId: z.string().nullable(),
  guardianIds: z.array(z.string()),
  contact: z.object({ email: z.string().optional(), phone: z.string().optional(), address: z.string().optional() }),
  status: z.enum(STUDENT_STATUSES),
  placements: z.array(
    z.object({ classId: z.string(), sectionId: z.string(), from: z.string(), to: z.string().nullable(), reason: z.string().nullable() }),
  ),
  userId: z.string().nullable(),
  invitation: invitation.optional(),
});

export const createGuardianBody = z
  .object({
    firstName: name,
    lastName: name,
    relationship: z.string().trim().max(40).optional(),
    contact: contact.optional(),
    account: account.optional(),
  })
  .strict();
export const updateGuardianBody = z
  .object({
    firstName: name.optional(),
    lastName: name.optional(),
    relationship: z.string().trim().max(40).optional(),
    contact: contact.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, nonEmpty);
export const listGuardiansQuery = listQuery(['lastName', 'firstName', 'createdAt'], 'lastName', { search });
export const guardianResponse = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  relationship: z.string().nullable(),
  contact: z.object({ email: z.string().optional(), phone: z.string().optional(), address: z.string().optional() }),
  userId: z.string().nullable(),
  invitation: invitation.optional(),
});

export const createStaffBody = z
  .object({
    employeeNumber: z.string().trim().min(1).max(30).optional(),
    kind: z.enum(STAFF_KINDS).default('teacher'),
    firstName: name,
    lastName: name,
    subjectIds: z.array(objectId).max(30).optional(),
    contact: contact.optional(),
    account: account.optional(),
  })
  .strict();
export const updateStaffBody = z
  .object({
    firstName: name.optional(),
    lastName: name.optional(),
    subjectIds: z.array(objectId).max(30).optional(),
    contact: contact.optional(),
    status: z.enum(STAFF_STATUSES).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, nonEmpty);
export const listStaffQuery = listQuery(['lastName', 'firstName', 'employeeNumber', 'createdAt'], 'lastName', {
  kind: z.enum(STAFF_KINDS).optional(),
  status: z.enum(STAFF_STATUSES).optional(),
  subjectId: objectId.optional(),
  search,
});
export const staffResponse = z.object({
  id: z.string(),
  employeeNumber: z.string(),
  kind: z.enum(STAFF_KINDS),
  firstName: z.string(),
  lastName: z.string(),
  subjectIds: z.array(z.string()),
  contact: z.object({ email: z.string().optional(), phone: z.string().optional(), address: z.string().optional() }),
  status: z.enum(STAFF_STATUSES),
  userId: z.string().nullable(),
  invitation: invitation.optional(),
});

export type CreateStudent = z.infer<typeof createStudentBody>;
export type UpdateStudent = z.infer<typeof updateStudentBody>;
export type CreateStaff = z.infer<typeof createStaffBody>;
export type CreateGuardian = z.infer<typeof createGuardianBody>;
