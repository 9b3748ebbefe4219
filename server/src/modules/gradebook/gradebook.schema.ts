import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';

const bandSchema = new Schema(
  {
    grade: { type: String, required: true, maxlength: 5 },
    min: { type: Number, required: true, min: 0, max: 100 },
    points: { type: Number, min: 0, max: 10 },
    remark: { type: String, maxlength: 60 },
  },
  { _id: false },
);

/** A school's grading scale: bands by minimum percentage, highest first. */
const gradingScaleSchema = new Schema(
  {
    name: { type: String, required: true, unique: true, maxlength: 60 },
    isDefault: { type: Boolean, default: false, index: true },
    bands: { type: [bandSchema], required: true },
  },
  { timestamps: true, strict: 'throw' },
);

/** An assessment of one subject for one class in one term; its weight counts in the term result. */
const examSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 80 },
    academicYearId: { type: Types.ObjectId, required: true },
    termId: { type: Types.ObjectId, required: true, index: true },
    classId: { type: Types.ObjectId, required: true, index: true },
    subjectId: { type: Types.ObjectId, required: true, index: true },
    maxMarks: { type: Number, required: true, min: 1, max: 1000 },
    // How many decimals a score may have (0: whole marks, 1: halves and tenths...); absent on older exams: 1.
    decimals: { type: Number, min: 0, max: 2, default: 1 },
    weight: { type: Number, required: true, min: 0, max: 100, default: 1 },
    date: { type: String, match: /^\d{4}-\d{2}-\d{2}$/, index: true },
    status: { type: String, enum: ['draft', 'published'], default: 'draft', index: true },
  },
  { timestamps: true, strict: 'throw' },
);
examSchema.index({ termId: 1, classId: 1, subjectId: 1, name: 1 }, { unique: true });

/** One student's mark in one exam; `score` null means absent. */
const markSchema = new Schema(
  {
    examId: { type: Types.ObjectId, required: true },
    studentId: { type: Types.ObjectId, required: true, index: true },
    sectionId: { type: Types.ObjectId, required: true },
    score: { type: Number, min: 0 },
    absent: { type: Boolean, default: false },
    remark: { type: String, maxlength: 200 },
    enteredBy: { type: Types.ObjectId, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
markSchema.index({ examId: 1, studentId: 1 }, { unique: true });
markSchema.index({ examId: 1, sectionId: 1 });

/** The remarks written on a student's report card for a term: the class teacher's and the head's. */
const remarkSchema = new Schema(
  {
    studentId: { type: Types.ObjectId, required: true },
    termId: { type: Types.ObjectId, required: true },
    classTeacher: { type: String, maxlength: 600 },
    classTeacherBy: { type: Types.ObjectId },
    head: { type: String, maxlength: 600 },
    headBy: { type: Types.ObjectId },
  },
  { timestamps: true, strict: 'throw' },
);
remarkSchema.index({ studentId: 1, termId: 1 }, { unique: true });

export type GradingScaleDoc = InferSchemaType<typeof gradingScaleSchema>;
export type ExamDoc = InferSchemaType<typeof examSchema>;
export type MarkDoc = InferSchemaType<typeof markSchema>;
export type ReportRemarkDoc = InferSchemaType<typeof remarkSchema>;

export const GradingScaleModel = defineTenantModel('GradingScale', gradingScaleSchema);
export const ExamModel = defineTenantModel('Exam', examSchema);
export const MarkModel = defineTenantModel('Mark', markSchema);
export const ReportRemarkModel = defineTenantModel('ReportRemark', remarkSchema);
