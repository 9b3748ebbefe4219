import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';

export const ATTENDANCE_STATUSES = ['present', 'absent', 'late', 'excused'] as const;

/** One mark per student, day and period (period 0 is the daily register). */
const attendanceSchema = new Schema(
  {
    studentId: { type: Types.ObjectId, required: true },
    classId: { type: Types.ObjectId, required: true },
    sectionId: { type: Types.ObjectId, required: true },
    date: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    period: { type: Number, required: true, min: 0, max: 12, default: 0 },
    status: { type: String, enum: ATTENDANCE_STATUSES, required: true },
    note: { type: String, maxlength: 300 },
    markedBy: { type: Types.ObjectId, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
attendanceSchema.index({ studentId: 1, date: 1, period: 1 }, { unique: true });
attendanceSchema.index({ sectionId: 1, date: 1, period: 1 });
attendanceSchema.index({ date: 1, status: 1 });

export type AttendanceDoc = InferSchemaType<typeof attendanceSchema>;
export const AttendanceModel = defineTenantModel('Attendance', attendanceSchema);
