import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let adminA: string;
let adminB: string;
let teacherA: string;

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('acad-a');
  await t.school('acad-b');
  adminA = (await t.login('acad-a')).accessToken;
  adminB = (await t.login('acad-b')).accessToken;
  teacherA = (await t.userWithRole('acad-a', 'teacher', adminA)).accessToken;
});
afterAll(() => t.close());

const as = (school: string, token: string) => t.as(school, token);

const year2026 = {
  name: '2026/27',
  startDate: '2026-09-01',
  endDate: '2027-07-15',
  terms: [
    { name: 'Autumn', startDate: '2026-09-01', endDate: '2026-12-18' },
    { name: 'Spring', startDate: '2027-01-06', endDate: '2027-04-01' },
    { name: 'Summer', startDate: '2027-04-19', endDate: '2027-07-15' },
  ],
};

describe('academic years', () => {
  it('creates the first year as current, and keeps exactly one current', async () => {
    const a = as('acad-a', adminA);
    const first = await a.post('/api/academic-years', year2026).expect(201);
    expect(first.body).toMatchObject({ name: '2026/27', isCurrent: true });
    expect(first.body.terms).toHaveLength(3);
    const next = await a
      .post('/api/academic-years', { name: '2027/28', startDate: '2027-09-01', endDate: '2028-07-15', isCurrent: true })
      .expect(201);
    const list = await a.get('/api/academic-years?current=true').expect(200);
    expect(list.body.data.map((y: { id: string }) => y.id)).toEqual([next.body.id]);
    await a.patch(`/api/academic-years/${first.body.id}`, { isCurrent: true }).expect(200);
    const current = await a.get('/api/academic-years?current=true').expect(200);
    expect(current.body.data.map((y: { name: string }) => y.name)).toEqual(['2026/27']);
  });

  it('validates dates: end after start, terms inside the year and apart, years apart', async () => {
    const a = as('acad-a', adminA);
    const bad = [
      { ...year2026, name: 'x1', startDate: '2030-09-01', endDate: '2030-08-01', terms: [] },
      {
        ...year2026,
        name: 'x2',
        startDate: '2031-09-01',
        endDate: '2032-07-01',
        terms: [{ name: 'T', startDate: '2031-08-01', endDate: '2031-10-01' }],
      },
      {
        name: 'x3',
        startDate: '2033-09-01',
        endDate: '2034-07-01',
        terms: [
          { name: 'A', startDate: '2033-09-01', endDate: '2033-12-01' },
          { name: 'B', startDate: '2033-11-01', endDate: '2034-02-01' },
        ],
      },
      { name: 'x4', startDate: '2026-13-01', endDate: '2027-07-01' },
    ];
    for (const body of bad) {
      const res = await a.post('/api/academic-years', body).expect(400);
      expect(res.body.error).toBe('VALIDATION_ERROR');
      expect(res.body.details.length).toBeGreaterThan(0);
    }
    const overlap = await a.post('/api/academic-years', { name: 'overlap', startDate: '2027-01-01', endDate: '2027-12-31' }).expect(409);
    expect(overlap.body.error).toBe('YEAR_OVERLAP');
    const { body } = await a.get('/api/academic-years?sort=startDate').expect(200);
    const patchBad = await a.patch(`/api/academic-years/${body.data[0].id}`, { endDate: '2026-10-01' }).expect(400);
    expect(patchBad.body.error).toBe('VALIDATION_ERROR');
  });
});

describe('classes, sections, subjects and assignments', () => {
  let yearId: string;
  let gradeId: string;
  let classId: string;
  let subjectId: string;

  beforeAll(async () => {
    const a = as('acad-a', adminA);
    yearId = (await a.get('/api/academic-years?current=true').expect(200)).body.data[0].id;
    gradeId = (await a.post('/api/grade-levels', { name: 'Grade 5', order: 5 }).expect(201)).body.id;
    subjectId = (await a.post('/api/subjects', { code: 'math', name: 'Mathematics' }).expect(201)).body.id;
  });

  it('creates a class with sections, adds, renames and removes a section', async () => {
    const a = as('acad-a', adminA);
    const cls = await a
      .post('/api/classes', { name: '5A', academicYearId: yearId, gradeLevelId: gradeId, sections: [{ name: 'Blue', capacity: 30 }] })
      .expect(201);
    classId = cls.body.id;
    expect(cls.body.sections[0]).toMatchObject({ name: 'Blue', capacity: 30, homeroomTeacherId: null });
    const added = await a.post(`/api/classes/${classId}/sections`, { name: 'Green' }).expect(201);
    expect(added.body.sections.map((s: { name: string }) => s.name)).toEqual(['Blue', 'Green']);
    expect((await a.post(`/api/classes/${classId}/sections`, { name: 'green' }).expect(409)).body.error).toBe('SECTION_EXISTS');
    const green = added.body.sections[1].id as string;
    await a.patch(`/api/classes/${classId}/sections/${green}`, { name: 'Red', capacity: 25 }).expect(200);
    await a.delete(`/api/classes/${classId}/sections/${green}`).expect(204);
    expect((await a.get(`/api/classes/${classId}`).expect(200)).body.sections).toHaveLength(1);
  });

  it('checks references and uniqueness', async () => {
    const a = as('acad-a', adminA);
    const missing = await a
      .post('/api/classes', { name: '5B', academicYearId: yearId, gradeLevelId: '0123456789abcdef01234567' })
      .expect(400);
    expect(missing.body.details[0].path).toBe('gradeLevelId');
    expect((await a.post('/api/classes', { name: '5A', academicYearId: yearId, gradeLevelId: gradeId }).expect(409)).body.error).toBe(
      'CLASS_EXISTS',
    );
    expect((await a.post('/api/subjects', { code: 'MATH', name: 'Maths again' }).expect(409)).body.error).toBe('SUBJECT_CODE_EXISTS');
    expect((await a.post('/api/grade-levels', { name: 'Fifth', order: 5 }).expect(409)).body.error).toBe('GRADE_LEVEL_EXISTS');
    // An update into a taken value is 409 too (FerretDB reports it differently from an insert: found by fuzzing as a 500).
    const other = (await a.post('/api/grade-levels', { name: 'Sixth', order: 6 }).expect(201)).body.id;
    expect((await a.patch(`/api/grade-levels/${other}`, { order: 5 }).expect(409)).body.error).toBe('GRADE_LEVEL_EXISTS');
    const art = (await a.post('/api/subjects', { code: 'ARTS', name: 'Arts' }).expect(201)).body.id;
    expect((await a.patch(`/api/subjects/${art}`, { code: 'MATH' }).expect(409)).body.error).toBe('SUBJECT_CODE_EXISTS');
    const sectionId = (await a.get(`/api/classes/${classId}`)).body.sections[0].id;
    const noTeacher = await a
      .post('/api/assignments', { classId, sectionId, subjectId, teacherId: '0123456789abcdef01234567' })
      .expect(400);
    expect(noTeacher.body.details[0].path).toBe('teacherId');
  });

  it('refuses deletes that would orphan records', async () => {
    const a = as('acad-a', adminA);
    expect((await a.delete(`/api/grade-levels/${gradeId}`).expect(409)).body.error).toBe('IN_USE');
    expect((await a.delete(`/api/academic-years/${yearId}`).expect(409)).body.error).toBe('IN_USE');
  });

  it('lets teachers read but not change the structure', async () => {
    const tch = as('acad-a', teacherA);
    await tch.get('/api/classes').expect(200);
    await tch.get(`/api/subjects/${subjectId}`).expect(200);
    expect((await tch.post('/api/subjects', { code: 'ART', name: 'Art' }).expect(403)).body.error).toBe('FORBIDDEN');
    await tch.delete(`/api/classes/${classId}`).expect(403);
  });

  it("gives a teacher their own classes, and nobody else's", async () => {
    const a = as('acad-a', adminA);
    const teach = async (first: string) => {
      const res = await a
        .post('/api/teachers', { firstName: first, lastName: 'Teach', account: { email: `${first}@acad-a.test` } })
        .expect(201);
      return { id: res.body.id as string, token: await t.acceptInvitation('acad-a', res.body.invitation, `${first}@acad-a.test`) };
    };
    const [mine, other] = [await teach('mia'), await teach('otto')];
    const cls = (
      await a.post('/api/classes', { name: '5M', academicYearId: yearId, gradeLevelId: gradeId, sections: [{ name: 'A' }] }).expect(201)
    ).body;
    const art = (await a.post('/api/subjects', { code: 'art', name: 'Art' }).expect(201)).body.id;
    const given = { classId: cls.id, sectionId: cls.sections[0].id };
    await a.post('/api/assignments', { ...given, subjectId, teacherId: mine.id }).expect(201);
    await a.post('/api/assignments', { ...given, subjectId: art, teacherId: other.id }).expect(201);

    const res = await as('acad-a', mine.token).get('/api/assignments/mine').expect(200);
    expect(res.body).toEqual({ teacherId: mine.id, assignments: [expect.objectContaining({ ...given, subjectId, teacherId: mine.id })] });
    // A teacher user without a staff record teaches nothing; other roles may not ask; another school's address refuses the token.
    expect((await as('acad-a', teacherA).get('/api/assignments/mine').expect(200)).body).toEqual({ teacherId: null, assignments: [] });
    await as('acad-a', adminA).get('/api/assignments/mine').expect(403);
    expect((await as('acad-b', mine.token).get('/api/assignments/mine').expect(403)).body.error).toBe('TENANT_MISMATCH');
  });

  it("keeps a term's id when the year's terms are edited, and refuses to drop a term in use", async () => {
    const a = as('acad-a', adminA);
    const year = (await a.get(`/api/academic-years/${yearId}`).expect(200)).body;
    const autumn = year.terms.find((x: { name: string }) => x.name === 'Autumn');
    const cls = (await a.post('/api/classes', { name: '5T', academicYearId: yearId, gradeLevelId: gradeId }).expect(201)).body;
    await a.post('/api/exams', { name: 'Autumn test', termId: autumn.id, classId: cls.id, subjectId, maxMarks: 50 }).expect(201);

    const terms = year.terms.map(({ name, startDate, endDate }: { name: string; startDate: string; endDate: string }) => ({
      name,
      startDate,
      endDate,
    }));
    terms[1].endDate = '2027-03-31';
    const edited = (await a.patch(`/api/academic-years/${yearId}`, { terms }).expect(200)).body;
    expect(edited.terms.map((x: { id: string }) => x.id)).toEqual(year.terms.map((x: { id: string }) => x.id));
    expect(edited.terms[1].endDate).toBe('2027-03-31');

    const res = await a
      .patch(`/api/academic-years/${yearId}`, { terms: terms.filter((x: { name: string }) => x.name !== 'Autumn') })
      .expect(409);
    expect(res.body.error).toBe('IN_USE');
    expect((await a.get(`/api/academic-years/${yearId}`).expect(200)).body.terms).toHaveLength(3);
  });

  it("keeps schools apart: the same codes in two schools, and 404 for the other school's ids", async () => {
    const b = as('acad-b', adminB);
    await b.post('/api/subjects', { code: 'MATH', name: 'Maths at B' }).expect(201);
    await b.get(`/api/subjects/${subjectId}`).expect(404);
    await b.patch(`/api/classes/${classId}`, { name: 'stolen' }).expect(404);
    await b.delete(`/api/classes/${classId}`).expect(404);
    await b.post(`/api/classes/${classId}/sections`, { name: 'Evil' }).expect(404);
    expect((await b.get('/api/classes').expect(200)).body.total).toBe(0);
    await request(t.app).get(`/api/classes/${classId}`).set('X-Tenant-ID', 'acad-b').set(bearer(adminA)).expect(403);
    expect((await as('acad-a', adminA).get(`/api/classes/${classId}`).expect(200)).body.name).toBe('5A');
  });
});
