import { z } from 'zod';
import { objectId } from '../../lib/validation.js';
import { listQuery } from '../../school/crud.js';

const band = z
  .object({
    grade: z.string().trim().min(1).max(5),
    min: z.number().min(0).max(100),
    points: z.number().min(0).max(10).optional(),
    remark: z.string().trim().max(60).optional(),
  })
  .strict();

/** Bands by minimum percentage: distinct minimums, one of them 0, so every percentage has a grade. */
const bands = z
  .array(band)
  .min(2)
  .max(20)
  .superRefine((bs, ctx) => {
    if (!bs.some((b) => b.min === 0))
      ctx.addIssue({ code: 'custom', message: 'One band must start at 0 so that every percentage has a grade' });
    if (new Set(bs.map((b) => b.min)).size !== bs.length)
      ctx.addIssue({ code: 'custom', message: 'Two bands start at the same percentage' });
    if (new Set(bs.map((b) => b.grade)).size !== bs.length) ctx.addIssue({ code: 'custom', message: 'Two bands have the same grade' });
  })
  .transform((bs) => [...bs].sort((a, b) => b.min - a.min));

export const createScaleBody = z.object({ name: z.string().trim().min(1).max(60), isDefault: z.boolean().optional(), bands }).strict();
export const updateScaleBody = z
  .object({ name: z.string().trim().min(1).max(60).optional(), isDefault: z.literal(true).optional(), bands: bands.optional() })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const listScalesQuery = listQuery(['name'], 'name', {});
export const scaleResponse = z.object({
  id: z.string(),
  name: z.string(),
  isDefault: z.boolean(),
  bands: z.array(z.object({ grade: z.string(), min: z.number(), points: z.number().optional(), remark: z.string().optional() })),
});

const decimals = z.number().int().min(0).max(2).describe('Decimals a score may have: 0 = whole marks only');

export const createExamBody = z
  .object({
    name: z.string().trim().min(1).max(80),
    termId: objectId,
    classId: objectId,
    subjectId: objectId,
    maxMarks: z.number().positive().max(1000),
    decimals: decimals.default(1),
    weight: z.number().min(0).max(100).default(1),
    date: z.iso.date().optional(),
  })
  .strict();
export const updateExamBody = z
  .object({
    name: z.string().trim().min(1).max(80).optional(),
    maxMarks: z.number().positive().max(1000).optional(),
    decimals: decimals.optional(),
    weight: z.number().min(0).max(100).optional(),
    date: z.iso.date().optional(),
    status: z.enum(['draft', 'published']).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export const listExamsQuery = listQuery(['date', 'name', 'createdAt'], 'date', {
  termId: objectId.optional(),
  classId: objectId.optional(),
  subjectId: objectId.optional(),
  status: z.enum(['draft', 'published']).optional(),
  from: z.iso.date().optional(),
});
export const examResponse = z.object({
  id: z.string(),
  name: z.string(),
  academicYearId: z.string(),
  termId: z.string(),
  classId: z.string(),
  subjectId: z.string(),
  maxMarks: z.number(),
  decimals: z.number(),
  weight: z.number(),
  date: z.string().nullable(),
  status: z.enum(['draft', 'published']),
});

export const enterMarksBody = z
  .object({
    sectionId: objectId,
    marks: z
      .array(z.object({ studentId: objectId, score: z.number().min(0).nullable(), remark: z.string().trim().max(200).optional() }).strict())
      .min(1)
      .max(200),
  })
  .strict()
  .refine((b) => new Set(b.marks.map((m) => m.studentId)).size === b.marks.length, { message: 'A student appears twice', path: ['marks'] });

export const marksQuery = z.object({ sectionId: objectId }).strict();
export const marksResponse = z.object({
  examId: z.string(),
  sectionId: z.string(),
  maxMarks: z.number(),
  decimals: z.number(),
  students: z.array(
    z.object({ studentId: z.string(), name: z.string(), score: z.number().nullable(), absent: z.boolean(), remark: z.string().nullable() }),
  ),
});

export const termParams = z.object({ sectionId: objectId, termId: objectId }).strict();
export const reportCardParams = z.object({ studentId: objectId, termId: objectId }).strict();
export const reportCardQuery = z.object({ format: z.enum(['json', 'pdf']).default('json') }).strict();

const subjectResult = z.object({
  subjectId: z.string(),
  code: z.string(),
  name: z.string(),
  percentage: z.number().nullable(),
  grade: z.string().nullable(),
  exams: z.array(
    z.object({
      examId: z.string(),
      name: z.string(),
      score: z.number().nullable(),
      maxMarks: z.number(),
      weight: z.number(),
      absent: z.boolean(),
    }),
  ),
});
export const studentResult = z.object({
  studentId: z.string(),
  name: z.string(),
  admissionNumber: z.string(),
  subjects: z.array(subjectResult),
  average: z.number().nullable().describe('Average of the subject percentages (raw marks of different maxima are never added)'),
  grade: z.string().nullable(),
  rank: z.number().nullable(),
});
export const termResultsResponse = z.object({
  sectionId: z.string(),
  termId: z.string(),
  scale: z.string(),
  students: z.array(studentResult),
});
export const reportCardResponse = z.object({
  school: z.object({ name: z.string(), motto: z.string().nullable() }),
  term: z.object({ id: z.string(), name: z.string(), year: z.string() }),
  className: z.string(),
  sectionName: z.string(),
  classSize: z.number(),
  result: studentResult,
  remarks: z.object({ classTeacher: z.string().nullable(), head: z.string().nullable() }),
  attendance: z.object({ present: z.number(), absent: z.number(), late: z.number(), excused: z.number(), rate: z.number().nullable() }),
});

export const sectionCardsParams = z.object({ sectionId: objectId, termId: objectId }).strict();
export const remarksBody = z
  .object({
    classTeacher: z.string().trim().max(600).nullable().optional(),
    head: z.string().trim().max(600).nullable().optional(),
  })
  .strict()
  .refine((b) => b.classTeacher !== undefined || b.head !== undefined, { message: 'Send classTeacher or head' });
export const remarksResponse = z.object({
  studentId: z.string(),
  termId: z.string(),
  classTeacher: z.string().nullable(),
  head: z.string().nullable(),
  /** What the caller may write: the class teacher's remark (class teacher, admin) and the head's (admin). */
  canWrite: z.object({ classTeacher: z.boolean(), head: z.boolean() }),
});

export type RemarksBody = z.infer<typeof remarksBody>;
export type EnterMarks = z.infer<typeof enterMarksBody>;
