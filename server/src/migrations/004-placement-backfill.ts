import type { Migration } from '../tenancy/migrations.js';

/**
 * Past terms are read through the placement history (placement.service.ts).
 * Students recorded before it was kept have none: each gets their current
 * placement, from the start of their class's academic year (the best that is
 * known; nothing earlier can be recovered). Students that already have a
 * history are left alone, so running it again changes nothing.
 */
export const placementBackfill: Migration = {
  id: '004-placement-backfill',
  description: 'Give students without placement history their current placement, and index placements',
  async up(conn) {
    const students = conn.collection('students');
    const classes = conn.collection('schoolclasses');
    const years = conn.collection('academicyears');
    const yearStart = new Map<string, string>();
    for await (const y of years.find({}, { projection: { startDate: 1 } })) yearStart.set(String(y._id), String(y.startDate));
    const classYear = new Map<string, string>();
    for await (const c of classes.find({}, { projection: { academicYearId: 1 } })) classYear.set(String(c._id), String(c.academicYearId));
    const placed = students.find(
      { classId: { $exists: true, $ne: null }, sectionId: { $exists: true, $ne: null } },
      { projection: { classId: 1, sectionId: 1, createdAt: 1, placements: 1 } },
    );
    for await (const s of placed) {
      if (Array.isArray(s.placements) && s.placements.length > 0) continue;
      const from =
        yearStart.get(classYear.get(String(s.classId)) ?? '') ??
        (s.createdAt instanceof Date ? s.createdAt.toISOString().slice(0, 10) : '1970-01-01');
      await students.updateOne(
        { _id: s._id },
        { $set: { placements: [{ classId: s.classId, sectionId: s.sectionId, from, reason: 'backfill' }] } },
      );
    }
    await students.createIndex({ 'placements.sectionId': 1 }, { name: 'placements.sectionId_1' });
    await students.createIndex({ 'placements.classId': 1 }, { name: 'placements.classId_1' });
  },
};
