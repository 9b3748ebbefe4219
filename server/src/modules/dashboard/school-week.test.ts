import request from 'supertest';
import { Settings } from 'luxon';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

/**
 * The dashboard's "this week" is the school's week on the school's clock, across a daylight-saving change: Paris
 * (weeks from Monday) on the night its clocks go back, New York (en-US: weeks from Sunday) the week its clocks
 * go forward. In both, the hour that decides is one where UTC is still on the other side of midnight.
 */
let t: TestPlatform;
const admins: Record<string, string> = {};

const clock = (iso: string) => {
  Settings.now = () => Date.parse(iso);
};

/** A school with one pupil, and that pupil's register taken as present on `registerDay`. */
async function schoolWithRegister(
  school: string,
  config: object,
  setUpAt: string,
  registerDay: string,
  year?: { start: string; end: string },
) {
  clock(setUpAt);
  await t.school(school, { schoolConfig: config });
  admins[school] = (await t.login(school)).accessToken;
  const a = t.as(school, admins[school]!);
  const ids = await t.setUpYear(school, admins[school]!, year);
  const student = (
    await a.post('/api/students', { firstName: 'Léa', lastName: 'Moreau', classId: ids.classId, sectionId: ids.sectionId }).expect(201)
  ).body.id;
  await a
    .put(`/api/attendance/sections/${ids.sectionId}/${registerDay}`, { marks: [{ studentId: student, status: 'present' }] })
    .expect(200);
}

const dashboardAt = async (school: string, iso: string) => {
  clock(iso);
  return (await t.as(school, admins[school]!).get('/api/dashboard').expect(200)).body;
};

beforeAll(async () => {
  t = await startTestPlatform();
  await schoolWithRegister('paris', { timeZone: 'Europe/Paris', locale: 'fr-FR' }, '2026-10-23T08:00:00Z', '2026-10-23', {
    start: '2026-09-01',
    end: '2027-07-01',
  });
  await schoolWithRegister('nyc', { timeZone: 'America/New_York', locale: 'en-US' }, '2026-03-09T13:00:00Z', '2026-03-09');
  Settings.now = () => Date.now();
});
afterEach(() => {
  Settings.now = () => Date.now();
});
afterAll(() => t.close());

describe('"this week" on the dashboard', () => {
  it('in Paris, turns over at local midnight on the night the clocks go back (Sunday 25 October 2026)', async () => {
    const sunday = await dashboardAt('paris', '2026-10-25T22:30:00Z'); // 23:30 CET, the day had 25 hours
    expect(sunday.date).toBe('2026-10-25');
    expect(sunday.attendance.thisWeek).toMatchObject({ present: 1 });
    expect(sunday.attendance.trend.at(-1)).toMatchObject({ weekStart: '2026-10-19', present: 1 });

    const monday = await dashboardAt('paris', '2026-10-25T23:30:00Z'); // 00:30 on Monday in Paris; UTC is on Sunday
    expect(monday.date).toBe('2026-10-26');
    expect(monday.attendance.thisWeek).toMatchObject({ present: 0 });
    expect(monday.attendance.trend.at(-1)).toMatchObject({ weekStart: '2026-10-26', present: 0 });
    expect(monday.attendance.trend.at(-2)).toMatchObject({ weekStart: '2026-10-19', present: 1 });
  });

  it('in New York, runs Sunday to Saturday and turns over at local midnight after the clocks went forward', async () => {
    expect((await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'nyc').expect(200)).body.weekStart).toBe(7);
    const saturday = await dashboardAt('nyc', '2026-03-15T01:00:00Z'); // Saturday 21:00 EDT; UTC is on Sunday
    expect(saturday.date).toBe('2026-03-14');
    expect(saturday.attendance.thisWeek).toMatchObject({ present: 1 });
    expect(saturday.attendance.trend.at(-1)).toMatchObject({ weekStart: '2026-03-08', present: 1 });

    const sunday = await dashboardAt('nyc', '2026-03-15T04:30:00Z'); // 00:30 on Sunday in New York
    expect(sunday.date).toBe('2026-03-15');
    expect(sunday.attendance.thisWeek).toMatchObject({ present: 0 });
    expect(sunday.attendance.trend.at(-1)).toMatchObject({ weekStart: '2026-03-15' });
  });
});
