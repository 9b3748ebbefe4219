import request from 'supertest';
import { PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: string;
let structureId: string;
let classId: string;
const kids = {} as Record<'Older' | 'Younger' | 'Scholar', string>;

const as = (token: string, school = 'fee') => t.as(school, token);

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('fee', { plan: 'standard', schoolConfig: { currency: 'KES' } });
  await t.school('fee-basic', { plan: 'basic' });
  admin = (await t.login('fee')).accessToken;
  const a = as(admin);
  const year = (
    await a
      .post('/api/academic-years', {
        name: 'Y',
        startDate: '2025-09-01',
        endDate: '2026-07-01',
        terms: [{ name: 'T1', startDate: '2025-09-01', endDate: '2025-12-20' }],
      })
      .expect(201)
  ).body;
  const grade = (await a.post('/api/grade-levels', { name: 'G1', order: 1 }).expect(201)).body.id;
  const cls = (
    await a.post('/api/classes', { name: '1A', academicYearId: year.id, gradeLevelId: grade, sections: [{ name: 'A' }] }).expect(201)
  ).body;
  classId = cls.id;
  const mum = (await a.post('/api/guardians', { firstName: 'Mum', lastName: 'Fam', account: { email: 'mum@fee.test' } }).expect(201)).body;
  for (const n of ['Older', 'Younger', 'Scholar']) {
    kids[n as keyof typeof kids] = (
      await a
        .post('/api/students', {
          firstName: n,
          lastName: 'Fam',
          classId,
          sectionId: cls.sections[0].id,
          guardianIds: n === 'Scholar' ? [] : [mum.id],
        })
        .expect(201)
    ).body.id;
  }
  const token = new URL(mum.invitation.url, 'http://x').searchParams.get('token');
  await request(t.app).post('/api/auth/accept-invitation').set('X-Tenant-ID', 'fee').send({ token, password: PASSWORD }).expect(204);
  await a.post('/api/fees/discounts', { name: 'Sibling 10%', basis: 'sibling', type: 'percentage', value: 10 }).expect(201);
  await a
    .post('/api/fees/discounts', { name: 'Scholarship', basis: 'scholarship', type: 'fixed', value: 5_000, studentIds: [kids.Scholar] })
    .expect(201);
  structureId = (
    await a
      .post('/api/fees/structures', {
        name: 'Term 1 fees',
        termId: year.terms[0].id,
        gradeLevelId: grade,
        items: [
          { name: 'Tuition', amount: 50_000 },
          { name: 'Books', amount: 10_000 },
        ],
        dueDate: '2025-10-31',
        instalments: [
          { dueDate: '2025-09-15', percent: 50 },
          { dueDate: '2025-10-31', percent: 50 },
        ],
        lateFine: { amount: 1_500, graceDays: 7 },
      })
      .expect(201)
  ).body.id;
});
afterAll(() => t.close());

describe('fees', () => {
  it('generates one invoice per student with the discount rules applied, idempotently', async () => {
    const first = await as(admin).post(`/api/fees/structures/${structureId}/invoices`, {}).expect(200);
    expect(first.body).toMatchObject({ created: 3, existing: 0 });
    const by = Object.fromEntries(first.body.invoices.map((i: { studentId: string }) => [i.studentId, i]));
    expect(by[kids.Older]).toMatchObject({ total: 60_000, discounts: [], currency: 'KES', status: 'open' });
    expect(by[kids.Younger]).toMatchObject({ total: 54_000, discounts: [{ description: 'Sibling 10%', amount: 6_000 }] });
    expect(by[kids.Younger].instalments).toEqual([
      { dueDate: '2025-09-15', amount: 27_000 },
      { dueDate: '2025-10-31', amount: 27_000 },
    ]);
    expect(by[kids.Scholar]).toMatchObject({ total: 55_000 });
    expect(by[kids.Older].number).toMatch(/^INV-2025-\d{5}$/);
    const again = await as(admin).post(`/api/fees/structures/${structureId}/invoices`, { classId }).expect(200);
    expect(again.body).toMatchObject({ created: 0, existing: 3 });
  });

  it('records partial payments with receipt numbers and never accepts more than the balance, even racing', async () => {
    const invoice = (await as(admin).get(`/api/fees/invoices?studentId=${kids.Older}`).expect(200)).body.data[0];
    const p1 = await as(admin)
      .post(`/api/fees/invoices/${invoice.id}/payments`, { amount: 20_000, method: 'mobile_money', reference: 'MPESA-1' })
      .expect(201);
    expect(p1.body).toMatchObject({
      receiptNumber: expect.stringMatching(/^RCT-\d{4}-00001$/),
      invoice: { paid: 20_000, balance: 40_000, status: 'partially_paid' },
    });
    const over = await as(admin).post(`/api/fees/invoices/${invoice.id}/payments`, { amount: 40_001, method: 'cash' }).expect(409);
    expect(over.body).toMatchObject({ error: 'OVERPAYMENT', details: { balance: 40_000 } });
    const race = await Promise.all(
      [1, 2, 3].map(() => as(admin).post(`/api/fees/invoices/${invoice.id}/payments`, { amount: 40_000, method: 'cash' })),
    );
    expect(race.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const paid = (await as(admin).get(`/api/fees/invoices/${invoice.id}`).expect(200)).body;
    expect(paid).toMatchObject({ paid: 60_000, balance: 0, status: 'paid' });
    await as(admin).post(`/api/fees/invoices/${invoice.id}/payments`, { amount: 1.5, method: 'cash' }).expect(400);
  });

  it('lists overdue invoices by instalment dates, applies late fines once, and waives with a reason', async () => {
    const mid = await as(admin).get('/api/fees/overdue?date=2025-10-01').expect(200);
    // Younger owes the first instalment (27 000), Scholar 27 500; Older has paid.
    expect(mid.body.invoices.map((r: { overdue: number }) => r.overdue).sort()).toEqual([27_000, 27_500]);
    expect(mid.body.totalOverdue).toBe(54_500);
    expect((await as(admin).post('/api/fees/late-fines', { date: '2025-11-05' }).expect(200)).body.fined).toBe(0); // inside the grace period
    expect((await as(admin).post('/api/fees/late-fines', { date: '2025-11-08' }).expect(200)).body.fined).toBe(2);
    expect((await as(admin).post('/api/fees/late-fines', { date: '2025-11-09' }).expect(200)).body.fined).toBe(0);
    const scholar = (await as(admin).get(`/api/fees/invoices?studentId=${kids.Scholar}`).expect(200)).body.data[0];
    expect(scholar).toMatchObject({ total: 56_500, fines: [{ amount: 1_500 }] });
    const waived = await as(admin)
      .post(`/api/fees/invoices/${scholar.id}/waivers`, { amount: 1_500, reason: 'Fine forgiven: bank delay' })
      .expect(201);
    expect(waived.body).toMatchObject({ total: 55_000, balance: 55_000 });
  });

  it("shows a parent their children's balances only", async () => {
    const mum = as((await t.login('fee', 'mum@fee.test')).accessToken);
    const bal = await mum.get(`/api/fees/students/${kids.Younger}/balance`).expect(200);
    expect(bal.body).toMatchObject({ currency: 'KES', balance: 55_500 });
    await mum.get(`/api/fees/students/${kids.Scholar}/balance`).expect(404);
    const list = await mum.get('/api/fees/invoices').expect(200);
    expect(list.body.total).toBe(2);
    await mum.post(`/api/fees/invoices/${list.body.data[0].id}/payments`, { amount: 100, method: 'cash' }).expect(403);
  });

  it('is off for schools without the financialManagement feature', async () => {
    const basic = as((await t.login('fee-basic')).accessToken, 'fee-basic');
    const res = await basic.get('/api/fees/invoices').expect(403);
    expect(res.body.error).toBe('FEATURE_DISABLED');
    await basic.get('/api/fees/overdue').expect(403);
  });

  it("keeps another school's staff away from these invoices", async () => {
    await t.school('fee-other', { plan: 'premium' });
    const other = as((await t.login('fee-other')).accessToken, 'fee-other');
    const invoice = (await as(admin).get('/api/fees/invoices').expect(200)).body.data[0];
    await other.get(`/api/fees/invoices/${invoice.id}`).expect(404);
    await other.post(`/api/fees/invoices/${invoice.id}/payments`, { amount: 1, method: 'cash' }).expect(404);
    await other.post(`/api/fees/structures/${structureId}/invoices`, {}).expect(404);
    expect((await other.get('/api/fees/invoices').expect(200)).body.total).toBe(0);
  });
});
