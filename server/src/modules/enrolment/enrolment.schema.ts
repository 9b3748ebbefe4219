import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';

export const APPLICATION_STATUSES = ['applied', 'accepted', 'rejected', 'enrolled'] as const;

/** An admission application; once enrolled it points to the student it became. */
const applicationSchema = new Schema(
  {
    firstName: { type: String, required: true, maxlength: 60 },
    lastName: { type: String, required: true, maxlength: 60 },
    dateOfBirth: { type: String, match: /^\d{4}-\d{2}-\d{2}$/ },
    gender: { type: String, enum: ['female', 'male', 'other', 'unspecified'], default: 'unspecified' },
    gradeLevelId: { type: Types.ObjectId, required: true, index: true },
    guardian: {
      firstName: { type: String, required: true, maxlength: 60 },
      lastName: { type: String, required: true, maxlength: 60 },
      relationship: { type: String, maxlength: 40 },
      email: { type: String, lowercase: true, maxlength: 254 },
      phone: { type: String, maxlength: 40 },
    },
    notes: { type: String, maxlength: 1000 },
    status: { type: String, enum: APPLICATION_STATUSES, default: 'applied', index: true },
    decisionReason: { type: String, maxlength: 300 },
    decidedAt: { type: Date },
    studentId: { type: Types.ObjectId },
  },
  { timestamps: true, strict: 'throw' },
);
applicationSchema.index({ lastName: 1, firstName: 1 });

/**
 * A year-end rollover applied as one batch. Each move keeps the student's
 * previous placement so that the whole batch can be undone.
 */
const rolloverSchema = new Schema(
  {
    toAcademicYearId: { type: Types.ObjectId, required: true },
    status: { type: String, enum: ['applying', 'applied', 'undone'], required: true },
    moves: {
      type: [
        new Schema(
          {
            studentId: { type: Types.ObjectId, required: true },
            action: { type: String, enum: ['promoted', 'retained', 'graduated'], required: true },
            from: { classId: Types.ObjectId, sectionId: Types.ObjectId, status: String, placements: Number },
            to: { classId: Types.ObjectId, sectionId: Types.ObjectId },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    appliedBy: { type: Types.ObjectId, required: true },
    undoneAt: { type: Date },
  },
  { timestamps: true, strict: 'throw' },
);

export type ApplicationDoc = InferSchemaType<typeof applicationSchema>;
export type RolloverDoc = InferSchemaType<typeof rolloverSchema>;
export const ApplicationModel = defineTenantModel('AdmissionApplication', applicationSchema);
export const RolloverModel = defineTenantModel('RolloverBatch', rolloverSchema);
