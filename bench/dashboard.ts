/**
 * npm run bench:dashboard — how long the home pages' data takes on the demo school (`npm run seed:demo` first),
 * on the configured database (the embedded FerretDB by default). Median and max of 15 runs after one warm-up.
 */
import { loadConfig } from '../server/src/config/config.js';
import { databaseOptions, startDatabase } from '../server/src/db/embedded-server.js';
import { setLogLevel } from '../server/src/lib/logger.js';
import { createPlatform } from '../server/src/platform.js';
import { runForTenant, tenantModel } from '../server/src/tenancy/tenant-context.js';
import { dashboard } from '../server/src/modules/dashboard/dashboard.service.js';
import { setupChecklist } from '../server/src/modules/dashboard/setup.service.js';
import { StudentModel } from '../server/src/modules/people/people.schema.js';
import { AttendanceModel } from '../server/src/modules/attendance/attendance.schema.js';

const RUNS = 15;

async function time(label: string, fn: () => Promise<unknown>) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[Math.floor(RUNS / 2)]!.toFixed(0)} ms, max ${ms.at(-1)!.toFixed(0)} ms`);
}

const config = loadConfig();
setLogLevel('warn');
const database = await startDatabase(databaseOptions(config));
const platform = await createPlatform(config, database.uri);
try {
  const tenant = await platform.tenants.bySubdomain(process.env.BENCH_SCHOOL ?? 'demo');
  if (!tenant) throw new Error('No demo school: run npm run seed:demo first');
  await runForTenant(platform.connections, tenant, async () => {
    const [students, marks] = await Promise.all([
      tenantModel(StudentModel).countDocuments(),
      tenantModel(AttendanceModel).estimatedDocumentCount(),
    ]);
    console.log(`${tenant.subdomain}: ${students} students, ${marks} attendance marks`);
    // BENCH_BEFORE: another build of the dashboard service to compare with (e.g. a copy of the previous version).
    const extra = process.env.BENCH_BEFORE ? await import(process.env.BENCH_BEFORE) : null;
    if (extra) await time('dashboard (before)', () => (extra as { dashboard: () => Promise<unknown> }).dashboard());
    await time('dashboard', () => dashboard());
    await time('setup checklist', () => setupChecklist());
  });
} finally {
  await platform.close();
  await database.stop();
}
