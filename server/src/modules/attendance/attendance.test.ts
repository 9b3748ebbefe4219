import mongoose from 'mongoose';
import request from 'supertest';
import { PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { AttendanceModel } from './attendance.schema.js';

let t: TestPlatform;
let admin: string;
let teacher: string;
let otherTeacher: string;
let sectionA: string;
let sectionB: string;
let kids: { id: string; firstName: string }[];

const as = (token: string, school = 'att') => t.as(school, token);

async function teacherAccount(a: ReturnType<typeof as>, first: string, email: string) {
  const res = await a.post('/api/teachers', { firstName: first, lastName: 'T', account: { email } }).expect(201);
  const token = new URL(res.body.invitation.url, 'http://x').searchParams.get('token');
  await request(t.app).post('/api/auth/accept-invitation').set('X-Tenant-ID', 'att').send({ token, password: PASSWORD }).expect(204);
  return { id: res.body.id as string, token: (await t.login('att', email)).accessToken };
}

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('att');
  await t.school('att-b');
  admin = (await t.login('att')).accessToken;
  const a = as(admin);
  const year = (await a.post('/api/academic-years', { name: 'Y', startDate: '2020-09-01', endDate: '2030-07-01' }).expect(201)).body.id;
  const grade = (await a.post('/api/grade-levels', { name: 'G3', order: 3 }).expect(201)).body.id;
  const cls = (
    await a
      .post('/api/classes', { name: '3A', academicYearId: year, gradeLevelId: grade, sections: [{ name: 'A' }, { name: 'B' }] })
      .expect(201)
  ).body;
  [sectionA, sectionB] = cls.sections.map((s: { id: string }) => s.id);
  const subject = (await a.post('/api/subjects', { code: 'SCI', name: 'Science' }).expect(201)).body.id;
  const tA = await teacherAccount(a, 'Ada', 'ada@att.test');
  const tB = await teacherAccount(a, 'Bob', 'bob@att.test');
  teacher = tA.token;
  otherTeacher = tB.token;
  await a.post('/api/assignments', { classId: cls.id, sectionId: sectionA, subjectId: subject, teacherId: tA.id }).expect(201);
  await a.post('/api/assignments', { classId: cls.id, sectionId: sectionB, subjectId: subject, teacherId: tB.id }).expect(201);
  kids = [];
  for (const n of ['Ann', 'Ben', 'Cat'])
    kids.push((await a.post('/api/students', { firstName: n, lastName: 'K', classId: cls.id, sectionId: sectionA }).expect(201)).body);
  await a.post('/api/students', { firstName: 'Dan', lastName: 'K', classId: cls.id, sectionId: sectionB }).expect(201);
});
afterAll(() => t.close());

const countMarks = () => runForTenant(t.platform.connections, t.created[0]!, () => tenantModel(AttendanceModel).countDocuments());

describe('attendance', () => {
  it('lets a teacher mark their section for a day in one request, idempotently', async () => {
    const marks = [
      { studentId: kids[0]!.id, status: 'present' },
      { studentId: kids[1]!.id, status: 'absent', note: 'flu' },
      { studentId: kids[2]!.id, status: 'late' },
    ];
    const res = await as(teacher).put(`/api/attendance/sections/${sectionA}/2026-01-12`, { marks }).expect(200);
    expect(res.body.counts).toEqual({ present: 1, absent: 1, late: 1, excused: 0 });
    expect(res.body.students.find((s: { studentId: string }) => s.studentId === kids[1]!.id)).toMatchObject({
      status: 'absent',
      note: 'flu',
    });
    const before = await countMarks();
    await as(teacher).put(`/api/attendance/sections/${sectionA}/2026-01-12`, { marks }).expect(200);
    await Promise.all([1, 2].map(() => as(teacher).put(`/api/attendance/sections/${sectionA}/2026-01-12`, { marks }).expect(200)));
    expect(await countMarks()).toBe(before);
    // Correcting a mark replaces it.
    const fixed = await as(teacher)
      .put(`/api/attendance/sections/${sectionA}/2026-01-12`, { marks: [{ studentId: kids[1]!.id, status: 'excused' }] })
      .expect(200);
    expect(fixed.body.counts).toEqual({ present: 1, absent: 0, late: 1, excused: 1 });
  });

  it("refuses another teacher's section, strangers, duplicates and future days", async () => {
    expect(
      (
        await as(otherTeacher)
          .put(`/api/attendance/sections/${sectionA}/2026-01-12`, { marks: [{ studentId: kids[0]!.id, status: 'absent' }] })
          .expect(403)
      ).body.error,
    ).toBe('NOT_YOUR_SECTION');
    const stranger = await as(otherTeacher)
      .put(`/api/attendance/sections/${sectionB}/2026-01-12`, { marks: [{ studentId: kids[0]!.id, status: 'absent' }] })
      .expect(400);
    expect(stranger.body.details[0].path).toBe('marks.0.studentId');
    const twice = await as(teacher).put(`/api/attendance/sections/${sectionA}/2026-01-12`, {
      marks: [
        { studentId: kids[0]!.id, status: 'absent' },
        { studentId: kids[0]!.id, status: 'present' },
      ],
    });
    expect(twice.status).toBe(400);
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await as(teacher)
      .put(`/api/attendance/sections/${sectionA}/${future}`, { marks: [{ studentId: kids[0]!.id, status: 'present' }] })
      .expect(400);
    await as(teacher)
      .put(`/api/attendance/sections/${sectionA}/2026-02-30`, { marks: [{ studentId: kids[0]!.id, status: 'present' }] })
      .expect(400);
  });

  it('reports counts and rates per student, checked by hand', async () => {
    const days: [string, string[]][] = [
      ['2026-01-13', ['present', 'present', 'absent']],
      ['2026-01-14', ['present', 'absent', 'absent']],
      ['2026-01-15', ['late', 'excused', 'present']],
    ];
    for (const [date, statuses] of days) {
      await as(teacher)
        .put(`/api/attendance/sections/${sectionA}/${date}`, { marks: statuses.map((status, i) => ({ studentId: kids[i]!.id, status })) })
        .expect(200);
    }
    const res = await as(admin).get(`/api/attendance/report?sectionId=${sectionA}&from=2026-01-13&to=2026-01-15`).expect(200);
    const byName = Object.fromEntries(res.body.students.map((s: { name: string }) => [s.name, s]));
    // Ann: present, present, late → 3/3. Ben: present, absent, excused → 1/2. Cat: absent, absent, present → 1/3.
    expect(byName['Ann K']).toMatchObject({ counts: { present: 2, absent: 0, late: 1, excused: 0 }, rate: 1 });
    expect(byName['Ben K']).toMatchObject({ counts: { present: 1, absent: 1, late: 0, excused: 1 }, rate: 0.5 });
    expect(byName['Cat K']).toMatchObject({ counts: { present: 1, absent: 2, late: 0, excused: 0 }, rate: 0.333 });
    expect(res.body.total).toEqual({ counts: { present: 4, absent: 3, late: 1, excused: 1 }, rate: 0.625 });
    await as(admin).get(`/api/attendance/report?sectionId=${sectionA}&from=2026-02-01&to=2026-01-01`).expect(400);
  });

  it("shows a parent their child's report and nobody else's", async () => {
    const a = as(admin);
    const g = await a.post('/api/guardians', { firstName: 'Pa', lastName: 'K', account: { email: 'pa@att.test' } }).expect(201);
    await a.patch(`/api/students/${kids[0]!.id}`, { guardianIds: [g.body.id] }).expect(200);
    const token = new URL(g.body.invitation.url, 'http://x').searchParams.get('token');
    await request(t.app).post('/api/auth/accept-invitation').set('X-Tenant-ID', 'att').send({ token, password: PASSWORD }).expect(204);
    const parent = as((await t.login('att', 'pa@att.test')).accessToken);
    const own = await parent.get(`/api/attendance/report?studentId=${kids[0]!.id}&from=2026-01-01&to=2026-01-31`).expect(200);
    expect(own.body.students).toHaveLength(1);
    await parent.get(`/api/attendance/report?studentId=${kids[1]!.id}&from=2026-01-01&to=2026-01-31`).expect(404);
    const section = await parent.get(`/api/attendance/report?sectionId=${sectionA}&from=2026-01-01&to=2026-01-31`).expect(200);
    expect(section.body.students.map((s: { studentId: string }) => s.studentId)).toEqual([kids[0]!.id]);
    await parent
      .put(`/api/attendance/sections/${sectionA}/2026-01-12`, { marks: [{ studentId: kids[0]!.id, status: 'present' }] })
      .expect(403);
  });

  it('refuses to delete a student with attendance (withdraw instead)', async () => {
    expect((await as(admin).delete(`/api/students/${kids[2]!.id}`).expect(409)).body.error).toBe('IN_USE');
  });

  it("keeps another school's admin out of this school's registers", async () => {
    const other = as((await t.login('att-b')).accessToken, 'att-b');
    await other.get(`/api/attendance/sections/${sectionA}/2026-01-12`).expect(404);
    await other
      .put(`/api/attendance/sections/${sectionA}/2026-01-12`, { marks: [{ studentId: kids[0]!.id, status: 'absent' }] })
      .expect(404);
    const report = await other.get(`/api/attendance/report?studentId=${kids[0]!.id}&from=2026-01-01&to=2026-01-31`);
    expect(report.status).toBe(404);
    const stillPresent = await runForTenant(t.platform.connections, t.created[0]!, () =>
      tenantModel(AttendanceModel).countDocuments({ studentId: new mongoose.Types.ObjectId(kids[0]!.id), status: 'absent' }),
    );
    expect(stillPresent).toBe(0);
  });
});
