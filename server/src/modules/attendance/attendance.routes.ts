import type { ApiRouter } from '../../http/route.js';
import {
  markSectionBody,
  periodQuery,
  reportQuery,
  reportResponse,
  sectionDayParams,
  sectionDayResponse,
} from './attendance.validation.js';
import * as svc from './attendance.service.js';
import { sectionInScope } from '../people/people.scopes.js';

/** /api/attendance — daily (and per-period) registers, marked a section at a time. */
export const attendanceRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/sections/:sectionId/:date',
      summary: "A section's register for one day: every enrolled student and their mark",
      access: { kind: 'school', roles: ['admin', 'staff', 'teacher'] },
      scope: sectionInScope('sectionId'),
      params: sectionDayParams,
      query: periodQuery,
      response: { description: 'The register', schema: sectionDayResponse },
      handler: ({ params, query }) => svc.sectionDay(params.sectionId, params.date, query.period),
    })
    .route({
      method: 'put',
      path: '/sections/:sectionId/:date',
      summary: 'Mark a whole section for one day (idempotent: marking again replaces the marks)',
      description: 'Teachers may mark only the sections they teach or lead (403 NOT_YOUR_SECTION).',
      access: { kind: 'school', roles: ['admin', 'teacher'] },
      scope: sectionInScope('sectionId'),
      params: sectionDayParams,
      body: markSectionBody,
      response: { description: 'The register after marking', schema: sectionDayResponse },
      handler: ({ params, body }) => svc.markSection(params.sectionId, params.date, body),
    })
    .route({
      method: 'get',
      path: '/report',
      summary: 'Attendance counts and rates per student for a section or one student over a date range',
      description: `Rate: ${svc.RATE_DEFINITION}. Parents and students see only their own.`,
      access: { kind: 'school' },
      query: reportQuery,
      response: { description: 'Counts and rates', schema: reportResponse },
      handler: ({ query }) => svc.report(query),
    });
