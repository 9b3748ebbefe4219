import type { Migration } from '../tenancy/migrations.js';
import { dayIn, zoneOf } from '../lib/dates.js';

/**
 * Past terms are read through the placement history (placement.service.ts).
 * Students recorded before it was kept have none: each gets their current
 * placement, from the start of their class's academic year (the best that is
 * known; nothing earlier can be recovered). Students who left (withdrawn,
 * transferred, graduated) while their placement stayed open get it closed.
 * Running it again changes nothing.
 */
export const placementBackfill: Migration = {
  id: '004-placement-backfill',
  description: 'Give students without placement history their current placement, and index placements',
  async up(conn, school) {
    const students = conn.collection('students');
    const classes = conn.collection('schoolclasses');
    const years = conn.collection('academicyears');
    const yearStart = new Map<string, string>();
    for await (const y of years.find({}, { projection: { startDate: 1 } })) yearStart.set(String(y._id), String(y.startDate));
    const classYear = new Map<string, string>();
    for await (const c of classes.find({}, { projection: { academicYearId: 1 } })) classYear.set(String(c._id), String(c.academicYearId));
    const placed = students.find(
      { classId: { $exists: true, $ne: null }, sectionId: { $exists: true, $ne: null } },
      { projection: { classId: 1, sectionId: 1, status: 1, createdAt: 1, updatedAt: 1, placements: 1 } },
    );
    // The school's day of a record's timestamp (UTC for a school the runner does not name).
    const zone = school ? zoneOf(school) : 'UTC';
    const dayOf = (d: unknown) => dayIn(zone, d instanceof Date ? d : undefined);
    for await (const s of placed) {
      const placements = Array.isArray(s.placements) ? [...(s.placements as Record<string, unknown>[])] : [];
      if (placements.length === 0) {
        const from = yearStart.get(classYear.get(String(s.classId)) ?? '') ?? dayOf(s.createdAt);
        placements.push({ classId: s.classId, sectionId: s.sectionId, from, reason: 'backfill' });
      }
      // An open placement means "in this section now": a student who left before history was kept left
      // on the last day their record changed (the best that is known).
      const last = placements.at(-1)!;
      const leftEarlier = s.status !== 'enrolled' && !last.to;
      if (leftEarlier) placements[placements.length - 1] = { ...last, to: dayOf(s.updatedAt) };
      if (leftEarlier || !Array.isArray(s.placements) || s.placements.length === 0)
        await students.updateOne({ _id: s._id }, { $set: { placements } });
    }
    await students.createIndex({ 'placements.sectionId': 1 }, { name: 'placements.sectionId_1' });
    await students.createIndex({ 'placements.classId': 1 }, { name: 'placements.classId_1' });
  },
};
