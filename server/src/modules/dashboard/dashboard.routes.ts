import { z } from 'zod';
import type { ApiRouter } from '../../http/route.js';
import { dashboard } from './dashboard.service.js';

const counts = z.object({ present: z.number(), absent: z.number(), late: z.number(), excused: z.number(), rate: z.number().nullable() });
const dashboardResponse = z.object({
  date: z.string(),
  academicYear: z.string().nullable(),
  term: z.string().nullable(),
  counts: z.object({ students: z.number(), teachers: z.number(), guardians: z.number(), classes: z.number(), subjects: z.number() }),
  attendance: z.object({ today: counts, thisWeek: counts }),
  fees: z
    .object({
      term: z.string(),
      currency: z.string(),
      due: z.number(),
      collected: z.number(),
      outstanding: z.number(),
      invoices: z.number(),
    })
    .nullable(),
  upcomingExams: z.array(
    z.object({ id: z.string(), name: z.string(), date: z.string().nullable(), classId: z.string(), subjectId: z.string() }),
  ),
});

/** /api/dashboard — counts, attendance today and this week, fees this term, upcoming exams. */
export const dashboardRoutes = (api: ApiRouter) =>
  api.route({
    method: 'get',
    path: '/',
    summary: 'The school at a glance (computed by the database)',
    access: { kind: 'school', roles: ['admin', 'staff'] },
    query: z.object({ date: z.iso.date().optional() }).strict(),
    response: { description: 'Dashboard', schema: dashboardResponse },
    handler: ({ query }) => dashboard(query.date),
  });
