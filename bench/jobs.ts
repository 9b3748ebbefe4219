/**
 * npm run bench:jobs — the platform's periodic and console work at many schools.
 *
 * BENCH_JOB_SCHOOLS (default 10,000) active school records (their databases empty: what is measured is
 * the per-school cost of the platform's own work, not of the schools' data), then:
 *  - the lifecycle job once (ends trials, lapsed subscriptions, purges, abandoned provisioning, and the
 *    day's usage of every school: counts and database size per school);
 *  - the console overview (`GET /superadmin/overview`'s service) and a page of the schools list.
 * Results: bench/results/jobs.json.
 */
import { jobDeps, runLifecycleJob } from '../server/src/modules/lifecycle/jobs.js';
import { platformOverview } from '../server/src/modules/usage/usage.service.js';
import { insertSchoolRecords, median, startBenchPlatform, writeResult } from './lib.js';

const SCHOOLS = Number(process.env.BENCH_JOB_SCHOOLS ?? 10_000);

async function main() {
  const bench = await startBenchPlatform();
  const { platform } = bench;
  await insertSchoolRecords(bench, SCHOOLS, 'job');
  console.error(`${SCHOOLS} school records ready`);

  const started = performance.now();
  const report = await runLifecycleJob(jobDeps(platform));
  const jobMs = performance.now() - started;
  if (report.usageRecorded !== SCHOOLS) throw new Error(`usage recorded for ${report.usageRecorded} of ${SCHOOLS} schools`);
  console.error('lifecycle job done');

  const overview: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await platformOverview({ db: platform.db, connections: platform.connections, requests: platform.requests });
    overview.push(performance.now() - t);
  }
  const page: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await platform.db.Tenant.find({}).sort({ createdAt: -1 }).skip(5_000).limit(20).lean();
    page.push(performance.now() - t);
  }

  writeResult('jobs', {
    database: bench.db.kind,
    schools: SCHOOLS,
    lifecycleJob: { seconds: +(jobMs / 1000).toFixed(1), msPerSchool: +(jobMs / SCHOOLS).toFixed(2), failed: report.failed.length },
    overviewMs: Math.round(median(overview)),
    schoolsListPageMs: Math.round(median(page)),
  });
  await bench.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
