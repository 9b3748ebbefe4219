import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

/**
 * Each role's home page, on a school built through the API: two sections, two teachers, two families, a month of
 * registers. The figures are counted by hand from what the test wrote.
 */
let t: TestPlatform;
const S = 'dash';
let admin: string;
const ids = {} as Record<'year' | 'term' | 'cls' | 'secA' | 'secB' | 'math' | 'art' | 'ann' | 'ben' | 'cy' | 'teacherA', string>;
const tokens = {} as Record<'teacherA' | 'parentAnn' | 'studentCy', string>;
// Wednesday 2 December 2026 is "today" in these tests; the registers are of that week and earlier ones.
const DAY = '2026-12-02';

const as = (token: string) => t.as(S, token);

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school(S, { plan: 'premium' });
  admin = (await t.login(S)).accessToken;
  const a = as(admin);
  const year = (
    await a
      .post('/api/academic-years', {
        name: '2026/27',
        startDate: '2026-09-01',
        endDate: '2027-07-01',
        terms: [
          { name: 'Term 1', startDate: '2026-09-01', endDate: '2026-12-18' },
          { name: 'Term 2', startDate: '2027-01-04', endDate: '2027-04-01' },
        ],
      })
      .expect(201)
  ).body;
  ids.year = year.id;
  ids.term = year.terms[0].id;
  const grade = (await a.post('/api/grade-levels', { name: 'Grade 1', order: 1 }).expect(201)).body.id;
  const cls = (
    await a
      .post('/api/classes', { name: '1', academicYearId: year.id, gradeLevelId: grade, sections: [{ name: 'A' }, { name: 'B' }] })
      .expect(201)
  ).body;
  ids.cls = cls.id;
  ids.secA = cls.sections[0].id;
  ids.secB = cls.sections[1].id;
  ids.math = (await a.post('/api/subjects', { code: 'M', name: 'Maths' }).expect(201)).body.id;
  ids.art = (await a.post('/api/subjects', { code: 'AR', name: 'Art' }).expect(201)).body.id;

  const teacherA = (await a.post('/api/teachers', { firstName: 'Tess', lastName: 'A', account: { email: 'tess@dash.test' } }).expect(201))
    .body;
  ids.teacherA = teacherA.id;
  tokens.teacherA = await t.acceptInvitation(S, teacherA.invitation, 'tess@dash.test');
  const teacherB = (await a.post('/api/teachers', { firstName: 'Tom', lastName: 'B' }).expect(201)).body.id;
  await a.post('/api/assignments', { classId: ids.cls, sectionId: ids.secA, subjectId: ids.math, teacherId: ids.teacherA }).expect(201);
  await a.post('/api/assignments', { classId: ids.cls, sectionId: ids.secB, subjectId: ids.math, teacherId: teacherB }).expect(201);
  // Wednesday: Tess teaches Maths in 1 A twice and Tom teaches 1 B; Tess has nothing on Thursday.
  for (const [sectionId, teacherId, start, end, subjectId] of [
    [ids.secA, ids.teacherA, '10:00', '10:45', ids.math],
    [ids.secA, ids.teacherA, '08:00', '08:45', ids.art],
    [ids.secB, teacherB, '08:00', '08:45', ids.math],
  ])
    await a
      .post('/api/timetable', { classId: ids.cls, sectionId, day: 'wed', start, end, subjectId, teacherId, room: `R-${sectionId}` })
      .expect(201);

  const parentAnn = (
    await a.post('/api/guardians', { firstName: 'Pat', lastName: 'Ames', account: { email: 'pat@dash.test' } }).expect(201)
  ).body;
  tokens.parentAnn = await t.acceptInvitation(S, parentAnn.invitation, 'pat@dash.test');
  const otherParent = (await a.post('/api/guardians', { firstName: 'Olga', lastName: 'Other' }).expect(201)).body.id;
  const student = (body: object) => a.post('/api/students', { classId: ids.cls, ...body }).expect(201);
  ids.ann = (await student({ firstName: 'Ann', lastName: 'Ames', sectionId: ids.secA, guardianIds: [parentAnn.id] })).body.id;
  ids.ben = (await student({ firstName: 'Ben', lastName: 'Ames', sectionId: ids.secB, guardianIds: [parentAnn.id] })).body.id;
  const cy = (
    await student({
      firstName: 'Cy',
      lastName: 'Other',
      sectionId: ids.secA,
      guardianIds: [otherParent],
      account: { email: 'cy@dash.test' },
    })
  ).body;
  ids.cy = cy.id;
  tokens.studentCy = await t.acceptInvitation(S, cy.invitation, 'cy@dash.test');

  const register = (sectionId: string, date: string, marks: [string, string][]) =>
    a
      .put(`/api/attendance/sections/${sectionId}/${date}`, { marks: marks.map(([studentId, status]) => ({ studentId, status })) })
      .expect(200);
  // Last week (Mon 23, Tue 24 Nov) and this week (Mon 30 Nov, Wed 2 Dec); 1 B's register of Wednesday is not taken.
  await register(ids.secA, '2026-11-23', [
    [ids.ann, 'present'],
    [ids.cy, 'present'],
  ]);
  await register(ids.secA, '2026-11-24', [
    [ids.ann, 'absent'],
    [ids.cy, 'present'],
  ]);
  await register(ids.secB, '2026-11-24', [[ids.ben, 'late']]);
  await register(ids.secA, '2026-11-30', [
    [ids.ann, 'absent'],
    [ids.cy, 'late'],
  ]);
  await register(ids.secA, DAY, [
    [ids.ann, 'present'],
    [ids.cy, 'absent'],
  ]);
  // Older than 30 days: not among a family's absences.
  await register(ids.secA, '2026-10-20', [
    [ids.ann, 'absent'],
    [ids.cy, 'present'],
  ]);

  const exam = (name: string, subjectId: string, date: string) =>
    a.post('/api/exams', { name, termId: ids.term, classId: ids.cls, subjectId, maxMarks: 20, date }).expect(201);
  await exam('Quiz', ids.math, '2026-12-09');
  await exam('Quiz', ids.art, '2026-12-10');
  await exam('Old test', ids.math, '2026-11-02');

  const structure = (
    await a
      .post('/api/fees/structures', {
        name: 'Tuition',
        termId: ids.term,
        gradeLevelId: grade,
        items: [{ name: 'Tuition', amount: 10_000 }],
        dueDate: '2026-11-15',
      })
      .expect(201)
  ).body.id;
  const invoices = (await a.post(`/api/fees/structures/${structure}/invoices`, {}).expect(200)).body.invoices as {
    id: string;
    studentId: string;
  }[];
  const annInvoice = invoices.find((i) => i.studentId === ids.ann)!;
  await a.post(`/api/fees/invoices/${annInvoice.id}/payments`, { amount: 2_500, method: 'cash' }).expect(201);
});
afterAll(() => t.close());

describe('the office dashboard', () => {
  it('counts the day, the week, the weekly trend and the registers not yet taken', async () => {
    const d = (await as(admin).get(`/api/dashboard?date=${DAY}`).expect(200)).body;
    expect(d.attendance.today).toMatchObject({ present: 1, absent: 1, late: 0, excused: 0, rate: 0.5 });
    // This week: Mon 30 (absent, late) + Wed 2 (present, absent).
    expect(d.attendance.thisWeek).toMatchObject({ present: 1, absent: 2, late: 1 });
    expect(d.attendance.trend).toHaveLength(8);
    expect(d.attendance.trend.at(-1)).toMatchObject({ weekStart: '2026-11-30', present: 1, absent: 2, late: 1 });
    expect(d.attendance.trend.at(-2)).toMatchObject({ weekStart: '2026-11-23', present: 3, absent: 1, late: 1 });
    expect(d.attendance.trend.at(-7)).toMatchObject({ weekStart: '2026-10-19', present: 1, absent: 1 });
    expect(d.registers).toEqual({ sections: 2, taken: 1, missing: [{ classId: ids.cls, sectionId: ids.secB, name: '1 B' }] });
    expect(d.fees).toMatchObject({ term: 'Term 1', termId: ids.term, due: 30_000, collected: 2_500, outstanding: 27_500, invoices: 3 });
    expect(
      d.upcomingExams.map((e: { name: string; subjectName: string; className: string }) => `${e.name} ${e.subjectName} ${e.className}`),
    ).toEqual(['Quiz Maths 1', 'Quiz Art 1']);
    await as(tokens.teacherA).get('/api/dashboard').expect(403);
  });
});

describe("a teacher's day", () => {
  it('lists their lessons of the day in order and the registers of their own sections only', async () => {
    const d = (await as(tokens.teacherA).get(`/api/dashboard/teacher?date=${DAY}`).expect(200)).body;
    expect(d.lessons.map((l: { start: string; section: string; subject: string }) => `${l.start} ${l.section} ${l.subject}`)).toEqual([
      '08:00 1 A Art',
      '10:00 1 A Maths',
    ]);
    // 1 A's register is taken; 1 B is Tom's section, not hers.
    expect(d.registers).toEqual({ sections: 1, taken: 1, missing: [] });
    const thursday = (await as(tokens.teacherA).get('/api/dashboard/teacher?date=2026-12-03').expect(200)).body;
    expect(thursday.lessons).toEqual([]);
    expect(thursday.registers.missing).toEqual([{ classId: ids.cls, sectionId: ids.secA, name: '1 A' }]);
    await as(admin).get('/api/dashboard/teacher').expect(403);
  });
});

describe("a family's view", () => {
  it("shows a parent each of their children with absences by date, next exams and the balance per term, nobody else's", async () => {
    const d = (await as(tokens.parentAnn).get(`/api/dashboard/family?date=${DAY}`).expect(200)).body;
    expect(d.children.map((c: { name: string }) => c.name)).toEqual(['Ann Ames', 'Ben Ames']);
    const [ann, ben] = d.children;
    expect(ann.section).toBe('1 A');
    expect(ann.absences).toEqual([
      { date: '2026-11-30', status: 'absent', note: null },
      { date: '2026-11-24', status: 'absent', note: null },
    ]);
    expect(ben.absences).toEqual([{ date: '2026-11-24', status: 'late', note: null }]);
    expect(ann.nextExams.map((e: { name: string; subject: string; date: string }) => `${e.date} ${e.name} ${e.subject}`)).toEqual([
      '2026-12-09 Quiz Maths',
      '2026-12-10 Quiz Art',
    ]);
    expect(ann.balances).toEqual([{ termId: ids.term, term: '2026/27 Term 1', balance: 7_500 }]);
    expect(ben.balances).toEqual([{ termId: ids.term, term: '2026/27 Term 1', balance: 10_000 }]);
  });

  it('shows a student only themselves, without fees', async () => {
    const d = (await as(tokens.studentCy).get(`/api/dashboard/family?date=${DAY}`).expect(200)).body;
    expect(d.children).toHaveLength(1);
    expect(d.children[0]).toMatchObject({ name: 'Cy Other', balances: null });
    expect(d.children[0].absences.map((x: { date: string; status: string }) => `${x.date} ${x.status}`)).toEqual([
      '2026-12-02 absent',
      '2026-11-30 late',
    ]);
    await as(tokens.teacherA).get('/api/dashboard/family').expect(403);
  });
});

describe('the setup checklist', () => {
  it('starts with nothing done in a new school and ticks each step as its records appear', async () => {
    await t.school('fresh');
    const a = t.as('fresh', (await t.login('fresh')).accessToken);
    const done = async () =>
      ((await a.get('/api/dashboard/setup').expect(200)).body.steps as { key: string; done: boolean }[])
        .filter((s) => s.done)
        .map((s) => s.key);
    expect(await done()).toEqual([]);
    // A year without terms is not enough: registers and fees need terms.
    const year = (await a.post('/api/academic-years', { name: 'Y', startDate: '2026-09-01', endDate: '2027-07-01' }).expect(201)).body;
    expect(await done()).toEqual([]);
    await a
      .patch(`/api/academic-years/${year.id}`, { terms: [{ name: 'T1', startDate: '2026-09-01', endDate: '2026-12-18' }] })
      .expect(200);
    expect(await done()).toEqual(['year']);
    const grade = (await a.post('/api/grade-levels', { name: 'G1', order: 1 }).expect(201)).body.id;
    expect(await done()).toEqual(['year', 'grades']);
    const cls = (
      await a.post('/api/classes', { name: '1', academicYearId: year.id, gradeLevelId: grade, sections: [{ name: 'A' }] }).expect(201)
    ).body;
    expect(await done()).toEqual(['year', 'grades', 'classes']);
    await a.post('/api/subjects', { code: 'M', name: 'Maths' }).expect(201);
    await a.post('/api/teachers', { firstName: 'T', lastName: 'One' }).expect(201);
    expect(await done()).toEqual(['year', 'grades', 'classes', 'subjects', 'teachers']);
    const student = (
      await a.post('/api/students', { firstName: 'S', lastName: 'One', classId: cls.id, sectionId: cls.sections[0].id }).expect(201)
    ).body.id;
    expect((await a.get('/api/dashboard/setup').expect(200)).body.complete).toBe(false);
    await a.post(`/api/students/${student}/account`, { email: 's1@fresh.test' }).expect(201);
    const all = (await a.get('/api/dashboard/setup').expect(200)).body;
    expect(all.complete).toBe(true);
    expect(all.steps.map((s: { key: string }) => s.key)).toEqual([
      'year',
      'grades',
      'classes',
      'subjects',
      'teachers',
      'students',
      'invitations',
    ]);
    await as(tokens.teacherA).get('/api/dashboard/setup').expect(403);
  });
});
