import { runCli } from './cli.js';
import { jobDeps, runLifecycleJob } from '../modules/lifecycle/jobs.js';

/**
 * npm run jobs:run-once — runs the lifecycle job now (end trials, suspend lapsed
 * subscriptions, purge deleted schools past their date, remove half-created
 * ones) and prints what it did.
 * Safe beside running API instances: every change is a compare-and-set on the
 * school's status, so a school is never changed twice.
 */
runCli(async (platform) => {
  const report = await runLifecycleJob(jobDeps(platform));
  const line = (label: string, list: string[]) => console.log(`${label}: ${list.length ? list.join(', ') : 'none'}`);
  line('Trials ended (suspended)', report.trialsEnded);
  line('Subscriptions lapsed (suspended)', report.lapsed);
  line('Purged', report.purged);
  line('Half-created schools removed', report.abandoned);
  console.log(`Fees: ${report.fees.schools} schools checked, ${report.fees.fined} invoices fined, ${report.fees.reminded} reminders sent`);
  console.log(`Usage recorded for ${report.usageRecorded} schools`);
  for (const f of report.failed) console.log(`FAILED ${f.subdomain}: ${f.error}`);
  if (report.failed.length) process.exitCode = 1;
});
