import { z } from 'zod';
import type { ApiRouter } from '../../http/route.js';
import { dashboard } from './dashboard.service.js';
import { setupChecklist, SETUP_STEPS } from './setup.service.js';
import { familyDay, teacherDay } from './my-day.service.js';

const counts = z.object({ present: z.number(), absent: z.number(), late: z.number(), excused: z.number(), rate: z.number().nullable() });
const section = z.object({ classId: z.string(), sectionId: z.string(), name: z.string() });
const registers = z.object({
  sections: z.number().describe('Sections whose daily register is expected'),
  taken: z.number(),
  missing: z.array(section).describe('Sections whose register of the day is not taken yet'),
});
const dashboardResponse = z.object({
  date: z.string(),
  academicYear: z.string().nullable(),
  term: z.string().nullable(),
  counts: z.object({ students: z.number(), teachers: z.number(), guardians: z.number(), classes: z.number(), subjects: z.number() }),
  attendance: z.object({
    today: counts,
    thisWeek: counts,
    trend: z.array(counts.extend({ weekStart: z.string() })).describe('Daily registers per week, oldest first, this week last'),
  }),
  registers,
  fees: z
    .object({
      term: z.string(),
      termId: z.string(),
      currency: z.string(),
      due: z.number(),
      collected: z.number(),
      outstanding: z.number(),
      invoices: z.number(),
      overdue: z.number(),
    })
    .nullable(),
  upcomingExams: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      date: z.string().nullable(),
      classId: z.string(),
      subjectId: z.string(),
      className: z.string(),
      subjectName: z.string(),
    }),
  ),
});
const setupResponse = z.object({
  steps: z.array(z.object({ key: z.enum(SETUP_STEPS), done: z.boolean() })),
  complete: z.boolean(),
});
const teacherResponse = z.object({
  date: z.string(),
  lessons: z.array(
    z.object({
      id: z.string(),
      start: z.string(),
      end: z.string(),
      classId: z.string(),
      sectionId: z.string(),
      section: z.string(),
      subject: z.string(),
      room: z.string().nullable(),
    }),
  ),
  registers,
});
const familyResponse = z.object({
  date: z.string(),
  currency: z.string(),
  children: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      section: z.string().nullable(),
      absences: z.array(z.object({ date: z.string(), status: z.enum(['absent', 'late', 'excused']), note: z.string().nullable() })),
      nextExams: z.array(z.object({ id: z.string(), name: z.string(), date: z.string().nullable(), subject: z.string() })),
      balances: z.array(z.object({ termId: z.string().nullable(), term: z.string(), balance: z.number() })).nullable(),
    }),
  ),
});
const day = z.object({ date: z.iso.date().optional() }).strict();

/** /api/dashboard — each role's home page: the office's figures, the setup checklist, a teacher's day, a family's. */
export const dashboardRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/',
      summary: 'The school at a glance (computed by the database)',
      access: { kind: 'school', roles: ['admin', 'staff'] },
      query: day,
      response: { description: 'Dashboard', schema: dashboardResponse },
      handler: ({ query }) => dashboard(query.date),
    })
    .route({
      method: 'get',
      path: '/setup',
      summary: "A new school's setup checklist: which steps are done",
      access: { kind: 'school', roles: ['admin'] },
      response: { description: 'Setup steps in order', schema: setupResponse },
      handler: () => setupChecklist(),
    })
    .route({
      method: 'get',
      path: '/teacher',
      summary: "A teacher's day: lessons from the timetable and registers not yet taken",
      access: { kind: 'school', roles: ['teacher'] },
      query: day,
      response: { description: "The teacher's day", schema: teacherResponse },
      handler: ({ query }) => teacherDay(query.date),
    })
    .route({
      method: 'get',
      path: '/family',
      summary: 'Each child of the caller (or the student): absences of the last 30 days, next exams, balance per term',
      access: { kind: 'school', roles: ['parent', 'student'] },
      query: day,
      response: { description: "The family's view", schema: familyResponse },
      handler: ({ query }) => familyDay(query.date),
    });
