import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: string;
let base: { classId: string; sectionId: string; subjectId: string; teacherId: string };
let other: { sectionId: string; teacherId: string };

const as = (token: string, school = 'tt') => t.as(school, token);

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('tt');
  await t.school('tt-b');
  admin = (await t.login('tt')).accessToken;
  const a = as(admin);
  const year = (await a.post('/api/academic-years', { name: 'Y', startDate: '2026-09-01', endDate: '2027-07-01' }).expect(201)).body.id;
  const grade = (await a.post('/api/grade-levels', { name: 'G', order: 1 }).expect(201)).body.id;
  const cls = (
    await a
      .post('/api/classes', { name: 'C', academicYearId: year, gradeLevelId: grade, sections: [{ name: 'A' }, { name: 'B' }] })
      .expect(201)
  ).body;
  const subjectId = (await a.post('/api/subjects', { code: 'HIS', name: 'History' }).expect(201)).body.id;
  const t1 = (await a.post('/api/teachers', { firstName: 'One', lastName: 'T' }).expect(201)).body.id;
  const t2 = (await a.post('/api/teachers', { firstName: 'Two', lastName: 'T' }).expect(201)).body.id;
  base = { classId: cls.id, sectionId: cls.sections[0].id, subjectId, teacherId: t1 };
  other = { sectionId: cls.sections[1].id, teacherId: t2 };
});
afterAll(() => t.close());

describe('timetable', () => {
  it('refuses a teacher, a room or a section in two places at once, with the clash', async () => {
    const a = as(admin);
    const first = await a.post('/api/timetable', { ...base, day: 'mon', start: '08:00', end: '09:00', room: 'R1' }).expect(201);
    // Same teacher, overlapping, other section:
    const teacherClash = await a
      .post('/api/timetable', { ...base, sectionId: other.sectionId, day: 'mon', start: '08:30', end: '09:30', room: 'R2' })
      .expect(409);
    expect(teacherClash.body).toMatchObject({ error: 'TIMETABLE_CLASH', details: [{ with: 'teacher', period: { id: first.body.id } }] });
    // Same room, other teacher and section:
    const roomClash = await a
      .post('/api/timetable', {
        ...base,
        sectionId: other.sectionId,
        teacherId: other.teacherId,
        day: 'mon',
        start: '08:59',
        end: '10:00',
        room: 'R1',
      })
      .expect(409);
    expect(roomClash.body.details[0].with).toBe('room');
    // Same section with another teacher:
    expect(
      (await a.post('/api/timetable', { ...base, teacherId: other.teacherId, day: 'mon', start: '08:15', end: '08:45' }).expect(409)).body
        .details[0].with,
    ).toBe('section');
    // Back to back is fine, and so is another day.
    await a.post('/api/timetable', { ...base, day: 'mon', start: '09:00', end: '10:00', room: 'R1' }).expect(201);
    await a.post('/api/timetable', { ...base, day: 'tue', start: '08:00', end: '09:00', room: 'R1' }).expect(201);
    // Moving a period onto another one clashes too.
    const tue = (await a.get('/api/timetable?day=tue').expect(200)).body.data[0];
    expect((await a.patch(`/api/timetable/${tue.id}`, { day: 'mon', start: '08:30' }).expect(409)).body.error).toBe('TIMETABLE_CLASH');
    await a.post('/api/timetable', { ...base, day: 'wed', start: '10:00', end: '09:00' }).expect(400);
    expect((await a.get(`/api/timetable?sectionId=${base.sectionId}&sort=start`).expect(200)).body.total).toBe(3);
  });

  it('writes an audit entry per change, readable by the admin only', async () => {
    const log = await as(admin).get('/api/audit?model=Period').expect(200);
    expect(log.body.total).toBe(3);
    expect(log.body.data[0]).toMatchObject({ action: 'create', model: 'Period', actorId: expect.any(String), ip: expect.any(String) });
    const teacher = await t.userWithRole('tt', 'teacher', admin);
    await as(teacher.accessToken).get('/api/audit').expect(403);
    const otherAdmin = (await t.login('tt-b')).accessToken;
    expect((await as(otherAdmin, 'tt-b').get('/api/audit?model=Period').expect(200)).body.total).toBe(0);
  });
});
