import { z } from 'zod';
import { objectId } from '../../lib/validation.js';
import { ATTENDANCE_STATUSES } from '../attendance/attendance.schema.js';
import { createGuardianBody, guardianResponse } from './people.validation.js';

/** Attach an existing guardian (`guardianId`) or a new one (`guardian`, created and attached in one request). */
export const attachGuardianBody = z
  .object({ guardianId: objectId.optional(), guardian: createGuardianBody.optional() })
  .strict()
  .refine((b) => Boolean(b.guardianId) !== Boolean(b.guardian), {
    message: 'Give a guardianId or a new guardian, not both',
    path: ['guardianId'],
  });
export type AttachGuardian = z.infer<typeof attachGuardianBody>;

export const studentGuardianParams = z.object({ id: objectId, guardianId: objectId }).strict();

const term = z.object({ id: z.string(), name: z.string(), startDate: z.string(), endDate: z.string() });
const invoice = z.object({
  id: z.string(),
  number: z.string(),
  dueDate: z.string(),
  total: z.number().describe('Minor units'),
  paid: z.number(),
  balance: z.number(),
  status: z.string(),
});

/** What a student's page shows beside the record: class, guardians, this term's absences, fees by term, next exams. */
export const studentOverviewResponse = z.object({
  className: z.string().nullable(),
  sectionName: z.string().nullable(),
  guardians: z.array(guardianResponse).describe("Within the caller's scope: a parent sees only their own record"),
  term: term.nullable().describe("The term that contains today (the school's time zone), else the year's next or last"),
  absences: z
    .array(z.object({ date: z.string(), status: z.enum(ATTENDANCE_STATUSES), note: z.string().nullable() }))
    .describe('Daily register marks other than present in the term, newest first'),
  fees: z
    .object({
      currency: z.string(),
      total: z.number(),
      paid: z.number(),
      balance: z.number(),
      terms: z.array(
        z.object({
          termId: z.string().nullable(),
          name: z.string(),
          total: z.number(),
          paid: z.number(),
          balance: z.number(),
          invoices: z.array(invoice),
        }),
      ),
    })
    .nullable()
    .describe('null when the school does not use fees'),
  exams: z
    .array(z.object({ id: z.string(), name: z.string(), date: z.string(), subject: z.string() }))
    .describe('The next exams of the class'),
});
