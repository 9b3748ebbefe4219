import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';

const contact = {
  email: { type: String, lowercase: true, trim: true, maxlength: 254 },
  phone: { type: String, trim: true, maxlength: 40 },
  address: { type: String, maxlength: 300 },
};

export const STAFF_KINDS = ['teacher', 'staff'] as const;
export const STAFF_STATUSES = ['active', 'on_leave', 'left'] as const;

/** Teachers and other staff. `userId` links the person to their sign-in account, if they have one. */
const staffSchema = new Schema(
  {
    employeeNumber: { type: String, required: true, unique: true, maxlength: 30 },
    kind: { type: String, enum: STAFF_KINDS, required: true, index: true },
    firstName: { type: String, required: true, maxlength: 60 },
    lastName: { type: String, required: true, maxlength: 60 },
    subjectIds: { type: [Types.ObjectId], default: [] },
    contact,
    status: { type: String, enum: STAFF_STATUSES, default: 'active', index: true },
    userId: { type: Types.ObjectId, index: true },
  },
  { timestamps: true, strict: 'throw' },
);
staffSchema.index({ lastName: 1, firstName: 1 });

export const STUDENT_STATUSES = ['enrolled', 'graduated', 'transferred', 'withdrawn'] as const;

const placementSchema = new Schema(
  {
    classId: { type: Types.ObjectId, required: true },
    sectionId: { type: Types.ObjectId, required: true },
    from: { type: String, required: true },
    to: { type: String },
    reason: { type: String, maxlength: 200 },
  },
  { _id: false },
);

const studentSchema = new Schema(
  {
    admissionNumber: { type: String, required: true, unique: true, maxlength: 40 },
    firstName: { type: String, required: true, maxlength: 60 },
    lastName: { type: String, required: true, maxlength: 60 },
    dateOfBirth: { type: String, match: /^\d{4}-\d{2}-\d{2}$/ },
    gender: { type: String, enum: ['female', 'male', 'other', 'unspecified'], default: 'unspecified' },
    classId: { type: Types.ObjectId, index: true },
    sectionId: { type: Types.ObjectId, index: true },
    guardianIds: { type: [Types.ObjectId], default: [], index: true },
    contact,
    status: { type: String, enum: STUDENT_STATUSES, default: 'enrolled', index: true },
    placements: { type: [placementSchema], default: [] },
    userId: { type: Types.ObjectId, index: true },
  },
  { timestamps: true, strict: 'throw' },
);
studentSchema.index({ lastName: 1, firstName: 1 });
studentSchema.index({ classId: 1, sectionId: 1, status: 1 });
// Who was in a section or class in a past term (placement.service.ts).
studentSchema.index({ 'placements.sectionId': 1 });
studentSchema.index({ 'placements.classId': 1 });

/** A parent or guardian; `userId` is their parent account, which sees only the students linked here. */
const guardianSchema = new Schema(
  {
    firstName: { type: String, required: true, maxlength: 60 },
    lastName: { type: String, required: true, maxlength: 60 },
    relationship: { type: String, maxlength: 40 },
    contact,
    userId: { type: Types.ObjectId, index: true },
  },
  { timestamps: true, strict: 'throw' },
);
guardianSchema.index({ lastName: 1, firstName: 1 });
// Matching by email or phone on import; not unique (a plain unique index would clash on missing values).
guardianSchema.index({ 'contact.email': 1 });
guardianSchema.index({ 'contact.phone': 1 });

export type StaffDoc = InferSchemaType<typeof staffSchema>;
export type StudentDoc = InferSchemaType<typeof studentSchema>;
export type GuardianDoc = InferSchemaType<typeof guardianSchema>;

export const StaffModel = defineTenantModel('Staff', staffSchema);
export const StudentModel = defineTenantModel('Student', studentSchema);
export const GuardianModel = defineTenantModel('Guardian', guardianSchema);
