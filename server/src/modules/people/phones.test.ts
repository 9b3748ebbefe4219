import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { phonesE164 } from '../../migrations/006-phones-e164.js';

let t: TestPlatform;
let kenya: TenantRecord;
let admin: ReturnType<TestPlatform['as']>;
let adminToken: string;

beforeAll(async () => {
  t = await startTestPlatform();
  kenya = await t.school('tel', { schoolConfig: { country: 'KE' } });
  adminToken = (await t.login('tel')).accessToken;
  admin = t.as('tel', adminToken);
});
afterAll(() => t.close());

describe('phone numbers typed for people', () => {
  it.each([
    ['a guardian', '/api/guardians', {}],
    ['a teacher', '/api/teachers', {}],
    ['a student', '/api/students', {}],
  ])('of %s are stored in E.164, read in the school’s country when typed without a code', async (_who, path, extra) => {
    const res = await admin.post(path, { firstName: 'A', lastName: 'B', contact: { phone: '0712 345 678' }, ...extra }).expect(201);
    expect(res.body.contact.phone).toBe('+254712345678');
    const abroad = await admin.post(path, { firstName: 'C', lastName: 'D', contact: { phone: '+44 7911 123456' } }).expect(201);
    expect(abroad.body.contact.phone).toBe('+447911123456');
  });

  it.each(['12', '0712 345', 'call mum'])('refuse %p: 400 naming contact.phone, nothing written', async (phone) => {
    const before = (await admin.get('/api/guardians').expect(200)).body.total;
    const res = await admin.post('/api/guardians', { firstName: 'E', lastName: 'F', contact: { phone } }).expect(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toEqual(['contact.phone']);
    expect((await admin.get('/api/guardians').expect(200)).body.total).toBe(before);
  });

  it('are checked on change too', async () => {
    const g = (await admin.post('/api/guardians', { firstName: 'G', lastName: 'H' }).expect(201)).body;
    const bad = await admin.patch(`/api/guardians/${g.id}`, { contact: { phone: '12' } }).expect(400);
    expect(bad.body.details[0].path).toBe('contact.phone');
    const ok = await admin.patch(`/api/guardians/${g.id}`, { contact: { phone: '0722 000 111' } }).expect(200);
    expect(ok.body.contact.phone).toBe('+254722000111');
  });
});

describe('phone numbers typed elsewhere', () => {
  it('an applicant’s guardian: stored in E.164, or 400 naming guardian.phone', async () => {
    const gradeLevelId = (await admin.post('/api/grade-levels', { name: 'G', order: 1 }).expect(201)).body.id;
    const applicant = (g: object) => ({ firstName: 'Ivy', lastName: 'J', gradeLevelId, guardian: { firstName: 'K', lastName: 'J', ...g } });
    const ok = await admin.post('/api/admissions', applicant({ phone: '0712 999 000' })).expect(201);
    expect(ok.body.guardian.phone).toBe('+254712999000');
    const bad = await admin.post('/api/admissions', applicant({ phone: '12' })).expect(400);
    expect(bad.body.details.map((d: { path: string }) => d.path)).toEqual(['guardian.phone']);
  });

  it('a CSV import: normalised, and a bad number is an error on its line and column', async () => {
    const csv = ['firstName,lastName,phone', 'Lia,M,0712 111 333', 'Max,M,12'].join('\n');
    const dry = await request(t.app)
      .post('/api/import/guardians?dryRun=true')
      .set('X-Tenant-ID', 'tel')
      .set(bearer(adminToken))
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(dry.body.errors).toEqual([expect.objectContaining({ line: 3, field: 'phone' })]);
    await request(t.app)
      .post('/api/import/guardians?dryRun=false')
      .set('X-Tenant-ID', 'tel')
      .set(bearer(adminToken))
      .set('Content-Type', 'text/csv')
      .send(csv.split('\n').slice(0, 2).join('\n'))
      .expect(200);
    const lia = (await admin.get('/api/guardians?search=Lia').expect(200)).body.data[0];
    expect(lia.contact.phone).toBe('+254712111333');
  });
});

describe('migration 006-phones-e164', () => {
  it('normalises the numbers stored before that parse (in the school’s country) and leaves the rest', async () => {
    const conn = await t.platform.connections.get(kenya);
    const guardians = conn.collection('guardians');
    const now = new Date();
    const doc = (phone: string) => ({ firstName: 'Old', lastName: phone, contact: { phone }, createdAt: now, updatedAt: now });
    await guardians.insertMany([doc('0733 111 222'), doc('+44 7911 123457'), doc('+254700111222'), doc('ask the office')]);
    await phonesE164.up(conn, kenya);
    await phonesE164.up(conn, kenya); // again: nothing more changes
    const stored = await guardians.find({ firstName: 'Old' }).sort({ _id: 1 }).toArray();
    expect(stored.map((g) => g.contact.phone)).toEqual(['+254733111222', '+447911123457', '+254700111222', 'ask the office']);
  });
});
