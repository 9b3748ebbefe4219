import { z } from 'zod';
import { objectId, searchText } from '../../lib/validation.js';
import { listQuery } from '../../school/crud.js';

export const day = z.iso.date();
const name = (max: number) => z.string().trim().min(1).max(max);

const term = z
  .object({ name: name(60), startDate: day, endDate: day })
  .strict()
  .refine((t) => t.endDate > t.startDate, { message: 'A term must end after it starts', path: ['endDate'] });

function checkYear(y: { startDate?: string; endDate?: string; terms?: { startDate: string; endDate: string }[] }, ctx: z.RefinementCtx) {
  if (y.startDate && y.endDate && y.endDate <= y.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The year must end after it starts' });
  }
  const terms = [...(y.terms ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate));
  terms.forEach((t, i) => {
    if ((y.startDate && t.startDate < y.startDate) || (y.endDate && t.endDate > y.endDate)) {
      ctx.addIssue({ code: 'custom', path: ['terms', i], message: 'A term must lie within its year' });
    }
    const prev = terms[i - 1];
    if (prev && t.startDate <= prev.endDate) ctx.addIssue({ code: 'custom', path: ['terms', i], message: 'Terms must not overlap' });
  });
}

export const createYearBody = z
  .object({ name: name(60), startDate: day, endDate: day, isCurrent: z.boolean().optional(), terms: z.array(term).max(6).optional() })
  .strict()
  .superRefine(checkYear);

export const updateYearBody = z
  .object({
    name: name(60).optional(),
    startDate: day.optional(),
    endDate: day.optional(),
    isCurrent: z.literal(true).optional(),
    terms: z.array(term).max(6).optional(),
  })
  .strict()
  .superRefine(checkYear)
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });

export const listYearsQuery = listQuery(['startDate', 'name'], '-startDate', { current: z.enum(['true', 'false']).optional() });

export const yearResponse = z.object({
  id: z.string(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  isCurrent: z.boolean(),
  terms: z.array(z.object({ id: z.string(), name: z.string(), startDate: z.string(), endDate: z.string() })),
});

export const createGradeBody = z.object({ name: name(60), order: z.number().int().min(0).max(100) }).strict();
export const updateGradeBody = createGradeBody
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const listGradesQuery = listQuery(['order', 'name'], 'order', {});
export const gradeResponse = z.object({ id: z.string(), name: z.string(), order: z.number() });

const section = z
  .object({ name: name(30), capacity: z.number().int().min(1).max(1000).optional(), homeroomTeacherId: objectId.optional() })
  .strict();

export const createClassBody = z
  .object({ name: name(60), academicYearId: objectId, gradeLevelId: objectId, sections: z.array(section).max(26).optional() })
  .strict()
  .refine((c) => new Set((c.sections ?? []).map((s) => s.name.toLowerCase())).size === (c.sections ?? []).length, {
    message: 'Section names must differ',
    path: ['sections'],
  });
export const updateClassBody = z
  .object({ name: name(60).optional(), gradeLevelId: objectId.optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const listClassesQuery = listQuery(['name', 'createdAt'], 'name', {
  academicYearId: objectId.optional(),
  gradeLevelId: objectId.optional(),
  search: searchText(60).optional(),
});
export const sectionBody = section;
export const updateSectionBody = section
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const sectionParams = z.object({ id: objectId, sectionId: objectId }).strict();

const sectionResponse = z.object({ id: z.string(), name: z.string(), capacity: z.number(), homeroomTeacherId: z.string().nullable() });
export const classResponse = z.object({
  id: z.string(),
  name: z.string(),
  academicYearId: z.string(),
  gradeLevelId: z.string(),
  sections: z.array(sectionResponse),
});

export const createSubjectBody = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{1,20}$/, 'letters, digits and hyphens, up to 20'),
    name: name(120),
    description: z.string().trim().max(500).optional(),
  })
  .strict();
export const updateSubjectBody = createSubjectBody
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const listSubjectsQuery = listQuery(['code', 'name'], 'code', { search: searchText(60).optional() });
export const subjectResponse = z.object({ id: z.string(), code: z.string(), name: z.string(), description: z.string().optional() });

export const createAssignmentBody = z.object({ classId: objectId, sectionId: objectId, subjectId: objectId, teacherId: objectId }).strict();
export const updateAssignmentBody = z.object({ teacherId: objectId }).strict();
export const listAssignmentsQuery = listQuery(['createdAt'], 'createdAt', {
  classId: objectId.optional(),
  sectionId: objectId.optional(),
  teacherId: objectId.optional(),
  subjectId: objectId.optional(),
});
export const assignmentResponse = z.object({
  id: z.string(),
  classId: z.string(),
  sectionId: z.string(),
  subjectId: z.string(),
  teacherId: z.string(),
});
