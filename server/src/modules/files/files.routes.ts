import { z } from 'zod';
import mongoose from 'mongoose';
import { RESPONDED, rowScope, type ApiRouter } from '../../http/route.js';
import { AppError } from '../../lib/errors.js';
import { findStudentInScope } from '../people/people.service.js';
import type { StorageDriver } from '../../storage/driver.js';
import { currentUser } from '../../auth/authenticate.js';
import { idParams, objectId } from '../../lib/validation.js';
import { findPage, pageSchema, paginationQuery } from '../../lib/pagination.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { FILE_KINDS, StoredFileModel } from './file.schema.js';
import { UPLOAD_TYPES } from './file.rules.js';
import { findFile, openFile, removeFile, toFileDto, upload } from './files.service.js';
import type { Response } from 'express';

const office = { kind: 'school', roles: ['admin', 'staff'] } as const;
const fileResponse = z.object({
  id: z.string(),
  kind: z.enum(FILE_KINDS),
  name: z.string(),
  contentType: z.string(),
  size: z.number(),
  studentId: z.string().nullable(),
  url: z.string(),
  createdAt: z.string().nullable(),
});
const hidden = () => new AppError(404, 'NOT_FOUND', 'File not found');

/** Staff reach students' records (and so their files) only where the school opened `people` to them. */
const seesStudents = () => currentUser().role !== 'staff' || currentTenant().staffAccess.includes('people');

/**
 * A file follows the scope of the record it belongs to: the school's logo (and a photo of no one), anyone
 * in the school; a student's photo, whoever may see that student; documents, the office (admin, and staff
 * where the school opened `people` to them). Anything else answers 404, as if it did not exist.
 */
async function findFileInScope(id: string) {
  const file = await findFile(id);
  if (file.kind === 'logo') return file;
  const office = ['admin', 'staff'].includes(currentUser().role);
  if (file.kind === 'document' && (!office || !seesStudents())) throw hidden();
  if (file.studentId) {
    if (!seesStudents()) throw hidden();
    await findStudentInScope(file.studentId.toString()).catch((err: unknown) => {
      throw err instanceof AppError && err.status === 404 ? hidden() : err;
    });
  }
  return file;
}
const fileInScope = rowScope<{ id: string }>('file', (p) => findFileInScope(p.id));
/** Changing a file: the logo is the school's branding (admins only); a student's files, as for reading them. */
const fileToManage = rowScope<{ id: string }>('managed-file', async (p) => {
  const file = await findFileInScope(p.id);
  mayManage(file.kind);
  return file;
});
type InScope = Awaited<ReturnType<typeof findFileInScope>>;

async function send(storage: StorageDriver, file: Awaited<ReturnType<typeof findFile>>, res: Response, cache: string) {
  const stream = await openFile(storage, file);
  res.set({
    'Content-Type': file.contentType,
    'Content-Length': String(file.size),
    // Never rendered as a page of ours: downloaded, or shown as the image it is.
    'Content-Disposition': `${file.kind === 'document' ? 'attachment' : 'inline'}; filename="${file.name.replace(/[^\w.-]+/g, '_')}"`,
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': cache,
  });
  stream.pipe(res);
  await new Promise<void>((resolve, reject) => {
    stream.once('end', resolve);
    stream.once('error', reject);
  });
}

/** The school's logo is its branding (admins only); a student's photos and documents need the people area. */
function mayManage(kind: (typeof FILE_KINDS)[number]): void {
  if (kind === 'logo' && currentUser().role !== 'admin') throw new AppError(403, 'FORBIDDEN', "Only an admin changes the school's logo");
  if (kind !== 'logo' && !seesStudents()) throw new AppError(403, 'FORBIDDEN', 'This school has not opened people to staff');
}

/** /api/files — uploads (logos, student photos, documents) of the school, kept by the configured storage driver. */
export const fileRoutes = (deps: { storage: StorageDriver; dbBytes: () => Promise<number> }) => (api: ApiRouter) =>
  api
    .route({
      method: 'post',
      path: '/',
      summary: 'Upload a file (the body is the file itself): a logo, a student photo or a document',
      description:
        'Logos and photos: PNG, JPEG or WebP (1 MB / 2 MB); documents: PDF or an image (10 MB). The bytes must be what the Content-Type says. ' +
        'Counted against the school storage limit (403 QUOTA_EXCEEDED).',
      access: office,
      query: z.object({ kind: z.enum(FILE_KINDS), name: z.string().trim().min(1).max(200), studentId: objectId.optional() }).strict(),
      body: z.instanceof(Buffer, { message: 'Send the file as the body, with its Content-Type' }),
      bodyType: { binary: UPLOAD_TYPES },
      response: { description: 'The stored file', schema: fileResponse },
      handler: ({ req, query, body }) => {
        mayManage(query.kind);
        return upload(deps.storage, {
          ...query,
          declaredType: req.get('content-type') ?? '',
          body,
          userId: currentUser().id,
          dbBytes: deps.dbBytes,
        });
      },
    })
    .route({
      method: 'get',
      path: '/',
      summary: "The school's files",
      access: office,
      query: z
        .object({
          ...paginationQuery,
          kind: z.enum(FILE_KINDS).optional(),
          studentId: objectId.optional(),
          sort: z.enum(['createdAt', '-createdAt', 'name', '-name', 'size', '-size']).default('-createdAt'),
        })
        .strict(),
      response: { description: 'A page of files', schema: pageSchema(fileResponse) },
      handler: ({ query }) => {
        const own = { ...(query.kind ? { kind: query.kind } : {}), ...(query.studentId ? { studentId: query.studentId } : {}) };
        // Staff the school did not open `people` to: no documents, nothing of a student (as by id).
        const scope = seesStudents()
          ? {}
          : { kind: mongoose.trusted({ $ne: 'document' }), studentId: mongoose.trusted({ $exists: false }) };
        return findPage(tenantModel(StoredFileModel), { $and: [scope, own] }, query, toFileDto);
      },
    })
    .route({
      method: 'get',
      path: '/:id',
      summary: "A file's details",
      access: { kind: 'school' },
      scope: fileInScope,
      params: idParams,
      response: { description: 'The file', schema: fileResponse },
      handler: ({ inScope }) => toFileDto(inScope as InScope),
    })
    .route({
      method: 'get',
      path: '/:id/content',
      summary: "A file's bytes (a student's photo: who may see the student; documents: office only)",
      access: { kind: 'school' },
      scope: fileInScope,
      params: idParams,
      response: { description: 'The file, in its own media type', contentType: '*/*' },
      handler: async ({ inScope, res }) => {
        await send(deps.storage, inScope as InScope, res, 'no-store');
        return RESPONDED;
      },
    })
    .route({
      method: 'get',
      path: '/:id/public',
      summary: "The school's uploaded logo, for its sign-in page (logos only; no sign-in needed)",
      access: { kind: 'public' },
      scope: rowScope<{ id: string }>('logo', (p) => findFile(p.id, (f) => f.kind === 'logo')),
      params: idParams,
      response: { description: 'The logo', contentType: 'image/*' },
      handler: async ({ inScope, res }) => {
        await send(deps.storage, inScope as InScope, res, 'public, max-age=3600');
        return RESPONDED;
      },
    })
    .route({
      method: 'delete',
      path: '/:id',
      summary: 'Delete a file',
      access: office,
      scope: fileToManage,
      params: idParams,
      status: 204,
      handler: ({ params }) => removeFile(deps.storage, params.id),
    });
