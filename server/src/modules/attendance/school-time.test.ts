import { Settings } from 'luxon';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

/**
 * A school at UTC+10 takes its morning register: at 08:00 in Brisbane it is 22:00 UTC the day before, so a UTC
 * "today" refused the register as a future day until 10:00. Then the school moves its clock 21 hours (to Pago Pago,
 * UTC−11): what was taken and paid keeps its day.
 */
let t: TestPlatform;
let admin: string;
let ids: Awaited<ReturnType<TestPlatform['setUpYear']>>;
let studentId: string;

const as = () => t.as('bne', admin);
/** 08:00 on Tuesday 10 March 2026 in Brisbane (no daylight saving there). */
const EIGHT_AM_IN_BRISBANE = Date.parse('2026-03-09T22:00:00Z');

beforeAll(async () => {
  // The school and its pupil are set up that morning (a placement starts on the school's day).
  Settings.now = () => EIGHT_AM_IN_BRISBANE - 3_600_000;
  t = await startTestPlatform();
  await t.school('bne', { plan: 'standard', schoolConfig: { timeZone: 'Australia/Brisbane', currency: 'AUD' } });
  admin = (await t.login('bne')).accessToken;
  ids = await t.setUpYear('bne', admin);
  studentId = (
    await as().post('/api/students', { firstName: 'Mia', lastName: 'Nguyen', classId: ids.classId, sectionId: ids.sectionId }).expect(201)
  ).body.id;
  Settings.now = () => Date.now();
});
afterEach(() => {
  Settings.now = () => Date.now();
});
afterAll(() => t.close());

describe('a school at UTC+10', () => {
  it('takes its register at 08:00 local time, and the next local day is still refused as future', async () => {
    Settings.now = () => EIGHT_AM_IN_BRISBANE;
    const marks = [{ studentId, status: 'present' }];
    const taken = await as().put(`/api/attendance/sections/${ids.sectionId}/2026-03-10`, { marks }).expect(200);
    expect(taken.body.counts).toMatchObject({ present: 1 });
    const future = await as().put(`/api/attendance/sections/${ids.sectionId}/2026-03-11`, { marks }).expect(400);
    expect(future.body).toMatchObject({ error: 'VALIDATION_ERROR', details: [{ path: 'date' }] });
    // The office's dashboard is on the same day, with the register counted as taken.
    const day = (await as().get('/api/dashboard').expect(200)).body;
    expect(day).toMatchObject({ date: '2026-03-10', registers: { taken: 1, missing: [] }, attendance: { today: { present: 1 } } });
  });

  it('keeps a register’s and a receipt’s day when the school later changes its time zone', async () => {
    Settings.now = () => EIGHT_AM_IN_BRISBANE + 60_000;
    const structure = (
      await as()
        .post('/api/fees/structures', {
          name: 'Term fees',
          termId: ids.termId,
          gradeLevelId: ids.gradeId,
          items: [{ name: 'Tuition', amount: 10_000 }],
          dueDate: '2026-03-31',
        })
        .expect(201)
    ).body.id;
    const [invoice] = (await as().post(`/api/fees/structures/${structure}/invoices`, {}).expect(200)).body.invoices;
    const paid = (await as().post(`/api/fees/invoices/${invoice.id}/payments`, { amount: 4_000, method: 'cash' }).expect(201)).body;
    expect(paid).toMatchObject({ paidAt: '2026-03-10', receiptNumber: expect.stringMatching(/^RCT-2026-\d{5}$/) });

    // Pago Pago is 21 hours behind Brisbane: at this instant it is still Monday 9 March there.
    await as()
      .patch('/api/settings', { schoolConfig: { timeZone: 'Pacific/Pago_Pago' } })
      .expect(200);
    expect((await as().get('/api/dashboard').expect(200)).body.date).toBe('2026-03-09');

    const register = (await as().get(`/api/attendance/sections/${ids.sectionId}/2026-03-10`).expect(200)).body;
    expect(register.students).toEqual([expect.objectContaining({ studentId, status: 'present' })]);
    const detail = (await as().get(`/api/fees/invoices/${invoice.id}`).expect(200)).body;
    expect(detail.payments).toEqual([expect.objectContaining({ receiptNumber: paid.receiptNumber, paidAt: '2026-03-10' })]);
    // Correcting 10 March is now a day ahead of the school's clock: refused until it is 10 March in Pago Pago.
    await as()
      .put(`/api/attendance/sections/${ids.sectionId}/2026-03-10`, { marks: [{ studentId, status: 'late' }] })
      .expect(400);
  });
});
