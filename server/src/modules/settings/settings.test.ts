import request from 'supertest';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

let t: TestPlatform;
let admin: string;
let staff: string;

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('set-a', { plan: 'premium' });
  await t.school('set-b');
  admin = (await t.login('set-a')).accessToken;
  staff = (await t.userWithRole('set-a', 'staff', admin)).accessToken;
});
afterAll(() => t.close());

describe('school settings', () => {
  it('a saved theme is what the next page load gets: the branding is revalidated, never served stale from a cache', async () => {
    const a = t.as('set-a', admin);
    const first = await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'set-a').expect(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'set-a').set('If-None-Match', etag).expect(304);
    await a.patch('/api/settings', { theme: { primaryColor: '#123456' } }).expect(200);
    const after = await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'set-a').set('If-None-Match', etag).expect(200);
    expect(after.body.theme.primaryColor).toBe('#123456');
  });

  it('let the admin change branding, contact and currency, seen at once on the public branding', async () => {
    const a = t.as('set-a', admin);
    const before = await a.get('/api/settings').expect(200);
    expect(before.body).toMatchObject({ subdomain: 'set-a', plan: 'premium', staffAccess: expect.arrayContaining(['fees', 'people']) });
    const res = await a
      .patch('/api/settings', {
        theme: { primaryColor: '#aa0000' },
        schoolConfig: { motto: 'Onwards', currency: 'EUR', contact: { phone: '+3312345' } },
      })
      .expect(200);
    expect(res.body).toMatchObject({ theme: { primaryColor: '#aa0000' }, schoolConfig: { motto: 'Onwards', currency: 'EUR' } });
    const branding = await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'set-a').expect(200);
    expect(branding.body).toMatchObject({ motto: 'Onwards', theme: { primaryColor: '#aa0000' } });
    expect((await request(t.app).get('/api/tenant').set('X-Tenant-ID', 'set-b').expect(200)).body.theme.primaryColor).not.toBe('#aa0000');
  });

  it('refuses features, limits, plan and bad values: they are not the school admin’s to set', async () => {
    const a = t.as('set-a', admin);
    for (const body of [
      { features: { library: true } },
      { limits: { maxStudents: 1e6 } },
      { plan: 'premium' },
      { theme: { primaryColor: 'red' } },
      { staffAccess: ['everything'] },
      {},
    ]) {
      expect((await a.patch('/api/settings', body).expect(400)).body.error).toBe('VALIDATION_ERROR');
    }
    await t
      .as('set-a', staff)
      .patch('/api/settings', { theme: { primaryColor: '#000000' } })
      .expect(403);
  });

  it('refuse a school name with a line break or control character (it is the sender name and subject of its mail), naming the field', async () => {
    const a = t.as('set-a', admin);
    const before = (await a.get('/api/settings').expect(200)).body;
    for (const [schoolConfig, field] of [
      [{ name: 'Evil\r\nBcc: all@evil.test' }, 'schoolConfig.name'],
      [{ name: 'Tab\tSchool' }, 'schoolConfig.name'],
      [{ shortName: 'E\nX' }, 'schoolConfig.shortName'],
    ] as const) {
      const res = await a.patch('/api/settings', { schoolConfig }).expect(400);
      expect(res.body.details.map((d: { path: string }) => d.path)).toContain(field);
    }
    expect((await a.get('/api/settings').expect(200)).body).toEqual(before);
  });

  it('let the admin choose what the staff role may use', async () => {
    const st = t.as('set-a', staff);
    await st.get('/api/fees/overdue').expect(200);
    await st.get('/api/students').expect(200);
    await t
      .as('set-a', admin)
      .patch('/api/settings', { staffAccess: ['people', 'attendance'] })
      .expect(200);
    expect((await st.get('/api/fees/overdue').expect(403)).body.message).toMatch(/not opened fees to staff/);
    await st.get('/api/students').expect(200);
    // Admins are not affected.
    await t.as('set-a', admin).get('/api/fees/overdue').expect(200);
  });
});
