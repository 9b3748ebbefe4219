import { Settings } from 'luxon';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { jobDeps, runLifecycleJob } from '../lifecycle/jobs.js';

/**
 * Fees fall due on the school's day. At 10:30 UTC on 12 March 2026 it is already 00:30 on the 13th in Kiritimati
 * (UTC+14) and still 23:30 on the 11th in Pago Pago (UTC−11): a fee due on the 12th with no grace is overdue and
 * fined in the first, not yet due in the second — and the daily job, which runs for every school at one instant,
 * gives each its own day. In Paris a two-day grace period spans the night the clocks go back.
 */
let t: TestPlatform;
const admins: Record<string, string> = {};
const invoices: Record<string, string> = {};

const as = (school: string) => t.as(school, admins[school]!);
const at = (iso: string) => {
  Settings.now = () => Date.parse(iso);
  return new Date(iso);
};

async function schoolWithFee(school: string, timeZone: string, dueDate: string, graceDays: number, year?: { start: string; end: string }) {
  await t.school(school, { plan: 'standard', schoolConfig: { timeZone, currency: 'USD' } });
  admins[school] = (await t.login(school)).accessToken;
  const ids = await t.setUpYear(school, admins[school]!, year);
  await as(school)
    .post('/api/students', { firstName: 'Sione', lastName: 'Faleolo', classId: ids.classId, sectionId: ids.sectionId })
    .expect(201);
  const structure = (
    await as(school)
      .post('/api/fees/structures', {
        name: 'Term fees',
        termId: ids.termId,
        gradeLevelId: ids.gradeId,
        items: [{ name: 'Tuition', amount: 20_000 }],
        dueDate,
        lateFine: { amount: 500, graceDays },
      })
      .expect(201)
  ).body.id;
  invoices[school] = (await as(school).post(`/api/fees/structures/${structure}/invoices`, {}).expect(200)).body.invoices[0].id;
}

const fines = async (school: string) => (await as(school).get(`/api/fees/invoices/${invoices[school]}`).expect(200)).body.fines;

beforeAll(async () => {
  t = await startTestPlatform();
  await schoolWithFee('kiri', 'Pacific/Kiritimati', '2026-03-12', 0);
  await schoolWithFee('pago', 'Pacific/Pago_Pago', '2026-03-12', 0);
  await schoolWithFee('paris', 'Europe/Paris', '2026-10-23', 2, { start: '2026-09-01', end: '2027-07-01' });
});
afterEach(() => {
  Settings.now = () => Date.now();
});
afterAll(() => t.close());

describe("fees on the school's day", () => {
  it('at UTC+14 a fee due yesterday there is overdue; at UTC−11 it is not due yet (same instant)', async () => {
    at('2026-03-12T10:30:00Z');
    const kiri = (await as('kiri').get('/api/fees/overdue').expect(200)).body;
    expect(kiri).toMatchObject({ date: '2026-03-13', invoices: [{ overdue: 20_000 }], totalOverdue: 20_000 });
    const pago = (await as('pago').get('/api/fees/overdue').expect(200)).body;
    expect(pago).toMatchObject({ date: '2026-03-11', invoices: [], totalOverdue: 0 });
    // The office's list says the same.
    const list = (await as('kiri').get('/api/fees/invoices').expect(200)).body.data;
    expect(list).toEqual([expect.objectContaining({ id: invoices.kiri, overdue: 20_000 })]);
    expect((await as('pago').get('/api/fees/invoices').expect(200)).body.data).toEqual([
      expect.objectContaining({ id: invoices.pago, overdue: 0 }),
    ]);
  });

  it('the daily job fines each school on its own day: Kiritimati first, Pago Pago a day and a half later', async () => {
    const first = await runLifecycleJob(jobDeps(t.platform), at('2026-03-12T10:30:00Z'));
    expect(first.failed).toEqual([]);
    expect(first.fees).toMatchObject({ fined: 1 });
    expect(await fines('kiri')).toEqual([expect.objectContaining({ amount: 500, date: '2026-03-13' })]);
    expect(await fines('pago')).toEqual([]);

    // A day later UTC is on the 13th, but Pago Pago is still on the 12th, the day the fee is due: no fine yet.
    expect((await runLifecycleJob(jobDeps(t.platform), at('2026-03-13T10:30:00Z'))).fees).toMatchObject({ fined: 0 });
    expect(await fines('pago')).toEqual([]);
    // An hour later its 13 March has begun.
    const second = await runLifecycleJob(jobDeps(t.platform), at('2026-03-13T11:30:00Z'));
    expect(second.fees).toMatchObject({ fined: 1 });
    expect(await fines('pago')).toEqual([expect.objectContaining({ amount: 500, date: '2026-03-13' })]);
    expect(await fines('kiri')).toHaveLength(1);
  });

  it('in Paris a grace period across the autumn clock change ends at local midnight', async () => {
    // Due Friday 23 October with two days' grace: the fine is due once Sunday 25 October (a 25-hour day) is over.
    at('2026-10-25T22:30:00Z'); // Sunday 23:30 in Paris (CET)
    expect((await as('paris').post('/api/fees/late-fines', {}).expect(200)).body).toEqual({ date: '2026-10-25', fined: 0 });
    at('2026-10-25T23:30:00Z'); // Monday 00:30 in Paris; still Sunday in UTC
    expect((await as('paris').post('/api/fees/late-fines', {}).expect(200)).body).toEqual({ date: '2026-10-26', fined: 1 });
    expect(await fines('paris')).toEqual([expect.objectContaining({ date: '2026-10-26' })]);
  });
});
