/**
 * npm run bench:migrations — `migrate:tenants` over many schools.
 *
 * BENCH_SCHOOLS (default 1,000) school databases, each at the latest schema with 20 students; then the
 * runner the command uses (migrateTenants, default concurrency 8) with nothing to do (median of 3), and
 * with one real migration (an index built on every school's students), and its undo.
 * Results: bench/results/migrations.json.
 */
import type { Connection } from 'mongoose';
import { markAllApplied, migrateTenants, type Migration } from '../server/src/tenancy/migrations.js';
import { MIGRATIONS } from '../server/src/migrations/index.js';
import { toTenantRecord } from '../server/src/tenancy/tenant.schema.js';
import { insertSchoolRecords, median, startBenchPlatform, writeResult } from './lib.js';

const SCHOOLS = Number(process.env.BENCH_SCHOOLS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const INDEX = 'bench_name_1';
const realMigration: Migration = {
  id: '999-bench-student-name-index',
  description: 'Index students by name (benchmark only)',
  async up(conn: Connection) {
    await conn.collection('students').createIndex({ lastName: 1, firstName: 1 }, { name: INDEX });
  },
  async down(conn: Connection) {
    await conn.collection('students').dropIndex(INDEX);
  },
};

async function main() {
  const bench = await startBenchPlatform();
  const { platform } = bench;
  const subdomains = await insertSchoolRecords(bench, SCHOOLS, 'mig');
  const docs = await platform.db.Tenant.find({}).select('+databaseConfig.connectionString').lean();
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < docs.length) {
        const conn = await platform.connections.get(toTenantRecord(docs[next++]!));
        await markAllApplied(conn, MIGRATIONS);
        await conn.collection('students').insertMany(
          Array.from({ length: 20 }, (_, k) => ({
            admissionNumber: `M-${k}`,
            firstName: `S${k}`,
            lastName: `L${k % 7}`,
            status: 'enrolled',
          })),
        );
      }
    }),
  );
  console.error(`${subdomains.length} school databases ready`);
  platform.tenants.clear();

  const deps = { db: platform.db, connections: platform.connections };
  const nothing: number[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await migrateTenants(deps, MIGRATIONS, { concurrency: CONCURRENCY });
    if (run.upToDate !== SCHOOLS) throw new Error(`expected ${SCHOOLS} schools up to date, got ${run.upToDate}`);
    nothing.push(run.ms);
  }
  const withOne = await migrateTenants(deps, [...MIGRATIONS, realMigration], { concurrency: CONCURRENCY });
  if (withOne.migrated !== SCHOOLS)
    throw new Error(`expected ${SCHOOLS} schools migrated, got ${withOne.migrated} (${withOne.failed[0]?.error?.message})`);
  const undo = await migrateTenants(deps, [...MIGRATIONS, realMigration], { concurrency: CONCURRENCY, down: realMigration.id });

  writeResult('migrations', {
    database: bench.db.kind,
    schools: SCHOOLS,
    concurrency: CONCURRENCY,
    nothingToDoMs: { median: median(nothing), runs: nothing },
    oneMigrationMs: withOne.ms,
    undoMs: undo.ms,
    goals: { nothingToDoMs: 5_000, oneMigrationMs: 60_000 },
  });
  await bench.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
