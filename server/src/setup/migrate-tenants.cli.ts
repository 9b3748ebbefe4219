import { parseArgs } from 'node:util';
import { runCli } from './cli.js';
import { migrateTenants, type SchoolResult } from '../tenancy/migrations.js';
import { MIGRATIONS } from '../migrations/index.js';

/**
 * npm run migrate:tenants -- [--tenant <subdomain>] [--dry-run] [--concurrency N] [--down <migration id>]
 *
 * Applies the pending school-database migrations to every school (or one),
 * N schools at a time, with a progress bar and a summary. A school that fails
 * is reported and the others go on; running it again resumes where it stopped.
 */
const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '8' },
    down: { type: 'string' },
    list: { type: 'boolean', default: false },
  },
});

const bar = (done: number, total: number) => {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} schools`;
};

runCli(async (platform) => {
  if (values.list) {
    for (const m of MIGRATIONS) console.log(`${m.id}${m.down ? '' : ' (no down)'}  ${m.description}`);
    return;
  }
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new Error('--concurrency must be 1 to 64');
  let lastShown = -1;
  const summary = await migrateTenants(platform, MIGRATIONS, {
    tenant: values.tenant,
    dryRun: values['dry-run'],
    concurrency,
    down: values.down,
    onProgress: (done, total, last: SchoolResult) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${bar(done, total)}${done === total ? '\n' : ''}`);
      else if (Math.floor((done / total) * 10) > lastShown || done === total) {
        lastShown = Math.floor((done / total) * 10);
        console.error(bar(done, total));
      }
      if (last.error && process.stderr.isTTY) process.stderr.write('\n');
    },
  });
  const mode = values['dry-run'] ? ' (dry run: nothing was changed)' : '';
  for (const r of summary.results) {
    if (r.error) console.log(`FAILED  ${r.subdomain}: ${r.error.migration}: ${r.error.message}`);
    else if (r.applied.length) console.log(`applied ${r.subdomain}: ${r.applied.join(', ')}`);
    else if (r.pending.length) console.log(`pending ${r.subdomain}: ${r.pending.join(', ')}`);
  }
  console.log(
    `${summary.schools} schools in ${(summary.ms / 1000).toFixed(1)} s${mode}: ${summary.migrated} migrated, ${summary.upToDate} up to date, ` +
      `${summary.schools - summary.migrated - summary.upToDate - summary.failed.length} with pending migrations, ${summary.failed.length} failed`,
  );
  if (summary.failed.length) process.exitCode = 1;
});
