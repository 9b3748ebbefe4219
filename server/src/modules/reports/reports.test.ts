import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: string;
let sectionId: string;
let termId: string;
const today = new Date().toISOString().slice(0, 10);
const shift = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const as = (token: string, school = 'rep') => t.as(school, token);

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('rep', { plan: 'premium' });
  admin = (await t.login('rep')).accessToken;
  const a = as(admin);
  const year = (
    await a
      .post('/api/academic-years', {
        name: 'Now',
        startDate: shift(-100),
        endDate: shift(200),
        terms: [{ name: 'Current term', startDate: shift(-50), endDate: shift(50) }],
      })
      .expect(201)
  ).body;
  termId = year.terms[0].id;
  const grade = (await a.post('/api/grade-levels', { name: 'G', order: 1 }).expect(201)).body.id;
  const cls = (
    await a.post('/api/classes', { name: 'C', academicYearId: year.id, gradeLevelId: grade, sections: [{ name: 'S' }] }).expect(201)
  ).body;
  sectionId = cls.sections[0].id;
  const subject = (await a.post('/api/subjects', { code: 'M', name: 'Maths' }).expect(201)).body.id;
  const kids = [];
  for (const n of ['Ann', '=Bad', 'Cy'])
    kids.push((await a.post('/api/students', { firstName: n, lastName: 'R', classId: cls.id, sectionId }).expect(201)).body.id);
  await a
    .put(`/api/attendance/sections/${sectionId}/${today}`, {
      marks: [
        { studentId: kids[0], status: 'present' },
        { studentId: kids[1], status: 'absent' },
        { studentId: kids[2], status: 'late' },
      ],
    })
    .expect(200);
  const exam = (
    await a.post('/api/exams', { name: 'Quiz', termId, classId: cls.id, subjectId: subject, maxMarks: 10, date: shift(3) }).expect(201)
  ).body.id;
  await a
    .put(`/api/exams/${exam}/marks`, {
      sectionId,
      marks: [
        { studentId: kids[0], score: 9 },
        { studentId: kids[1], score: 5 },
      ],
    })
    .expect(200);
  const structure = (
    await a
      .post('/api/fees/structures', {
        name: 'Fees',
        termId,
        gradeLevelId: grade,
        items: [{ name: 'Tuition', amount: 10_000 }],
        dueDate: shift(10),
      })
      .expect(201)
  ).body.id;
  const inv = (await a.post(`/api/fees/structures/${structure}/invoices`, {}).expect(200)).body.invoices[0];
  await a.post(`/api/fees/invoices/${inv.id}/payments`, { amount: 4_000, method: 'cash' }).expect(201);
});
afterAll(() => t.close());

describe('dashboard', () => {
  it('shows counts, attendance, fees this term and upcoming exams', async () => {
    const res = await as(admin).get('/api/dashboard').expect(200);
    expect(res.body).toMatchObject({
      academicYear: 'Now',
      term: 'Current term',
      counts: { students: 3, classes: 1, subjects: 1 },
      attendance: { today: { present: 1, absent: 1, late: 1, excused: 0, rate: 0.667 } },
      fees: { due: 30_000, collected: 4_000, outstanding: 26_000, invoices: 3 },
      upcomingExams: [{ name: 'Quiz' }],
    });
    const teacher = await t.userWithRole('rep', 'teacher', admin);
    await as(teacher.accessToken).get('/api/dashboard').expect(403);
  });
});

describe('CSV reports and exports', () => {
  it('downloads attendance, marks and fee reports', async () => {
    const att = await as(admin).get(`/api/reports/attendance.csv?sectionId=${sectionId}&from=${today}&to=${today}`).expect(200);
    expect(att.headers['content-type']).toMatch(/text\/csv/);
    const lines = att.text.trim().split('\r\n');
    expect(lines[0]).toBe('admissionNumber,name,present,absent,late,excused,rate');
    expect(lines).toContainEqual(expect.stringMatching(/,"?'=Bad R"?,0,1,0,0,0$/));
    const marks = await as(admin).get(`/api/reports/marks.csv?sectionId=${sectionId}&termId=${termId}`).expect(200);
    // A UTF-8 byte-order mark first, so spreadsheet programs read the names right.
    expect(marks.text.split('\r\n')[0]).toBe('\uFEFFadmissionNumber,name,M %,M grade,average,grade,rank');
    expect(marks.text).toMatch(/Ann R,90,A,90,A,1/);
    const fees = await as(admin).get(`/api/reports/fees.csv?termId=${termId}`).expect(200);
    expect(fees.text.trim().split('\r\n')).toHaveLength(4);
    expect(fees.text).toMatch(/,10000,4000,6000,partially_paid/);
  });

  it('exports any list with its filters, within the caller scope', async () => {
    const res = await as(admin).get('/api/students/export.csv?search=Ann').expect(200);
    const [header, ...rows] = res.text.trim().split('\r\n');
    expect(header).toContain('admissionNumber');
    expect(rows).toHaveLength(1);
    const parent = await t.userWithRole('rep', 'parent', admin);
    const none = await as(parent.accessToken).get('/api/students/export.csv').expect(200);
    expect(none.text.trim().split('\r\n').filter(Boolean)).toHaveLength(1); // header only (or empty)
  });
});
