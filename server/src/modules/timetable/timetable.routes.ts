import mongoose, { Types } from 'mongoose';
import { z } from 'zod';
import type { ApiRouter } from '../../http/route.js';
import { AppError } from '../../lib/errors.js';
import { objectId } from '../../lib/validation.js';
import { crudRoutes, assertExists, listQuery } from '../../school/crud.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { SubjectModel } from '../academic/academic.schema.js';
import { assertSectionOf, assertTeacher } from '../academic/academic.service.js';
import { DAYS, PeriodModel, type PeriodDoc } from './timetable.schema.js';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 08:30');
const createBody = z
  .object({
    classId: objectId,
    sectionId: objectId,
    day: z.enum(DAYS),
    start: time,
    end: time,
    subjectId: objectId,
    teacherId: objectId,
    room: z.string().trim().min(1).max(40).optional(),
  })
  .strict()
  .refine((p) => p.end > p.start, { message: 'A period must end after it starts', path: ['end'] });
const updateBody = z
  .object({
    day: z.enum(DAYS).optional(),
    start: time.optional(),
    end: time.optional(),
    teacherId: objectId.optional(),
    room: z.string().trim().min(1).max(40).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
const periodResponse = z.object({
  id: z.string(),
  classId: z.string(),
  sectionId: z.string(),
  day: z.enum(DAYS),
  start: z.string(),
  end: z.string(),
  subjectId: z.string(),
  teacherId: z.string(),
  room: z.string().nullable(),
});
type Id = { _id: Types.ObjectId };
const toDto = (p: PeriodDoc & Id) => ({
  id: p._id.toString(),
  classId: p.classId.toString(),
  sectionId: p.sectionId.toString(),
  day: p.day,
  start: p.start,
  end: p.end,
  subjectId: p.subjectId.toString(),
  teacherId: p.teacherId.toString(),
  room: p.room ?? null,
});

/**
 * A teacher, a room or a section in two places at once is refused with 409
 * and the clashing periods. (Checked before writing: two admins saving clashing
 * periods in the same instant could both pass; a timetable has one editor at a time.)
 */
async function assertNoClash(
  p: { day: string; start: string; end: string; teacherId: string; sectionId: string; room?: string | null },
  exceptId?: Types.ObjectId,
) {
  const who: Record<string, unknown>[] = [{ teacherId: new Types.ObjectId(p.teacherId) }, { sectionId: new Types.ObjectId(p.sectionId) }];
  if (p.room) who.push({ room: p.room });
  const clashes = await tenantModel(PeriodModel)
    .find({
      day: p.day,
      start: mongoose.trusted({ $lt: p.end }),
      end: mongoose.trusted({ $gt: p.start }),
      $or: who,
      ...(exceptId ? { _id: mongoose.trusted({ $ne: exceptId }) } : {}),
    })
    .lean();
  if (clashes.length) {
    const what = (c: PeriodDoc) => (c.teacherId.toString() === p.teacherId ? 'teacher' : p.room && c.room === p.room ? 'room' : 'section');
    throw new AppError(
      409,
      'TIMETABLE_CLASH',
      `This period clashes with ${clashes.length} other period(s)`,
      clashes.map((c) => ({ with: what(c), period: toDto(c) })),
    );
  }
}

/** /api/timetable — weekly periods per section, with clash detection. */
export const timetableRoutes = (api: ApiRouter) =>
  crudRoutes(api, {
    def: PeriodModel,
    name: 'Period',
    read: { kind: 'school' },
    write: { kind: 'school', roles: ['admin'] },
    listQuery: listQuery(['day', 'start'], 'start', {
      sectionId: objectId.optional(),
      teacherId: objectId.optional(),
      day: z.enum(DAYS).optional(),
      room: z.string().max(40).optional(),
    }),
    create: createBody,
    update: updateBody,
    response: periodResponse,
    toDto,
    filter: (q) => {
      const f: Record<string, unknown> = {};
      if (q.sectionId) f.sectionId = new Types.ObjectId(q.sectionId);
      if (q.teacherId) f.teacherId = new Types.ObjectId(q.teacherId);
      if (q.day) f.day = q.day;
      if (q.room) f.room = q.room;
      return f;
    },
    beforeCreate: async (b) => {
      await assertSectionOf(b.classId, b.sectionId);
      await assertExists(SubjectModel, b.subjectId, 'Subject', 'subjectId');
      await assertTeacher(b.teacherId, 'teacherId');
      await assertNoClash(b);
      return b;
    },
    beforeUpdate: async (b, current) => {
      const merged = {
        day: b.day ?? current.day,
        start: b.start ?? current.start,
        end: b.end ?? current.end,
        teacherId: b.teacherId ?? current.teacherId.toString(),
        sectionId: current.sectionId.toString(),
        room: b.room ?? current.room,
      };
      if (merged.end <= merged.start)
        throw new AppError(400, 'VALIDATION_ERROR', 'A period must end after it starts', [{ path: 'end', message: 'Before start' }]);
      await assertTeacher(b.teacherId, 'teacherId');
      await assertNoClash(merged, current._id);
      return b;
    },
    duplicate: { code: 'PERIOD_EXISTS', message: 'This period already exists' },
  });
