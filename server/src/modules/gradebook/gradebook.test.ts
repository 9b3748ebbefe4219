import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: string;
let teacher: string;
let termId: string;
let classId: string;
let sectionId: string;
let math: string;
let eng: string;
const kids: Record<string, string> = {};
const exams: Record<string, string> = {};

const as = (token: string, school = 'gb') => t.as(school, token);

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('gb');
  await t.school('gb-other');
  admin = (await t.login('gb')).accessToken;
  const a = as(admin);
  const year = (
    await a
      .post('/api/academic-years', {
        name: '2025/26',
        startDate: '2025-09-01',
        endDate: '2026-07-01',
        terms: [{ name: 'Term 1', startDate: '2025-09-01', endDate: '2025-12-20' }],
      })
      .expect(201)
  ).body;
  termId = year.terms[0].id;
  const grade = (await a.post('/api/grade-levels', { name: 'G6', order: 6 }).expect(201)).body.id;
  const cls = (
    await a.post('/api/classes', { name: '6A', academicYearId: year.id, gradeLevelId: grade, sections: [{ name: 'A' }] }).expect(201)
  ).body;
  classId = cls.id;
  sectionId = cls.sections[0].id;
  math = (await a.post('/api/subjects', { code: 'MATH', name: 'Mathematics' }).expect(201)).body.id;
  eng = (await a.post('/api/subjects', { code: 'ENG', name: 'English' }).expect(201)).body.id;
  const tch = await a.post('/api/teachers', { firstName: 'Mo', lastName: 'Math', account: { email: 'mo@gb.test' } }).expect(201);
  teacher = await t.acceptInvitation('gb', tch.body.invitation, 'mo@gb.test');
  await a.post('/api/assignments', { classId, sectionId, subjectId: math, teacherId: tch.body.id }).expect(201);
  for (const n of ['Ann', 'Ben', 'Cat'])
    kids[n] = (await a.post('/api/students', { firstName: n, lastName: 'S', classId, sectionId }).expect(201)).body.id;
  for (const [key, subjectId, maxMarks, weight] of [
    ['mathTest', math, 50, 1],
    ['mathFinal', math, 100, 3],
    ['essay', eng, 20, 1],
  ] as const) {
    exams[key] = (
      await a.post('/api/exams', { name: key, termId, classId, subjectId, maxMarks, weight, date: '2025-12-01' }).expect(201)
    ).body.id;
  }
});
afterAll(() => t.close());

describe('marks entry', () => {
  it('lets the subject teacher enter a section at once, idempotently, and nobody else', async () => {
    const tch = as(teacher);
    const body = {
      sectionId,
      marks: [
        { studentId: kids.Ann, score: 40 },
        { studentId: kids.Ben, score: 50 },
        { studentId: kids.Cat, score: null },
      ],
    };
    const res = await tch.put(`/api/exams/${exams.mathTest}/marks`, body).expect(200);
    expect(res.body.students.find((s: { studentId: string }) => s.studentId === kids.Cat)).toMatchObject({ score: null, absent: true });
    await tch.put(`/api/exams/${exams.mathTest}/marks`, body).expect(200);
    await tch
      .put(`/api/exams/${exams.mathFinal}/marks`, {
        sectionId,
        marks: [
          { studentId: kids.Ann, score: 45 },
          { studentId: kids.Ben, score: 90 },
          { studentId: kids.Cat, score: 60 },
        ],
      })
      .expect(200);
    expect(
      (await tch.put(`/api/exams/${exams.essay}/marks`, { sectionId, marks: [{ studentId: kids.Ann, score: 18 }] }).expect(403)).body.error,
    ).toBe('NOT_YOUR_SUBJECT');
    const over = await tch
      .put(`/api/exams/${exams.mathTest}/marks`, { sectionId, marks: [{ studentId: kids.Ann, score: 51 }] })
      .expect(400);
    expect(over.body.details[0]).toEqual({ path: 'marks.0.score', message: 'Ann S: at most 50' });
    await as(admin)
      .put(`/api/exams/${exams.essay}/marks`, {
        sectionId,
        marks: [
          { studentId: kids.Ann, score: 18 },
          { studentId: kids.Ben, score: null },
          { studentId: kids.Cat, score: 16 },
        ],
      })
      .expect(200);
  });
});

describe('term results and report cards', () => {
  it('computes weighted percentages, averages, grades and ranks (checked by hand)', async () => {
    const res = await as(admin).get(`/api/gradebook/sections/${sectionId}/terms/${termId}`).expect(200);
    const by = Object.fromEntries(res.body.students.map((s: { name: string }) => [s.name, s]));
    // Ann: MATH (40/50·1 + 45/100·3)/4 = (80 + 135)/4 = 53.75 (D); ENG 18/20 = 90 (A); average 71.88 (B).
    expect(by['Ann S']).toMatchObject({ average: 71.88, grade: 'B', rank: 1 });
    expect(by['Ann S'].subjects.map((s: { code: string; percentage: number; grade: string }) => [s.code, s.percentage, s.grade])).toEqual([
      ['ENG', 90, 'A'],
      ['MATH', 53.75, 'D'],
    ]);
    // Ben: MATH (100 + 270)/4 = 92.5; ENG absent = 0; average 46.25 (E).
    expect(by['Ben S']).toMatchObject({ average: 46.25, grade: 'E', rank: 3 });
    // Cat: MATH (0 + 180)/4 = 45; ENG 80; average 62.5 (C).
    expect(by['Cat S']).toMatchObject({ average: 62.5, grade: 'C', rank: 2 });
  });

  it('uses the school default scale when it defines one', async () => {
    await as(admin)
      .post('/api/grading-scales', {
        name: 'Pass/Fail',
        isDefault: true,
        bands: [
          { grade: 'P', min: 50 },
          { grade: 'F', min: 0 },
        ],
      })
      .expect(201);
    const res = await as(admin).get(`/api/gradebook/sections/${sectionId}/terms/${termId}`).expect(200);
    expect(res.body.scale).toBe('Pass/Fail');
    expect(res.body.students.map((s: { grade: string }) => s.grade).sort()).toEqual(['F', 'P', 'P']);
    const bad = await as(admin)
      .post('/api/grading-scales', {
        name: 'Gappy',
        bands: [
          { grade: 'A', min: 50 },
          { grade: 'B', min: 60 },
        ],
      })
      .expect(400);
    expect(bad.body.error).toBe('VALIDATION_ERROR');
  });

  it('prints a report card as JSON and as a PDF', async () => {
    const json = await as(admin).get(`/api/report-cards/${kids.Ann}/terms/${termId}`).expect(200);
    expect(json.body).toMatchObject({
      term: { name: 'Term 1', year: '2025/26' },
      className: '6A',
      sectionName: 'A',
      classSize: 3,
      result: { average: 71.88, rank: 1 },
    });
    const pdf = await as(admin)
      .get(`/api/report-cards/${kids.Ann}/terms/${termId}?format=pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(
      Buffer.from(pdf.body as Buffer)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('shows parents only published exams, and only their own child', async () => {
    const g = await as(admin)
      .post('/api/guardians', { firstName: 'Pa', lastName: 'S', account: { email: 'pa@gb.test' } })
      .expect(201);
    await as(admin)
      .patch(`/api/students/${kids.Ann}`, { guardianIds: [g.body.id] })
      .expect(200);
    const parent = as(await t.acceptInvitation('gb', g.body.invitation, 'pa@gb.test'));
    const draft = await parent.get(`/api/report-cards/${kids.Ann}/terms/${termId}`).expect(200);
    expect(draft.body.result.subjects).toEqual([]);
    await as(admin).patch(`/api/exams/${exams.essay}`, { status: 'published' }).expect(200);
    const published = await parent.get(`/api/report-cards/${kids.Ann}/terms/${termId}`).expect(200);
    expect(published.body.result.subjects.map((s: { code: string }) => s.code)).toEqual(['ENG']);
    await parent.get(`/api/report-cards/${kids.Ben}/terms/${termId}`).expect(404);
    expect((await parent.get('/api/exams').expect(200)).body.data.map((e: { name: string }) => e.name)).toEqual(['essay']);
    // A teacher cannot change a published exam's marks; an admin can.
    await as(teacher)
      .put(`/api/exams/${exams.mathTest}/marks`, { sectionId, marks: [{ studentId: kids.Ann, score: 41 }] })
      .expect(200);
    await as(admin).patch(`/api/exams/${exams.mathTest}`, { status: 'published' }).expect(200);
    expect(
      (
        await as(teacher)
          .put(`/api/exams/${exams.mathTest}/marks`, { sectionId, marks: [{ studentId: kids.Ann, score: 42 }] })
          .expect(409)
      ).body.error,
    ).toBe('EXAM_PUBLISHED');
  });

  it("keeps another school out: its admin gets 404 for this school's students, exams and sections", async () => {
    const other = as((await t.login('gb-other')).accessToken, 'gb-other');
    await other.get(`/api/report-cards/${kids.Ann}/terms/${termId}`).expect(404);
    await other.put(`/api/exams/${exams.mathTest}/marks`, { sectionId, marks: [{ studentId: kids.Ann, score: 1 }] }).expect(404);
    await other.get(`/api/gradebook/sections/${sectionId}/terms/${termId}`).expect(404);
    await other.get(`/api/exams/${exams.mathTest}`).expect(404);
  });

  it('refuses exams whose term is not in the class year, and deleting exams with marks', async () => {
    const a = as(admin);
    const otherYear = (
      await a
        .post('/api/academic-years', {
          name: '2026/27',
          startDate: '2026-09-01',
          endDate: '2027-07-01',
          terms: [{ name: 'T1', startDate: '2026-09-01', endDate: '2026-12-01' }],
        })
        .expect(201)
    ).body;
    const res = await a
      .post('/api/exams', { name: 'x', termId: otherYear.terms[0].id, classId, subjectId: math, maxMarks: 10 })
      .expect(400);
    expect(res.body.details[0].path).toBe('termId');
    expect(
      (await request(t.app).delete(`/api/exams/${exams.mathFinal}`).set('X-Tenant-ID', 'gb').set(bearer(admin)).expect(409)).body.error,
    ).toBe('IN_USE');
  });
});
