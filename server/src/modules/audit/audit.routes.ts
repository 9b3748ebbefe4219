import { z } from 'zod';
import { RESPONDED, type ApiRouter } from '../../http/route.js';
import { objectId } from '../../lib/validation.js';
import { pageSchema } from '../../lib/pagination.js';
import { sendCsv, toCsv } from '../../lib/csv.js';
import { listQuery } from '../../school/crud.js';
import { AUDIT_EXPORT_MAX, auditExport, auditPage } from './audit.service.js';

const filters = {
  model: z.string().max(40).optional(),
  action: z.string().max(40).optional(),
  recordId: z.string().max(80).optional(),
  actorId: objectId.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
};
const auditQuery = listQuery(['at'], '-at', filters);
const entry = z.object({
  id: z.string(),
  actorId: z.string().nullable(),
  /** The actor's name, when the account still exists. */
  actorName: z.string().nullable(),
  action: z.string(),
  model: z.string(),
  recordId: z.string().nullable(),
  /** The record's name (a student's, a class's…), when its kind has one and it still exists. */
  recordName: z.string().nullable(),
  fields: z.array(z.string()),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  at: z.string(),
});
const CSV_COLUMNS = ['at', 'actorId', 'actorName', 'action', 'model', 'recordId', 'recordName', 'fields', 'ip', 'userAgent'] as const;

/** /api/audit — the school's own audit log (who changed what), for its admins. */
export const auditRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/',
      summary: "The school's audit log, newest first, with filters",
      access: { kind: 'school', roles: ['admin'] },
      query: auditQuery,
      response: { description: 'A page of audit entries', schema: pageSchema(entry) },
      handler: ({ query }) => auditPage(query),
    })
    .route({
      method: 'get',
      path: '/export.csv',
      summary: `Export the audit log as CSV (same filters as the list, newest first, up to ${AUDIT_EXPORT_MAX} entries)`,
      access: { kind: 'school', roles: ['admin'] },
      query: z.object(filters).strict(),
      response: { description: 'CSV', contentType: 'text/csv' },
      handler: async ({ query, res }) => {
        const rows = (await auditExport(query)).map((e) => ({ ...e, fields: e.fields.join(' ') }));
        sendCsv(res, 'audit-log.csv', toCsv(CSV_COLUMNS, rows));
        return RESPONDED;
      },
    });
