import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';

export const FILE_KINDS = ['logo', 'photo', 'document'] as const;

/** An uploaded file's record in the school's own database; the bytes are in the storage driver under `<tenant id>/<_id>`. */
const storedFileSchema = new Schema(
  {
    kind: { type: String, enum: FILE_KINDS, required: true, index: true },
    name: { type: String, required: true, maxlength: 200 },
    contentType: { type: String, required: true },
    size: { type: Number, required: true, min: 0 },
    sha256: { type: String, required: true },
    studentId: { type: Types.ObjectId, index: true },
    uploadedBy: { type: Types.ObjectId, required: true },
  },
  { timestamps: true, strict: 'throw' },
);

export type StoredFileDoc = InferSchemaType<typeof storedFileSchema>;
export const StoredFileModel = defineTenantModel('StoredFile', storedFileSchema);
