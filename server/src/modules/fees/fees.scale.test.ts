import { Types } from 'mongoose';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { addDays, utcToday } from '../../lib/dates.js';
import { ClassModel } from '../academic/academic.schema.js';
import { GuardianModel, StudentModel } from '../people/people.schema.js';
import { InvoiceModel } from './fees.schema.js';

/**
 * The invoice list and the defaulters list on 2,000 invoices: names are joined in a fixed number of batch queries,
 * so the answers stay correct and quick on FerretDB. Times are printed for the report, not asserted.
 */
let t: TestPlatform;
let admin: string;
const N = 2_000;
const d = utcToday();
let classId = '';

beforeAll(async () => {
  // Correctness at scale is asserted; times are printed. A busy test machine must not turn them into timeouts.
  t = await startTestPlatform({ QUERY_TIMEOUT_MS: '120000' });
  await t.school('scale', { plan: 'premium', schoolConfig: { name: 'Scale', currency: 'USD', timeZone: 'UTC' } });
  admin = (await t.login('scale')).accessToken;
  await runForTenant(t.platform.connections, t.created[0]!, async () => {
    const classes = await tenantModel(ClassModel).insertMany(
      Array.from({ length: 20 }, (_, c) => ({
        name: `C${c}`,
        academicYearId: new Types.ObjectId(),
        gradeLevelId: new Types.ObjectId(),
        sections: [{ name: 'A' }],
      })),
    );
    classId = classes[0]!._id.toString();
    const guardians = await tenantModel(GuardianModel).insertMany(
      Array.from({ length: N / 2 }, (_, g) => ({ firstName: `Parent${g}`, lastName: `Family${g}`, contact: { phone: `+2547000${g}` } })),
    );
    const students = await tenantModel(StudentModel).insertMany(
      Array.from({ length: N }, (_, s) => {
        const cls = classes[s % 20]!;
        return {
          admissionNumber: `ADM-${s}`,
          firstName: `Kid${s}`,
          lastName: `Family${Math.floor(s / 2)}`,
          classId: cls._id,
          sectionId: cls.sections[0]!._id,
          guardianIds: [guardians[Math.floor(s / 2)]!._id],
        };
      }),
    );
    await tenantModel(InvoiceModel).insertMany(
      students.map((s, i) => ({
        number: `INV-S-${String(i).padStart(5, '0')}`,
        studentId: s._id,
        structureId: new Types.ObjectId(),
        academicYearId: new Types.ObjectId(),
        currency: 'USD',
        lines: [{ description: 'Tuition', amount: 10_000 }],
        // Every fourth invoice is past due and unpaid.
        dueDate: i % 4 === 0 ? addDays(d, -10) : addDays(d, 30),
        total: 10_000,
        paid: 0,
        balance: 10_000,
        status: 'open',
      })),
    );
  });
}, 900_000);
afterAll(() => t.close());

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  await run(); // warm-up: connection and plan caches
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    last = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.info(`${label}: median ${times[1]!.toFixed(0)} ms, max ${times[2]!.toFixed(0)} ms (${N} invoices)`);
  return last!;
}

const get = (url: string) => t.as('scale', admin).get(url).expect(200);

it('lists, searches, filters and finds defaulters among 2,000 invoices with names joined', async () => {
  // For comparison on the same machine at the same moment: the plain student list (no joins) on 2,000 students.
  await timed('baseline: GET /api/students, first page', () => get('/api/students?limit=50'));
  const page = (await timed('list, first page', () => get('/api/fees/invoices?limit=50'))).body;
  expect(page.total).toBe(N);
  expect(page.data).toHaveLength(50);
  expect(page.data.every((r: { student: { name: string } | null; family: string }) => r.student?.name && r.family)).toBe(true);

  const found = (await timed('search "kid1234 family617"', () => get('/api/fees/invoices?search=kid1234%20family617'))).body;
  expect(found.data.map((r: { student: { name: string } }) => r.student.name)).toEqual(['Kid1234 Family617']);

  const byFamily = (await timed('search by family "parent617"', () => get('/api/fees/invoices?search=parent617'))).body;
  expect(byFamily.total).toBe(2);

  const inClass = (await timed('class filter', () => get(`/api/fees/invoices?classId=${classId}`))).body;
  expect(inClass.total).toBe(N / 20);

  const overdue = (await timed('status=overdue', () => get('/api/fees/invoices?status=overdue&limit=100'))).body;
  expect(overdue.total).toBe(N / 4);

  const defaulters = (await timed('defaulters', () => get('/api/fees/defaulters'))).body;
  expect(defaulters.students).toHaveLength(N / 4);
  expect(defaulters.totalOverdue).toBe((N / 4) * 10_000);

  const csv = await timed('export.csv, all', () => get('/api/fees/invoices/export.csv'));
  expect(csv.text.trim().split(/\r?\n/)).toHaveLength(N + 1);
}, 900_000);
