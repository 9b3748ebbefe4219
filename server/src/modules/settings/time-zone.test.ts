import request from 'supertest';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: ReturnType<TestPlatform['as']>;

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('tz');
  admin = t.as('tz', (await t.login('tz')).accessToken);
});
afterAll(() => t.close());

describe("the school's time zone and country (PATCH /api/settings)", () => {
  it('start at UTC with no country, and change to a real zone and country', async () => {
    expect((await admin.get('/api/settings').expect(200)).body.schoolConfig).toMatchObject({ timeZone: 'UTC' });
    const res = await admin.patch('/api/settings', { schoolConfig: { timeZone: 'Africa/Nairobi', country: 'ke' } }).expect(200);
    expect(res.body.schoolConfig).toMatchObject({ timeZone: 'Africa/Nairobi', country: 'KE' });
    expect((await admin.get('/api/settings').expect(200)).body.schoolConfig).toMatchObject({ timeZone: 'Africa/Nairobi', country: 'KE' });
  });

  it('is public with the branding, so the portal shows times in the school’s zone before and after sign-in', async () => {
    const res = await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'tz').expect(200);
    expect(res.body.timeZone).toBe('Africa/Nairobi');
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'schoolConfig.timeZone'],
    [{ timeZone: '+03:00' }, 'schoolConfig.timeZone'],
    [{ country: 'XX' }, 'schoolConfig.country'],
    [{ country: 'Kenya' }, 'schoolConfig.country'],
  ])('refuse %p: 400 naming the field, nothing changed', async (schoolConfig, path) => {
    const res = await admin.patch('/api/settings', { schoolConfig }).expect(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toEqual([path]);
    expect((await admin.get('/api/settings').expect(200)).body.schoolConfig).toMatchObject({ timeZone: 'Africa/Nairobi', country: 'KE' });
  });

  it('language and locale: English by default; French in Senegal writes its week from Monday, US English from Sunday', async () => {
    const initial = (await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'tz').expect(200)).body;
    expect(initial).toMatchObject({ language: 'en', locale: 'en', weekStart: 1 });
    const res = await admin.patch('/api/settings', { schoolConfig: { language: 'fr', locale: 'fr-sn' } }).expect(200);
    expect(res.body.schoolConfig).toMatchObject({ language: 'fr', locale: 'fr-SN' });
    expect((await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'tz').expect(200)).body).toMatchObject({
      language: 'fr',
      locale: 'fr-SN',
      weekStart: 1,
    });
    await admin.patch('/api/settings', { schoolConfig: { language: 'en', locale: 'en-US' } }).expect(200);
    expect((await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'tz').expect(200)).body).toMatchObject({ weekStart: 7 });
    await admin.patch('/api/settings', { schoolConfig: { weekStart: 6 } }).expect(200);
    expect((await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'tz').expect(200)).body).toMatchObject({ weekStart: 6 });
    // Cleared: back to the locale's own first day and the language's conventions.
    await admin.patch('/api/settings', { schoolConfig: { weekStart: null } }).expect(200);
    expect((await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'tz').expect(200)).body).toMatchObject({ weekStart: 7 });
    await admin.patch('/api/settings', { schoolConfig: { locale: null } }).expect(200);
    expect((await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'tz').expect(200)).body).toMatchObject({
      locale: 'en',
      weekStart: 1,
    });
  });

  it.each([
    [{ language: 'xx' }, 'schoolConfig.language'],
    [{ language: 'de' }, 'schoolConfig.language'],
    [{ locale: 'not a locale!' }, 'schoolConfig.locale'],
    [{ weekStart: 8 }, 'schoolConfig.weekStart'],
  ])('refuse the language setting %p: 400 naming the field, nothing changed', async (schoolConfig, path) => {
    const before = (await admin.get('/api/settings').expect(200)).body.schoolConfig;
    const res = await admin.patch('/api/settings', { schoolConfig }).expect(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toEqual([path]);
    expect((await admin.get('/api/settings').expect(200)).body.schoolConfig).toEqual(before);
  });

  it('are the school admin’s to change', async () => {
    const teacher = await t.userWithRole('tz', 'teacher', (await t.login('tz')).accessToken);
    await t
      .as('tz', teacher.accessToken)
      .patch('/api/settings', { schoolConfig: { timeZone: 'UTC' } })
      .expect(403);
  });
});
