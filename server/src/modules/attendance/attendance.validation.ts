import { z } from 'zod';
import { objectId } from '../../lib/validation.js';
import { ATTENDANCE_STATUSES } from './attendance.schema.js';

const day = z.iso.date();

export const sectionDayParams = z.object({ sectionId: objectId, date: day }).strict();
export const periodQuery = z.object({ period: z.coerce.number().int().min(0).max(12).default(0) }).strict();

export const markSectionBody = z
  .object({
    period: z.number().int().min(0).max(12).default(0),
    marks: z
      .array(z.object({ studentId: objectId, status: z.enum(ATTENDANCE_STATUSES), note: z.string().trim().max(300).optional() }).strict())
      .min(1)
      .max(200),
  })
  .strict()
  .refine((b) => new Set(b.marks.map((m) => m.studentId)).size === b.marks.length, { message: 'A student appears twice', path: ['marks'] });

export const reportQuery = z
  .object({
    from: day,
    to: day,
    sectionId: objectId.optional(),
    studentId: objectId.optional(),
    period: z.coerce.number().int().min(0).max(12).default(0),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => Boolean(q.sectionId) !== Boolean(q.studentId), { message: 'Give a sectionId or a studentId', path: ['sectionId'] });

const counts = z.object({ present: z.number(), absent: z.number(), late: z.number(), excused: z.number() });

export const sectionDayResponse = z.object({
  sectionId: z.string(),
  date: z.string(),
  period: z.number(),
  counts,
  students: z.array(
    z.object({
      studentId: z.string(),
      name: z.string(),
      admissionNumber: z.string(),
      status: z.enum(ATTENDANCE_STATUSES).nullable(),
      note: z.string().nullable(),
    }),
  ),
});

export const reportResponse = z.object({
  from: z.string(),
  to: z.string(),
  period: z.number(),
  rateDefinition: z.string(),
  students: z.array(
    z.object({ studentId: z.string(), name: z.string(), admissionNumber: z.string(), counts, rate: z.number().nullable() }),
  ),
  total: z.object({ counts, rate: z.number().nullable() }),
});

export type MarkSection = z.infer<typeof markSectionBody>;
export type ReportQuery = z.infer<typeof reportQuery>;
