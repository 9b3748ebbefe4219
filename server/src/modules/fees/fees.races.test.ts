import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

/** Payments and waivers that race each other, as at a busy cash desk. */
let t: TestPlatform;
let admin: string;
let invoices: { id: string; studentId: string }[];
const as = (token: string) => t.as('fee-race', token);
const receiptNo = (r: string) => Number(/(\d+)$/.exec(r)?.[1]);

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('fee-race', { plan: 'standard', schoolConfig: { currency: 'KES' } });
  admin = (await t.login('fee-race')).accessToken;
  const a = as(admin);
  const { termId, gradeId: grade, classId, sectionId } = await t.setUpYear('fee-race', admin);
  for (let i = 0; i < 13; i++)
    await a.post('/api/students', { firstName: `S${i}`, lastName: 'R', classId, sectionId: sectionId }).expect(201);
  const structure = (
    await a
      .post('/api/fees/structures', {
        name: 'Term fees',
        termId: termId,
        gradeLevelId: grade,
        items: [{ name: 'Tuition', amount: 10_000 }],
        dueDate: '2025-10-31',
      })
      .expect(201)
  ).body.id;
  invoices = (await a.post(`/api/fees/structures/${structure}/invoices`, {}).expect(200)).body.invoices;
});
afterAll(() => t.close());

describe('racing payments and waivers', () => {
  it('numbers cash receipts without gaps or duplicates under 10 parallel payments, on different invoices and on one', async () => {
    const a = as(admin);
    const spread = await Promise.all(
      invoices.slice(0, 10).map((i) => a.post(`/api/fees/invoices/${i.id}/payments`, { amount: 1_000, method: 'cash' })),
    );
    expect(spread.map((r) => r.status)).toEqual(Array(10).fill(201));
    const one = invoices[10]!.id;
    const same = await Promise.all(
      Array.from({ length: 10 }, () => a.post(`/api/fees/invoices/${one}/payments`, { amount: 1_000, method: 'cash' })),
    );
    expect(same.map((r) => r.status)).toEqual(Array(10).fill(201));
    const numbers = [...spread, ...same].map((r) => receiptNo(r.body.receiptNumber)).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // 10 × 10.00 paid on the one invoice: fully paid; each of the others 10.00 of 100.00.
    expect((await a.get(`/api/fees/invoices/${one}`).expect(200)).body).toMatchObject({ paid: 10_000, balance: 0, status: 'paid' });
    for (const i of invoices.slice(0, 10)) {
      expect((await a.get(`/api/fees/invoices/${i.id}`).expect(200)).body).toMatchObject({ paid: 1_000, balance: 9_000 });
    }
    // One more payment than the balance allows is refused, and takes no number.
    expect((await a.post(`/api/fees/invoices/${one}/payments`, { amount: 1, method: 'cash' }).expect(409)).body.error).toBe('OVERPAYMENT');
    const next = await a.post(`/api/fees/invoices/${invoices[0]!.id}/payments`, { amount: 1, method: 'cash' }).expect(201);
    expect(receiptNo(next.body.receiptNumber)).toBe(21);
  });

  it('keeps every waiver that was answered 201 when waivers race on one invoice', async () => {
    const a = as(admin);
    const inv = invoices[11]!.id;
    const res = await Promise.all(
      Array.from({ length: 5 }, (_, k) => a.post(`/api/fees/invoices/${inv}/waivers`, { amount: 1_000, reason: `hardship ${k}` })),
    );
    const accepted = res.filter((r) => r.status === 201);
    expect(res.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    const final = (await a.get(`/api/fees/invoices/${inv}`).expect(200)).body;
    expect(final.waivers).toHaveLength(accepted.length);
    expect(final.waivers.map((w: { reason: string }) => w.reason).sort()).toEqual(
      accepted.map((r) => r.body.waivers.at(-1).reason as string).sort(),
    );
    expect(final.balance).toBe(10_000 - 1_000 * accepted.length);
  });

  it('keeps both the waivers and the payments when they race on one invoice', async () => {
    const a = as(admin);
    const inv = invoices[12]!.id;
    const res = await Promise.all(
      Array.from({ length: 8 }, (_, k) =>
        k % 2
          ? a.post(`/api/fees/invoices/${inv}/waivers`, { amount: 500, reason: `hardship ${k}` })
          : a.post(`/api/fees/invoices/${inv}/payments`, { amount: 700, method: 'cash' }),
      ),
    );
    expect(res.map((r) => r.status)).toEqual(Array(8).fill(201));
    // 100.00 less 4 waivers of 5.00 is 80.00; 4 payments of 7.00 leave 52.00.
    expect((await a.get(`/api/fees/invoices/${inv}`).expect(200)).body).toMatchObject({ total: 8_000, paid: 2_800, balance: 5_200 });
  });
});
