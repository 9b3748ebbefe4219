import type { Migration } from '../tenancy/migrations.js';
import { AttendanceDayCountModel } from '../modules/attendance/day-counts.js';
import { bindModel } from '../tenancy/model-registry.js';

/**
 * The home pages count daily registers from `attendancedaycounts` (modules/attendance/day-counts.ts), which
 * saving a register keeps up to date. Registers saved before it existed get theirs here: one pass over the
 * marks, grouped by day, section and status (one accumulator: FerretDB 1.x computes only the first of a
 * $group). Running it again writes the same counts.
 */
export const attendanceDayCounts: Migration = {
  id: '007-attendance-day-counts',
  description: "Count each section's daily registers for the home pages",
  async up(conn) {
    const Counts = bindModel(conn, AttendanceDayCountModel);
    await Counts.createIndexes();
    const groups = conn.collection('attendances').aggregate<{
      _id: { date: string; sectionId: unknown; classId: unknown; status: 'present' | 'absent' | 'late' | 'excused' };
      n: number;
    }>([{ $match: { period: 0 } }, { $group: { _id: { date: '$date', sectionId: '$sectionId', classId: '$classId', status: '$status' }, n: { $sum: 1 } } }]);
    const days = new Map<
      string,
      { date: string; sectionId: unknown; classId: unknown; present: number; absent: number; late: number; excused: number }
    >();
    for await (const { _id, n } of groups) {
      const key = `${_id.date}:${String(_id.sectionId)}`;
      const day = days.get(key) ?? {
        date: _id.date,
        sectionId: _id.sectionId,
        classId: _id.classId,
        present: 0,
        absent: 0,
        late: 0,
        excused: 0,
      };
      day[_id.status] += n;
      days.set(key, day);
    }
    for (const { date, sectionId, ...rest } of days.values())
      await Counts.collection.updateOne({ date, sectionId }, { $set: rest, $setOnInsert: { createdAt: new Date() } }, { upsert: true });
  },
  async down(conn) {
    await conn
      .collection('attendancedaycounts')
      .drop()
      .catch(() => undefined);
  },
};
