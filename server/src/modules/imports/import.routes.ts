import { z } from 'zod';
import { RESPONDED, type ApiRouter } from '../../http/route.js';
import { sendCsv, toCsv } from '../../lib/csv.js';
import { IMPORT_FIELDS, importCsv } from './import.service.js';
import type { TextEncoding } from '../../lib/text-encoding.js';
import { requestLanguage } from '../../http/request-language.js';

const kindParams = z.object({ kind: z.enum(['students', 'guardians', 'teachers']) }).strict();
const importQuery = z
  .object({
    mode: z.enum(['add', 'update']).default('add'),
    dryRun: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    mapping: z
      .string()
      .max(4000)
      .optional()
      .transform((v, ctx) => {
        if (!v) return {};
        try {
          const parsed = z.record(z.string(), z.string().max(200)).parse(JSON.parse(v));
          return parsed;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'mapping must be a JSON object of field → column header' });
          return z.NEVER;
        }
      }),
  })
  .strict();
const reportResponse = z.object({
  kind: z.enum(['students', 'guardians', 'teachers']),
  mode: z.enum(['add', 'update']),
  dryRun: z.boolean(),
  rows: z.number(),
  valid: z.boolean(),
  errors: z.array(z.object({ line: z.number().nullable(), field: z.string().nullable(), reason: z.string(), message: z.string() })),
  created: z.number(),
  updated: z.number(),
  guardiansCreated: z.number(),
  encoding: z
    .enum(['UTF-8', 'UTF-16LE', 'UTF-16BE', 'windows-1252', 'ISO-8859-1', 'windows-1256', 'windows-1251'])
    .describe('How the uploaded bytes were read: a byte-order mark, valid UTF-8, the declared charset, or the detected legacy code page'),
});

/** /api/import — CSV import of students (with their guardians), guardians and teachers. */
export const importRoutes = (api: ApiRouter) =>
  api
    .route({
      method: 'get',
      path: '/:kind/template.csv',
      summary: 'An empty CSV with the columns an import understands',
      access: { kind: 'school', roles: ['admin'] },
      params: kindParams,
      response: { description: 'CSV header', contentType: 'text/csv' },
      handler: ({ params, res }) => {
        sendCsv(res, `${params.kind}-template.csv`, toCsv(IMPORT_FIELDS[params.kind], []));
        return RESPONDED;
      },
    })
    .route({
      method: 'post',
      path: '/:kind',
      summary: 'Import a CSV file (dry run by default: every bad row is reported and nothing is written until the file is clean)',
      description:
        'Body: the CSV file (text/csv) in UTF-8 (with or without BOM), UTF-16 with a BOM, or a legacy code page (windows-1252/ISO-8859-1, windows-1256, windows-1251: detected, or named by the charset parameter); the answer says which was read. mode=add creates, mode=update matches by admission number, employee number, or guardian email/phone. ' +
        'mapping is a JSON object of field → column header when the headers differ from the field names. Student rows may carry guardian1*/guardian2* columns: ' +
        'guardians are matched by email or phone (in the school and in the file) and never duplicated.',
      access: { kind: 'school', roles: ['admin'] },
      params: kindParams,
      query: importQuery,
      body: z.string().min(1).max(2_000_000),
      bodyType: 'text/csv',
      status: 200,
      response: { description: 'What was (or would be) done, and every problem with its line and field', schema: reportResponse },
      handler: async ({ params, query, body, req, res }) => ({
        ...(await importCsv(params.kind, body, { ...query, language: requestLanguage(req) })),
        encoding: (res.locals.bodyEncoding as TextEncoding | undefined) ?? 'UTF-8',
      }),
    });
