import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Model } from 'mongoose';
import { Types } from 'mongoose';
import type { StorageDriver } from '../../storage/driver.js';
import { AppError } from '../../lib/errors.js';
import { sumFields } from '../../school/sums.js';
import { assertExists } from '../../school/crud.js';
import { recordAudit } from '../../school/audit.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { StudentModel } from '../people/people.schema.js';
import { FILE_RULES, sniff } from './file.rules.js';
import { StoredFileModel, type FILE_KINDS, type StoredFileDoc } from './file.schema.js';

type Kind = (typeof FILE_KINDS)[number];
type Lean = StoredFileDoc & { _id: Types.ObjectId; createdAt?: Date };

export const toFileDto = (f: Lean) => ({
  id: f._id.toString(),
  kind: f.kind,
  name: f.name,
  contentType: f.contentType,
  size: f.size,
  studentId: f.studentId?.toString() ?? null,
  url: `/api/files/${f._id.toString()}/content`,
  createdAt: f.createdAt?.toISOString() ?? null,
});

const keyOf = (fileId: Types.ObjectId | string) => `${currentTenant().id}/${fileId.toString()}`;

/** Bytes of uploaded files of the current school. */
export async function filesBytes(): Promise<number> {
  return (await sumFields(tenantModel(StoredFileModel) as unknown as Model<never>, {}, ['size'])).size;
}

/**
 * Stores an upload after checking it: a media type the kind allows, bytes that
 * really are that type (by signature), its size, and the school's storage limit
 * (database and files). The record is written first so the bytes never exist
 * without an owner; a failed write of the bytes removes the record.
 */
export async function upload(
  storage: StorageDriver,
  input: {
    kind: Kind;
    name: string;
    studentId?: string;
    declaredType: string;
    body: Buffer;
    userId: string;
    dbBytes: () => Promise<number>;
  },
) {
  const rules = FILE_RULES[input.kind];
  const declared = input.declaredType.split(';')[0]!.trim().toLowerCase();
  if (!rules.types.includes(declared)) {
    throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `A ${input.kind} must be one of: ${rules.types.join(', ')}`, {
      allowed: rules.types,
    });
  }
  if (input.body.length === 0) throw new AppError(400, 'VALIDATION_ERROR', 'The file is empty', [{ path: 'body', message: 'Empty file' }]);
  if (input.body.length > rules.maxBytes) {
    throw new AppError(413, 'FILE_TOO_LARGE', `A ${input.kind} may be at most ${rules.maxBytes / 1024 / 1024} MB`, {
      maxBytes: rules.maxBytes,
    });
  }
  if (sniff(input.body) !== declared) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `The file's content is not ${declared}`);
  if (input.studentId) await assertExists(StudentModel, input.studentId, 'Student', 'studentId');

  const limit = currentTenant().limits.maxStorageMb * 1024 * 1024;
  const used = (await input.dbBytes()) + (await filesBytes());
  if (used + input.body.length > limit) {
    throw new AppError(403, 'QUOTA_EXCEEDED', `This school's plan allows ${currentTenant().limits.maxStorageMb} MB of storage`, {
      limit: limit,
      current: used,
    });
  }

  const Files = tenantModel(StoredFileModel);
  const record = await Files.create({
    kind: input.kind,
    name: input.name,
    contentType: declared,
    size: input.body.length,
    sha256: createHash('sha256').update(input.body).digest('hex'),
    studentId: input.studentId ? new Types.ObjectId(input.studentId) : undefined,
    uploadedBy: new Types.ObjectId(input.userId),
  });
  try {
    await storage.put(keyOf(record._id), input.body, declared);
  } catch (err) {
    await Files.deleteOne({ _id: record._id });
    throw err;
  }
  await recordAudit('create', 'File', record._id.toString(), ['kind', 'name', 'size']);
  return toFileDto(record.toObject() as Lean);
}

/** A file of this school (only ever looked up in the school's own database), or 404. */
export async function findFile(id: string, visible: (f: Lean) => boolean = () => true): Promise<Lean> {
  const file = (await tenantModel(StoredFileModel).findById(id).lean()) as Lean | null;
  if (!file || !visible(file)) throw new AppError(404, 'NOT_FOUND', 'File not found');
  return file;
}

/** The file's bytes; a record whose bytes are gone (e.g. a school restored from an export, which carries no files) is 404 FILE_MISSING. */
export async function openFile(storage: StorageDriver, file: Lean): Promise<Readable> {
  try {
    return await storage.get(keyOf(file._id));
  } catch (err) {
    const e = err as { code?: string; name?: string };
    if (e.code === 'ENOENT' || e.name === 'NoSuchKey' || e.name === 'NotFound') {
      throw new AppError(404, 'FILE_MISSING', 'The file is recorded but its content is not in storage');
    }
    throw err;
  }
}

export async function removeFile(storage: StorageDriver, id: string): Promise<void> {
  const file = await findFile(id);
  await tenantModel(StoredFileModel).deleteOne({ _id: file._id });
  await storage.delete(keyOf(file._id));
  await recordAudit('delete', 'File', id, ['kind', 'name']);
}
