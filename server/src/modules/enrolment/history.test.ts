import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { pdfText } from '../../../test/pdf-text.js';

/**
 * A school runs a year (one term: marks, attendance, invoices and a payment),
 * promotes its first grade, and reads the past term again: every report must
 * show the promoted students with the same figures as before the rollover.
 * Figures checked by hand are written out below.
 */
let t: TestPlatform;
let admin: string;
const ids = {} as Record<'y1' | 'y2' | 'term' | 'c1' | 's1' | 'c2' | 's2' | 'exam', string>;
const kids = {} as Record<'Ann' | 'Ben' | 'Cal', string>;
const as = (token: string) => t.as('hist', token);

const getPdf = (path: string) =>
  as(admin)
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200);

/** Everything a school reads about the past term. */
async function pastTermReports() {
  const a = as(admin);
  const cards = Object.fromEntries(
    await Promise.all(
      (['Ann', 'Ben', 'Cal'] as const).map(async (n) => [
        n,
        (await a.get(`/api/report-cards/${kids[n]}/terms/${ids.term}`).expect(200)).body,
      ]),
    ),
  );
  const pdf = pdfText((await getPdf(`/api/report-cards/${kids.Ann}/terms/${ids.term}?format=pdf`)).body as Buffer);
  const gradebook = (await a.get(`/api/gradebook/sections/${ids.s1}/terms/${ids.term}`).expect(200)).body;
  const marks = (await a.get(`/api/exams/${ids.exam}/marks?sectionId=${ids.s1}`).expect(200)).body;
  const attendance = (await a.get(`/api/attendance/report?sectionId=${ids.s1}&from=2025-09-01&to=2025-12-20`).expect(200)).body;
  const attendanceCsv = (await a.get(`/api/reports/attendance.csv?sectionId=${ids.s1}&from=2025-09-01&to=2025-12-20`).expect(200)).text;
  const marksCsv = (await a.get(`/api/reports/marks.csv?sectionId=${ids.s1}&termId=${ids.term}`).expect(200)).text;
  const feesCsv = (await a.get(`/api/reports/fees.csv?termId=${ids.term}&classId=${ids.c1}`).expect(200)).text;
  const dashboard = (await a.get('/api/dashboard?date=2025-11-03').expect(200)).body;
  return { cards, pdf, gradebook, marks, attendance, attendanceCsv, marksCsv, feesCsv, dashboard };
}

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('hist', { plan: 'standard', schoolConfig: { currency: 'KES' } });
  admin = (await t.login('hist')).accessToken;
  const a = as(admin);
  const y1 = (
    await a
      .post('/api/academic-years', {
        name: '2025/26',
        startDate: '2025-09-01',
        endDate: '2026-07-01',
        terms: [{ name: 'Term 1', startDate: '2025-09-01', endDate: '2025-12-20' }],
      })
      .expect(201)
  ).body;
  const y2 = (
    await a
      .post('/api/academic-years', {
        name: '2026/27',
        startDate: '2026-09-01',
        endDate: '2027-07-01',
        terms: [{ name: 'Term 1', startDate: '2026-09-01', endDate: '2026-12-20' }],
      })
      .expect(201)
  ).body;
  Object.assign(ids, { y1: y1.id, y2: y2.id, term: y1.terms[0].id });
  const g1 = (await a.post('/api/grade-levels', { name: 'G1', order: 1 }).expect(201)).body.id;
  const g2 = (await a.post('/api/grade-levels', { name: 'G2', order: 2 }).expect(201)).body.id;
  const c1 = (await a.post('/api/classes', { name: '1A', academicYearId: y1.id, gradeLevelId: g1, sections: [{ name: 'A' }] }).expect(201))
    .body;
  const c2 = (await a.post('/api/classes', { name: '2A', academicYearId: y2.id, gradeLevelId: g2, sections: [{ name: 'A' }] }).expect(201))
    .body;
  Object.assign(ids, { c1: c1.id, s1: c1.sections[0].id, c2: c2.id, s2: c2.sections[0].id });
  for (const n of ['Ann', 'Ben', 'Cal'] as const)
    kids[n] = (await a.post('/api/students', { firstName: n, lastName: 'H', classId: ids.c1, sectionId: ids.s1 }).expect(201)).body.id;

  const math = (await a.post('/api/subjects', { code: 'MATH', name: 'Mathematics' }).expect(201)).body.id;
  ids.exam = (
    await a
      .post('/api/exams', {
        name: 'Final',
        termId: ids.term,
        classId: ids.c1,
        subjectId: math,
        maxMarks: 100,
        weight: 1,
        date: '2025-12-01',
      })
      .expect(201)
  ).body.id;
  await a
    .put(`/api/exams/${ids.exam}/marks`, {
      sectionId: ids.s1,
      marks: [
        { studentId: kids.Ann, score: 80 },
        { studentId: kids.Ben, score: 60 },
        { studentId: kids.Cal, score: 70 },
      ],
    })
    .expect(200);
  await a
    .put(`/api/attendance/sections/${ids.s1}/2025-10-06`, {
      marks: [
        { studentId: kids.Ann, status: 'present' },
        { studentId: kids.Ben, status: 'absent' },
        { studentId: kids.Cal, status: 'late' },
      ],
    })
    .expect(200);
  await a
    .put(`/api/attendance/sections/${ids.s1}/2025-10-07`, {
      marks: (['Ann', 'Ben', 'Cal'] as const).map((n) => ({ studentId: kids[n], status: 'present' })),
    })
    .expect(200);
  const structure = (
    await a
      .post('/api/fees/structures', {
        name: 'Term 1 fees',
        termId: ids.term,
        gradeLevelId: g1,
        items: [{ name: 'Tuition', amount: 50_000 }],
        dueDate: '2025-10-31',
      })
      .expect(201)
  ).body.id;
  const invoices = (await a.post(`/api/fees/structures/${structure}/invoices`, {}).expect(200)).body.invoices as {
    id: string;
    studentId: string;
  }[];
  const annInvoice = invoices.find((i) => i.studentId === kids.Ann)!.id;
  await a.post(`/api/fees/invoices/${annInvoice}/payments`, { amount: 20_000, method: 'cash' }).expect(201);
});
afterAll(() => t.close());

describe('history after the year-end rollover', () => {
  it('shows the promoted students in every report of the past term, with the same figures', async () => {
    const before = await pastTermReports();

    // Hand-checked: one exam out of 100 → Ann 80 %, Cal 70 %, Ben 60 %; ranks 1, 2, 3 of 3.
    expect(before.cards.Ann).toMatchObject({ className: '1A', sectionName: 'A', classSize: 3, result: { average: 80, rank: 1 } });
    expect(before.cards.Ben).toMatchObject({ classSize: 3, result: { average: 60, rank: 3 } });
    expect(before.cards.Ann.result.subjects).toHaveLength(1);
    // Two days: Ben present once and absent once (rate 0.5); Cal late then present (rate 1).
    expect(before.cards.Ben.attendance).toMatchObject({ present: 1, absent: 1, rate: 0.5 });
    expect(before.pdf).toContain('Class: 1A A');
    expect(before.pdf).toContain('Class size: 3');
    expect(before.pdf).toContain('80.0 %');
    expect(before.gradebook.students.map((s: { name: string; rank: number }) => [s.name, s.rank])).toEqual([
      ['Ann H', 1],
      ['Ben H', 3],
      ['Cal H', 2],
    ]);
    expect(before.attendance.total).toEqual({ counts: { present: 4, absent: 1, late: 1, excused: 0 }, rate: 0.833 });
    // Three invoices of 500.00; Ann paid 200.00.
    expect(before.feesCsv.trim().split('\n')).toHaveLength(4);
    expect(before.feesCsv).toMatch(/Ann H,KES,50000,20000,30000,partially_paid/);
    expect(before.dashboard).toMatchObject({
      academicYear: '2025/26',
      term: 'Term 1',
      counts: { students: 3, classes: 1 },
      fees: { due: 150_000, collected: 20_000, outstanding: 130_000, invoices: 3 },
    });

    // Promote Ann and Ben; Cal stays (not in the batch). The new year becomes current.
    const a = as(admin);
    await a
      .post('/api/rollover/apply', {
        toAcademicYearId: ids.y2,
        moves: (['Ann', 'Ben'] as const).map((n) => ({ studentId: kids[n], action: 'promoted', toClassId: ids.c2, toSectionId: ids.s2 })),
      })
      .expect(201);
    await a.patch(`/api/academic-years/${ids.y2}`, { isCurrent: true }).expect(200);
    expect((await a.get(`/api/students/${kids.Ann}`).expect(200)).body).toMatchObject({ classId: ids.c2, sectionId: ids.s2 });

    const after = await pastTermReports();
    expect(after).toEqual(before);
  });

  it('lists a student who moved section mid-term where they were at the term end, and keeps their attendance', async () => {
    const a = as(admin);
    const cls = (
      await a
        .post('/api/classes', {
          name: '1B',
          academicYearId: ids.y1,
          gradeLevelId: (await a.get('/api/grade-levels').expect(200)).body.data.find((g: { name: string }) => g.name === 'G1').id,
          sections: [{ name: 'X' }, { name: 'Y' }],
        })
        .expect(201)
    ).body;
    const [x, y] = cls.sections.map((s: { id: string }) => s.id);
    const dan = (await a.post('/api/students', { firstName: 'Dan', lastName: 'H', classId: cls.id, sectionId: x }).expect(201)).body.id;
    await a.put(`/api/attendance/sections/${x}/2025-09-10`, { marks: [{ studentId: dan, status: 'absent' }] }).expect(200);
    await a.post(`/api/students/${dan}/move`, { classId: cls.id, sectionId: y, date: '2025-11-01' }).expect(200);
    await a.put(`/api/attendance/sections/${y}/2025-11-10`, { marks: [{ studentId: dan, status: 'present' }] }).expect(200);

    const names = async (sectionId: string) =>
      (await a.get(`/api/gradebook/sections/${sectionId}/terms/${ids.term}`).expect(200)).body.students.map(
        (s: { name: string }) => s.name,
      );
    expect(await names(x)).toEqual([]);
    expect(await names(y)).toEqual(['Dan H']);
    expect((await a.get(`/api/report-cards/${dan}/terms/${ids.term}`).expect(200)).body).toMatchObject({
      className: '1B',
      sectionName: 'Y',
      attendance: { present: 1, absent: 1 },
    });
    // Each section's attendance report counts the days taken in it.
    const xReport = (await a.get(`/api/attendance/report?sectionId=${x}&from=2025-09-01&to=2025-10-31`).expect(200)).body;
    expect(xReport.students).toMatchObject([{ name: 'Dan H', counts: { absent: 1, present: 0 } }]);
    const yReport = (await a.get(`/api/attendance/report?sectionId=${y}&from=2025-09-01&to=2025-12-20`).expect(200)).body;
    expect(yReport.students).toMatchObject([{ name: 'Dan H', counts: { absent: 0, present: 1 } }]);
  });

  it('keeps a withdrawn student in the terms they attended, off the register from the day they left, and back when re-enrolled', async () => {
    const a = as(admin);
    const today = new Date().toISOString().slice(0, 10);
    const register = async () =>
      (await a.get(`/api/attendance/sections/${ids.s1}/${today}`).expect(200)).body.students.map((s: { name: string }) => s.name);
    expect(await register()).toEqual(['Cal H']);
    await a.patch(`/api/students/${kids.Cal}`, { status: 'withdrawn' }).expect(200);
    expect(await register()).toEqual([]);
    const card = (await a.get(`/api/report-cards/${kids.Cal}/terms/${ids.term}`).expect(200)).body;
    expect(card).toMatchObject({ classSize: 3, result: { average: 70, rank: 2 } });
    await a.patch(`/api/students/${kids.Cal}`, { status: 'enrolled' }).expect(200);
    expect(await register()).toEqual(['Cal H']);
  });
});
