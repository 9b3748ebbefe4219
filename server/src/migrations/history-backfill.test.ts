import { Types } from 'mongoose';
import { startTestPlatform, type TestPlatform } from '../../test/helpers.js';
import { migrateTenants } from '../tenancy/migrations.js';
import type { TenantRecord } from '../tenancy/tenant.types.js';
import { MIGRATIONS } from './index.js';

/** A school created before placement history and receipt claims: after migrating, its past terms and receipts read right. */
let t: TestPlatform;
let school: TenantRecord;
let admin: string;
const as = () => t.as('mig-hist', admin);

beforeAll(async () => {
  t = await startTestPlatform();
  school = await t.school('mig-hist', { plan: 'standard' });
  admin = (await t.login('mig-hist')).accessToken;
});
afterAll(() => t.close());

it('gives old students their current placement and old payments their receipt number, once', async () => {
  const a = as();
  const { termId, gradeId: grade, classId, sectionId } = await t.setUpYear('mig-hist', admin);
  const kid = (await a.post('/api/students', { firstName: 'Old', lastName: 'Kid', classId, sectionId: sectionId }).expect(201)).body.id;
  const gone = (await a.post('/api/students', { firstName: 'Gone', lastName: 'Kid', classId, sectionId: sectionId }).expect(201)).body.id;
  const structure = (
    await a
      .post('/api/fees/structures', {
        name: 'F',
        termId: termId,
        gradeLevelId: grade,
        items: [{ name: 'T', amount: 10_000 }],
        dueDate: '2025-10-31',
      })
      .expect(201)
  ).body.id;
  const invoice = (await a.post(`/api/fees/structures/${structure}/invoices`, {}).expect(200)).body.invoices[0].id;
  await a.post(`/api/fees/invoices/${invoice}/payments`, { amount: 1_000, method: 'cash' }).expect(201);

  // Make it look like a school from before migrations 003 and 004.
  const conn = await t.platform.connections.get(school);
  await conn.collection('students').updateMany({}, { $set: { placements: [] } });
  // Withdrawn before history was kept: the status changed, the placement did not.
  await conn
    .collection('students')
    .updateOne({ _id: new Types.ObjectId(gone) }, { $set: { status: 'withdrawn', updatedAt: new Date('2025-11-15T10:00:00Z') } });
  await conn.collection('payments').updateMany({}, { $unset: { receiptSeq: '' }, $set: { receiptNumber: 'RCT-2025-00007' } });
  await conn.collection('payments').dropIndex('receiptSeq_-1');
  await conn.collection('migrations').deleteMany({ _id: { $in: ['003-receipt-seq', '004-placement-backfill'] } as never });
  expect((await a.get(`/api/gradebook/sections/${sectionId}/terms/${termId}`).expect(200)).body.students).toEqual([]);

  const deps = { db: t.platform.db, connections: t.platform.connections };
  expect(await migrateTenants(deps, MIGRATIONS, { tenant: 'mig-hist' })).toMatchObject({ migrated: 1, failed: [] });
  const student = (await a.get(`/api/students/${kid}`).expect(200)).body;
  expect(student.placements).toEqual([{ classId, sectionId: sectionId, from: '2025-09-01', to: null, reason: 'backfill' }]);
  const names = (await a.get(`/api/gradebook/sections/${sectionId}/terms/${termId}`).expect(200)).body.students;
  // Gone left in the term (15 Nov): still listed for it, but no longer on today's register.
  expect(names.map((s: { name: string }) => s.name)).toEqual(['Gone Kid', 'Old Kid']);
  expect((await a.get(`/api/students/${gone}`).expect(200)).body.placements[0]).toMatchObject({ from: '2025-09-01', to: '2025-11-15' });
  const today = new Date().toISOString().slice(0, 10);
  const register = (await a.get(`/api/attendance/sections/${sectionId}/${today}`).expect(200)).body.students;
  expect(register.map((s: { name: string }) => s.name)).toEqual(['Old Kid']);
  // The next receipt follows the old one.
  const next = await a.post(`/api/fees/invoices/${invoice}/payments`, { amount: 1_000, method: 'cash' }).expect(201);
  expect(next.body.receiptNumber).toMatch(/-00008$/);
  expect((await migrateTenants(deps, MIGRATIONS, { tenant: 'mig-hist' })).upToDate).toBe(1);
});
