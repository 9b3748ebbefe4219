import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: string;
let g1: string;
let g2: string;
let y1: string;
let y2: string;
let c1: { id: string; sections: { id: string; name: string }[] };
let c2: { id: string; sections: { id: string; name: string }[] };
let c2next: { id: string; sections: { id: string; name: string }[] };

const as = (token: string, school = 'enr') => t.as(school, token);

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('enr');
  await t.school('enr-b');
  admin = (await t.login('enr')).accessToken;
  const a = as(admin);
  y1 = (await a.post('/api/academic-years', { name: '2025/26', startDate: '2025-09-01', endDate: '2026-07-01' }).expect(201)).body.id;
  y2 = (await a.post('/api/academic-years', { name: '2026/27', startDate: '2026-09-01', endDate: '2027-07-01' }).expect(201)).body.id;
  g1 = (await a.post('/api/grade-levels', { name: 'Grade 1', order: 1 }).expect(201)).body.id;
  g2 = (await a.post('/api/grade-levels', { name: 'Grade 2', order: 2 }).expect(201)).body.id;
  c1 = (
    await a
      .post('/api/classes', { name: '1', academicYearId: y1, gradeLevelId: g1, sections: [{ name: 'Red' }, { name: 'Blue' }] })
      .expect(201)
  ).body;
  c2 = (await a.post('/api/classes', { name: '2', academicYearId: y1, gradeLevelId: g2, sections: [{ name: 'Red' }] }).expect(201)).body;
  c2next = (
    await a
      .post('/api/classes', { name: '2', academicYearId: y2, gradeLevelId: g2, sections: [{ name: 'Blue' }, { name: 'Red' }] })
      .expect(201)
  ).body;
});
afterAll(() => t.close());

describe('admissions', () => {
  it('take an application from applied through accepted to enrolled, linking the guardian without duplicates', async () => {
    const a = as(admin);
    const guardian = { firstName: 'Gina', lastName: 'G', email: 'gina@enr.test' };
    const app1 = (await a.post('/api/admissions', { firstName: 'Ann', lastName: 'G', gradeLevelId: g1, guardian }).expect(201)).body;
    const app2 = (
      await a
        .post('/api/admissions', { firstName: 'Bo', lastName: 'G', gradeLevelId: g1, guardian: { ...guardian, email: 'GINA@enr.test' } })
        .expect(201)
    ).body;
    expect(
      (await a.post(`/api/admissions/${app1.id}/enrol`, { classId: c1.id, sectionId: c1.sections[0]!.id }).expect(409)).body.error,
    ).toBe('INVALID_TRANSITION');
    await a.post(`/api/admissions/${app1.id}/accept`).expect(200);
    await a.post(`/api/admissions/${app2.id}/accept`).expect(200);
    const e1 = await a.post(`/api/admissions/${app1.id}/enrol`, { classId: c1.id, sectionId: c1.sections[0]!.id }).expect(201);
    const e2 = await a.post(`/api/admissions/${app2.id}/enrol`, { classId: c1.id, sectionId: c1.sections[1]!.id }).expect(201);
    expect(e1.body.application).toMatchObject({ status: 'enrolled', studentId: e1.body.student.id });
    expect(e1.body.student.guardianIds).toEqual(e2.body.student.guardianIds);
    expect((await a.get('/api/guardians?search=Gina').expect(200)).body.total).toBe(1);
    expect((await a.post(`/api/admissions/${app1.id}/reject`, { reason: 'late' }).expect(409)).body.error).toBe('INVALID_TRANSITION');
    const app3 = (
      await a
        .post('/api/admissions', {
          firstName: 'Cy',
          lastName: 'H',
          gradeLevelId: g2,
          guardian: { firstName: 'H', lastName: 'H', phone: '+254712000200' },
        })
        .expect(201)
    ).body;
    expect((await a.post(`/api/admissions/${app3.id}/reject`, { reason: 'No places' }).expect(200)).body).toMatchObject({
      status: 'rejected',
      decisionReason: 'No places',
    });
    await a
      .post('/api/admissions', { firstName: 'No', lastName: 'Contact', gradeLevelId: g1, guardian: { firstName: 'X', lastName: 'Y' } })
      .expect(400);
  });
});

describe('year-end rollover', () => {
  it('previews, applies as a batch and undoes', async () => {
    const a = as(admin);
    const senior = (
      await a.post('/api/students', { firstName: 'Sen', lastName: 'Ior', classId: c2.id, sectionId: c2.sections[0]!.id }).expect(201)
    ).body;
    const preview = await a.post('/api/rollover/preview', { classIds: [c1.id, c2.id], toAcademicYearId: y2 }).expect(200);
    const rows = preview.body.students as {
      studentId: string;
      name: string;
      action: string;
      to: { classId: string; sectionId: string } | null;
      problem: string | null;
    }[];
    const ann = rows.find((r) => r.name === 'Ann G')!;
    const bo = rows.find((r) => r.name === 'Bo G')!;
    const sen = rows.find((r) => r.studentId === senior.id)!;
    // Grade 1 → Grade 2's class in 2026/27, same section name (Red → Red); Grade 2 is the last: graduated.
    expect(ann).toMatchObject({ action: 'promoted', to: { classId: c2next.id, sectionId: c2next.sections[1]!.id }, problem: null });
    expect(bo.to).toEqual({ classId: c2next.id, sectionId: c2next.sections[0]!.id });
    expect(sen).toMatchObject({ action: 'graduated', to: null });

    // The admin edits one line: Bo is retained (stays in grade 1, here placed in a new grade 1 class).
    const c1next = (
      await a.post('/api/classes', { name: '1', academicYearId: y2, gradeLevelId: g1, sections: [{ name: 'Blue' }] }).expect(201)
    ).body;
    const moves = [
      { studentId: ann.studentId, action: 'promoted', toClassId: ann.to!.classId, toSectionId: ann.to!.sectionId },
      { studentId: bo.studentId, action: 'retained', toClassId: c1next.id, toSectionId: c1next.sections[0].id },
      { studentId: sen.studentId, action: 'graduated' },
    ];
    const bad = await a
      .post('/api/rollover/apply', { toAcademicYearId: y2, moves: [{ ...moves[0], toSectionId: c1.sections[0]!.id }] })
      .expect(400);
    expect(bad.body.details[0].path).toBe('moves.0.toSectionId');
    const batch = await a.post('/api/rollover/apply', { toAcademicYearId: y2, moves }).expect(201);
    expect(batch.body).toMatchObject({ status: 'applied', moved: 3 });
    const annAfter = (await a.get(`/api/students/${ann.studentId}`).expect(200)).body;
    expect(annAfter).toMatchObject({ classId: c2next.id, status: 'enrolled' });
    expect(annAfter.placements).toHaveLength(2);
    expect((await a.get(`/api/students/${sen.studentId}`).expect(200)).body.status).toBe('graduated');
    expect((await a.get(`/api/students/${bo.studentId}`).expect(200)).body.classId).toBe(c1next.id);

    await a.post(`/api/rollover/${batch.body.batchId}/undo`).expect(200);
    const annBack = (await a.get(`/api/students/${ann.studentId}`).expect(200)).body;
    expect(annBack).toMatchObject({ classId: c1.id, sectionId: c1.sections[0]!.id, status: 'enrolled' });
    expect(annBack.placements).toHaveLength(1);
    expect(annBack.placements[0].to).toBeNull();
    expect((await a.get(`/api/students/${sen.studentId}`).expect(200)).body.status).toBe('enrolled');
    expect((await a.post(`/api/rollover/${batch.body.batchId}/undo`).expect(409)).body.error).toBe('ALREADY_UNDONE');
  });

  it("is out of reach of another school's admin", async () => {
    const other = as((await t.login('enr-b')).accessToken, 'enr-b');
    await other.post('/api/rollover/preview', { classIds: [c1.id], toAcademicYearId: y2 }).expect(400);
    const app = (await as(admin).get('/api/admissions').expect(200)).body.data[0];
    await other.post(`/api/admissions/${app.id}/accept`).expect(404);
    await other.get(`/api/admissions/${app.id}`).expect(404);
  });
});
