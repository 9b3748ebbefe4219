import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { addDays, utcToday } from '../../lib/dates.js';

/**
 * Fees as the office's work queue. Three invoices, figures by hand (school in UTC, dates relative to today):
 *   Priya Brown (1A-A), "Term fees" 500.00 due 36 days ago, paid 200.00 -> partly paid, 300.00 overdue since 36 days;
 *   Priya Brown, "Trip" 300.00 due in 55 days -> open, not overdue;
 *   Tom Okafor (1B-B), "Trip" 300.00 paid in full -> paid.
 */
let t: TestPlatform;
let admin: string;
const ids = {} as Record<'priya' | 'tom' | 'classA' | 'classB' | 'sectionA' | 'termA' | 'tripPriya' | 'tripTom', string>;
let parentToken: string;
let teacherToken: string;
const as = (token: string) => t.as('queue', token);
const d = utcToday();
const pastDue = addDays(d, -36);
const futureDue = addDays(d, 55);

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('queue', { plan: 'standard', schoolConfig: { name: 'Queue School', currency: 'USD', timeZone: 'UTC' } });
  admin = (await t.login('queue')).accessToken;
  const a = as(admin);
  const year = (
    await a
      .post('/api/academic-years', {
        name: 'Y',
        startDate: addDays(d, -120),
        endDate: addDays(d, 200),
        terms: [{ name: 'T1', startDate: addDays(d, -120), endDate: addDays(d, 200) }],
      })
      .expect(201)
  ).body;
  const grade = (await a.post('/api/grade-levels', { name: 'G1', order: 1 }).expect(201)).body.id;
  const classA = (
    await a.post('/api/classes', { name: '1A', academicYearId: year.id, gradeLevelId: grade, sections: [{ name: 'A' }] }).expect(201)
  ).body;
  const classB = (
    await a.post('/api/classes', { name: '1B', academicYearId: year.id, gradeLevelId: grade, sections: [{ name: 'B' }] }).expect(201)
  ).body;
  Object.assign(ids, { classA: classA.id, classB: classB.id, sectionA: classA.sections[0].id });
  const grace = (
    await a
      .post('/api/guardians', {
        firstName: 'Grace',
        lastName: 'Brown',
        relationship: 'mother',
        contact: { phone: '+254700000001' },
        account: { email: 'grace@queue.test' },
      })
      .expect(201)
  ).body;
  const ada = (await a.post('/api/guardians', { firstName: 'Ada', lastName: 'Okafor', contact: { email: 'ada@queue.test' } }).expect(201))
    .body;
  ids.priya = (
    await a
      .post('/api/students', {
        firstName: 'Priya',
        lastName: 'Brown',
        classId: classA.id,
        sectionId: classA.sections[0].id,
        guardianIds: [grace.id],
      })
      .expect(201)
  ).body.id;
  ids.tom = (
    await a
      .post('/api/students', {
        firstName: 'Tom',
        lastName: 'Okafor',
        classId: classB.id,
        sectionId: classB.sections[0].id,
        guardianIds: [ada.id],
      })
      .expect(201)
  ).body.id;
  parentToken = await t.acceptInvitation('queue', grace.invitation, 'grace@queue.test');
  const teacher = (
    await a.post('/api/teachers', { firstName: 'Tess', lastName: 'Teach', account: { email: 'tess@queue.test' } }).expect(201)
  ).body;
  teacherToken = await t.acceptInvitation('queue', teacher.invitation, 'tess@queue.test');

  const structure = async (name: string, amount: number, dueDate: string) =>
    (
      await a
        .post('/api/fees/structures', { name, termId: year.terms[0].id, gradeLevelId: grade, items: [{ name, amount }], dueDate })
        .expect(201)
    ).body.id as string;
  const term = await structure('Term fees', 50_000, pastDue);
  const trip = await structure('Trip', 30_000, futureDue);
  ids.termA = (await a.post(`/api/fees/structures/${term}/invoices`, { classId: classA.id }).expect(200)).body.invoices[0].id;
  const trips = (await a.post(`/api/fees/structures/${trip}/invoices`, {}).expect(200)).body.invoices as {
    id: string;
    studentId: string;
  }[];
  ids.tripPriya = trips.find((i) => i.studentId === ids.priya)!.id;
  ids.tripTom = trips.find((i) => i.studentId === ids.tom)!.id;
  await a.post(`/api/fees/invoices/${ids.termA}/payments`, { amount: 20_000, method: 'cash' }).expect(201);
  await a.post(`/api/fees/invoices/${ids.tripTom}/payments`, { amount: 30_000, method: 'bank_transfer', reference: 'TX-9' }).expect(201);
});
afterAll(() => t.close());

const list = async (query: string, token = admin) => (await as(token).get(`/api/fees/invoices?${query}`).expect(200)).body;
const numbersOf = (body: { data: { id: string }[] }) => body.data.map((i) => i.id).sort();

describe('the invoice list as a work queue', () => {
  it("shows each invoice with the student's name, class and section, family, and what is overdue", async () => {
    const body = await list('sort=dueDate');
    expect(body.total).toBe(3);
    const term = body.data.find((i: { id: string }) => i.id === ids.termA);
    expect(term).toMatchObject({
      student: { id: ids.priya, name: 'Priya Brown', className: '1A', sectionName: 'A', admissionNumber: expect.any(String) },
      family: 'Grace Brown',
      total: 50_000,
      paid: 20_000,
      balance: 30_000,
      overdue: 30_000,
      status: 'partially_paid',
    });
    expect(body.data.find((i: { id: string }) => i.id === ids.tripPriya)).toMatchObject({ overdue: 0, status: 'open' });
  });

  it('searches by every word of a student or family name, admission number and invoice number', async () => {
    expect(numbersOf(await list('search=priya%20brown'))).toEqual([ids.termA, ids.tripPriya].sort());
    expect(numbersOf(await list('search=brown%20priya'))).toEqual([ids.termA, ids.tripPriya].sort());
    expect((await list('search=priya%20okafor')).total).toBe(0);
    // The family name finds the child through the guardian.
    expect(numbersOf(await list('search=ada'))).toEqual([ids.tripTom]);
    const tom = (await as(admin).get(`/api/students/${ids.tom}`).expect(200)).body;
    expect(numbersOf(await list(`search=${tom.admissionNumber}`))).toEqual([ids.tripTom]);
    const number = (await list('search=okafor')).data[0].number as string;
    expect(numbersOf(await list(`search=${number}`))).toEqual([ids.tripTom]);
    // Typed characters are literal, not a regular expression.
    expect((await list('search=.*')).total).toBe(0);
  });

  it('filters by class, section, status (overdue computed) and due date range', async () => {
    expect(numbersOf(await list(`classId=${ids.classA}`))).toEqual([ids.termA, ids.tripPriya].sort());
    expect(numbersOf(await list(`sectionId=${ids.sectionA}&status=open`))).toEqual([ids.tripPriya]);
    expect(numbersOf(await list('status=overdue'))).toEqual([ids.termA]);
    expect(numbersOf(await list('status=paid'))).toEqual([ids.tripTom]);
    expect(numbersOf(await list('status=partially_paid'))).toEqual([ids.termA]);
    expect(numbersOf(await list(`dueFrom=${addDays(d, 1)}`))).toEqual([ids.tripPriya, ids.tripTom].sort());
    expect(numbersOf(await list(`dueTo=${d}`))).toEqual([ids.termA]);
    const bad = await as(admin)
      .get(`/api/fees/invoices?dueFrom=${d}&dueTo=${addDays(d, -1)}`)
      .expect(400);
    expect(JSON.stringify(bad.body.details)).toContain('dueTo');
    await as(admin).get('/api/fees/invoices?status=late').expect(400);
  });

  it('sorts and pages', async () => {
    const first = await list('sort=-balance&limit=2&page=1');
    expect(first).toMatchObject({ total: 3, totalPages: 2 });
    expect(first.data.map((i: { balance: number }) => i.balance)).toEqual([30_000, 30_000]);
    const second = await list('sort=-balance&limit=2&page=2');
    expect(second.data.map((i: { id: string }) => i.id)).toEqual([ids.tripTom]);
  });

  it('exports the filtered list as CSV with names', async () => {
    const res = await as(admin).get('/api/fees/invoices/export.csv?status=overdue').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('invoice,admissionNumber,student,class,section,family,dueDate,currency,total,paid,balance,overdue,status');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,Priya Brown,1A,A,Grace Brown,${pastDue},USD,50000,20000,30000,30000,partially_paid`);
  });
});

describe('defaulters', () => {
  it('lists students with an overdue balance: amount, oldest due date, days overdue, guardian contact', async () => {
    const body = (await as(admin).get('/api/fees/defaulters').expect(200)).body;
    expect(body).toMatchObject({ date: d, currency: 'USD', totalOverdue: 30_000 });
    expect(body.students).toEqual([
      {
        student: expect.objectContaining({ id: ids.priya, name: 'Priya Brown', className: '1A', sectionName: 'A' }),
        guardians: [{ id: expect.any(String), name: 'Grace Brown', relationship: 'mother', phone: '+254700000001', email: null }],
        overdue: 30_000,
        balance: 30_000,
        oldestDueDate: pastDue,
        daysOverdue: 36,
        invoices: [{ id: ids.termA, number: expect.any(String) }],
      },
    ]);
    // Before the due date nobody is late; in another class nobody is late.
    expect(
      (
        await as(admin)
          .get(`/api/fees/defaulters?date=${addDays(pastDue, -1)}`)
          .expect(200)
      ).body.students,
    ).toEqual([]);
    expect((await as(admin).get(`/api/fees/defaulters?classId=${ids.classB}`).expect(200)).body.students).toEqual([]);
  });

  it('exports them as CSV', async () => {
    const res = await as(admin).get('/api/fees/defaulters.csv').expect(200);
    const lines = res.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'admissionNumber,student,class,section,overdue,balance,oldestDueDate,daysOverdue,guardians,phones,emails,invoices',
    );
    expect(lines[1]).toContain(`,Priya Brown,1A,A,30000,30000,${pastDue},36,Grace Brown,'+254700000001,,INV-`);
  });
});

describe('the invoice page', () => {
  it('shows lines, payments with receipt numbers and the balance after each, and the school for the receipt', async () => {
    await as(admin).post(`/api/fees/invoices/${ids.termA}/payments`, { amount: 5_000, method: 'card' }).expect(201);
    const body = (await as(admin).get(`/api/fees/invoices/${ids.termA}`).expect(200)).body;
    expect(body).toMatchObject({
      lines: [{ description: 'Term fees', amount: 50_000 }],
      paid: 25_000,
      balance: 25_000,
      student: { name: 'Priya Brown' },
      guardians: [{ name: 'Grace Brown' }],
      school: { name: 'Queue School' },
    });
    expect(body.payments).toEqual([
      expect.objectContaining({ amount: 20_000, method: 'cash', balanceAfter: 30_000, receiptNumber: expect.stringMatching(/^RCT-/) }),
      expect.objectContaining({ amount: 5_000, method: 'card', balanceAfter: 25_000 }),
    ]);
    expect(body.payments[0].receiptNumber).not.toBe(body.payments[1].receiptNumber);
  });
});

describe('who sees fees', () => {
  it("a parent sees only their own children's invoices, and cannot open another family's", async () => {
    const mine = await list('', parentToken);
    expect(numbersOf(mine)).toEqual([ids.termA, ids.tripPriya].sort());
    expect((await list('search=okafor', parentToken)).total).toBe(0);
    expect((await list(`classId=${ids.classB}`, parentToken)).total).toBe(0);
    await as(parentToken).get(`/api/fees/invoices/${ids.tripTom}`).expect(404);
    await as(parentToken).get(`/api/fees/invoices/${ids.termA}`).expect(200);
    await as(parentToken).get('/api/fees/defaulters').expect(403);
    await as(parentToken).post(`/api/fees/invoices/${ids.termA}/payments`, { amount: 100, method: 'cash' }).expect(403);
  });

  it('a teacher is refused every fees route', async () => {
    const tt = as(teacherToken);
    for (const url of [
      '/api/fees/invoices',
      '/api/fees/invoices/export.csv',
      `/api/fees/invoices/${ids.termA}`,
      '/api/fees/defaulters',
      '/api/fees/overdue',
      `/api/fees/students/${ids.priya}/balance`,
      '/api/fees/structures',
    ]) {
      const res = await tt.get(url);
      expect([url, res.status]).toEqual([url, 403]);
    }
  });
});
