/**
 * npm run bench:register — how long saving a section's register takes (PUT /api/attendance/sections/:id/:date),
 * as a teacher feels it, once the school holds a term of attendance. A school with BENCH_REG_STUDENTS (default
 * 600) students in 20 sections and BENCH_REG_DAYS (default 60) school days of daily registers already written
 * (36,000 marks); then a 30-student section's register is saved: first time (all new), again unchanged, and
 * corrected (3 marks changed), BENCH_RUNS times each. Results: bench/results/register-save.json.
 */
import request from 'supertest';
import { Types } from 'mongoose';
import { provisionTenant } from '../server/src/tenancy/provisioning.js';
import { median, RUNS, startBenchPlatform, writeResult } from './lib.js';

const STUDENTS = Number(process.env.BENCH_REG_STUDENTS ?? 600);
const DAYS = Number(process.env.BENCH_REG_DAYS ?? 60);
const SECTIONS = 20;
const PASSWORD = 'bench-password-1';

async function main() {
  const bench = await startBenchPlatform({ BCRYPT_COST: '4' });
  const p = bench.platform;
  const tenant = await provisionTenant(
    { db: p.db, connections: p.connections, tenantDbPrefix: p.config.tenantDbPrefix, bcryptCost: 4 },
    { name: 'Bench', subdomain: 'reg', plan: 'standard', status: 'active', admin: { name: 'A', email: 'a@reg.test', password: PASSWORD } },
  );
  p.tenants.invalidate(tenant);
  const login = await request(p.app).post('/api/auth/login').set('X-Tenant-ID', 'reg').send({ email: 'a@reg.test', password: PASSWORD });
  const as = (r: request.Test) => r.set('X-Tenant-ID', 'reg').set('Authorization', `Bearer ${login.body.accessToken as string}`);
  const year = (await as(request(p.app).post('/api/academic-years')).send({ name: 'Y', startDate: '2025-09-01', endDate: '2026-07-01' }))
    .body;
  const grade = (await as(request(p.app).post('/api/grade-levels')).send({ name: 'G', order: 1 })).body.id;
  const cls = (
    await as(request(p.app).post('/api/classes')).send({
      name: '1',
      academicYearId: year.id,
      gradeLevelId: grade,
      sections: Array.from({ length: SECTIONS }, (_, i) => ({ name: `S${i}` })),
    })
  ).body;
  const sections: string[] = cls.sections.map((s: { id: string }) => s.id);
  const conn = await p.connections.get(tenant);
  const students = Array.from({ length: STUDENTS }, (_, i) => {
    const sectionId = new Types.ObjectId(sections[i % SECTIONS]);
    const classId = new Types.ObjectId(cls.id as string);
    return {
      _id: new Types.ObjectId(),
      admissionNumber: `B-${i}`,
      firstName: `F${i}`,
      lastName: `L${i}`,
      status: 'enrolled',
      classId,
      sectionId,
      guardianIds: [],
      placements: [{ classId, sectionId, from: '2025-09-01' }],
    };
  });
  await conn.collection('students').insertMany(students);
  const marker = new Types.ObjectId();
  for (let d = 0; d < DAYS; d++) {
    const date = new Date(Date.UTC(2025, 8, 1) + d * 86_400_000).toISOString().slice(0, 10);
    await conn.collection('attendances').insertMany(
      students.map((s) => ({
        studentId: s._id,
        classId: s.classId,
        sectionId: s.sectionId,
        date,
        period: 0,
        status: 'present',
        markedBy: marker,
        createdAt: new Date(),
        updatedAt: new Date(),
      })),
    );
  }
  console.error(`${await conn.collection('attendances').countDocuments()} marks in the school`);
  const section = sections[0]!;
  const kids = students.filter((s) => s.sectionId.toString() === section);
  const save = async (date: string, absent: number) => {
    const t = performance.now();
    const res = await as(request(p.app).put(`/api/attendance/sections/${section}/${date}`)).send({
      marks: kids.map((k, i) => ({ studentId: k._id.toString(), status: i < absent ? 'absent' : 'present' })),
    });
    // A save stopped by the server's query time limit counts as that long (reported as timeouts below).
    if (res.status === 503) return Number.POSITIVE_INFINITY;
    if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return performance.now() - t;
  };
  const first: number[] = [];
  const again: number[] = [];
  const corrected: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const date = new Date(Date.UTC(2026, 0, 5) + r * 86_400_000).toISOString().slice(0, 10);
    first.push(await save(date, 0));
    again.push(await save(date, 0));
    corrected.push(await save(date, 3));
  }
  const ms = (xs: number[]) => (Number.isFinite(median(xs)) ? Math.round(median(xs)) : 'timeout');
  writeResult('register-save', {
    database: bench.db.kind,
    marksInSchool: STUDENTS * DAYS,
    sectionSize: kids.length,
    runs: RUNS,
    firstSaveMs: ms(first),
    unchangedResaveMs: ms(again),
    threeCorrectedMs: ms(corrected),
  });
  await bench.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
