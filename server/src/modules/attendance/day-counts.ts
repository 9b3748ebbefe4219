import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { isDuplicateKey } from '../../lib/errors.js';

/**
 * The daily register's counts per section and day, kept beside the marks when a register is saved. The home
 * pages read these (a dozen sections × school days: a few hundred small documents a term) instead of the marks
 * (one per student and day): on the embedded FerretDB every query on the marks reads the whole collection,
 * about 2 s for the demo school's month, while these answer in milliseconds. Absolute counts, written whole
 * (no $inc, which FerretDB does not apply atomically): saving the same register again writes the same document.
 */
const dayCountSchema = new Schema(
  {
    date: { type: String, required: true },
    sectionId: { type: Types.ObjectId, required: true },
    classId: { type: Types.ObjectId, required: true },
    present: { type: Number, required: true },
    absent: { type: Number, required: true },
    late: { type: Number, required: true },
    excused: { type: Number, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
dayCountSchema.index({ date: 1, sectionId: 1 }, { unique: true });

export type DayCountDoc = InferSchemaType<typeof dayCountSchema>;
export const AttendanceDayCountModel = defineTenantModel('AttendanceDayCount', dayCountSchema);

type Counts = Pick<DayCountDoc, 'present' | 'absent' | 'late' | 'excused'>;

/** Records the counts of a section's daily register as it now stands. */
export async function recordDayCounts(key: { date: string; sectionId: Types.ObjectId; classId: Types.ObjectId }, counts: Counts) {
  const write = () =>
    tenantModel(AttendanceDayCountModel).updateOne(
      { date: key.date, sectionId: key.sectionId },
      { $set: { classId: key.classId, ...counts } },
      { upsert: true },
    );
  // Two saves of the same new register at once: one upsert inserts, the other finds the key taken and updates.
  await write().catch((err: unknown) => (isDuplicateKey(err) ? write() : Promise.reject(err)));
}
