import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';

/** Dates of the school calendar are calendar days, stored as `YYYY-MM-DD` strings (no time zone surprises). */
const day = { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ };

const termSchema = new Schema({ name: { type: String, required: true, maxlength: 60 }, startDate: day, endDate: day });

const academicYearSchema = new Schema(
  {
    name: { type: String, required: true, unique: true, maxlength: 60 },
    startDate: day,
    endDate: day,
    isCurrent: { type: Boolean, default: false, index: true },
    terms: { type: [termSchema], default: [] },
  },
  { timestamps: true, strict: 'throw' },
);
academicYearSchema.index({ startDate: 1 });

const gradeLevelSchema = new Schema(
  {
    name: { type: String, required: true, unique: true, maxlength: 60 },
    order: { type: Number, required: true, unique: true },
  },
  { timestamps: true, strict: 'throw' },
);

const sectionSchema = new Schema({
  name: { type: String, required: true, maxlength: 30 },
  capacity: { type: Number, min: 1, max: 1000, default: 40 },
  homeroomTeacherId: { type: Types.ObjectId },
});

const classSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 60 },
    academicYearId: { type: Types.ObjectId, required: true, index: true },
    gradeLevelId: { type: Types.ObjectId, required: true, index: true },
    sections: { type: [sectionSchema], default: [] },
  },
  { timestamps: true, strict: 'throw' },
);
classSchema.index({ academicYearId: 1, name: 1 }, { unique: true });
classSchema.index({ 'sections.homeroomTeacherId': 1 });

const subjectSchema = new Schema(
  {
    code: { type: String, required: true, unique: true, uppercase: true, maxlength: 20 },
    name: { type: String, required: true, maxlength: 120 },
    description: { type: String, maxlength: 500 },
  },
  { timestamps: true, strict: 'throw' },
);
subjectSchema.index({ name: 1 });

/** Who teaches which subject to which section. */
const assignmentSchema = new Schema(
  {
    classId: { type: Types.ObjectId, required: true },
    sectionId: { type: Types.ObjectId, required: true },
    subjectId: { type: Types.ObjectId, required: true, index: true },
    teacherId: { type: Types.ObjectId, required: true, index: true },
  },
  { timestamps: true, strict: 'throw' },
);
assignmentSchema.index({ classId: 1, sectionId: 1, subjectId: 1 }, { unique: true });

export type AcademicYearDoc = InferSchemaType<typeof academicYearSchema>;
export type GradeLevelDoc = InferSchemaType<typeof gradeLevelSchema>;
export type ClassDoc = InferSchemaType<typeof classSchema>;
export type SubjectDoc = InferSchemaType<typeof subjectSchema>;
export type AssignmentDoc = InferSchemaType<typeof assignmentSchema>;

export const AcademicYearModel = defineTenantModel('AcademicYear', academicYearSchema);
export const GradeLevelModel = defineTenantModel('GradeLevel', gradeLevelSchema);
export const ClassModel = defineTenantModel('SchoolClass', classSchema);
export const SubjectModel = defineTenantModel('Subject', subjectSchema);
export const AssignmentModel = defineTenantModel('TeachingAssignment', assignmentSchema);
