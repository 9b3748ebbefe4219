import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const time = { type: String, required: true, match: /^([01]\d|2[0-3]):[0-5]\d$/ };

/** One weekly lesson of a section: day, start and end (HH:MM), subject, teacher, room. */
const periodSchema = new Schema(
  {
    classId: { type: Types.ObjectId, required: true },
    sectionId: { type: Types.ObjectId, required: true },
    day: { type: String, enum: DAYS, required: true },
    start: time,
    end: time,
    subjectId: { type: Types.ObjectId, required: true },
    teacherId: { type: Types.ObjectId, required: true },
    room: { type: String, maxlength: 40 },
  },
  { timestamps: true, strict: 'throw' },
);
periodSchema.index({ sectionId: 1, day: 1, start: 1 });
periodSchema.index({ teacherId: 1, day: 1, start: 1 });
periodSchema.index({ room: 1, day: 1, start: 1 });

export type PeriodDoc = InferSchemaType<typeof periodSchema>;
export const PeriodModel = defineTenantModel('TimetablePeriod', periodSchema);
