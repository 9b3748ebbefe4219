import { parseArgs } from 'node:util';
import { runCli } from './cli.js';
import { moveTenant } from '../modules/transfer/move.js';

/**
 * npm run tenant:move -- <subdomain> --to <mongodb uri> [--keep-source]
 *
 * Moves one school from the shared cluster (or its current server) to its own
 * database server; see moveTenant for the steps and what happens on failure.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { to: { type: 'string' }, 'keep-source': { type: 'boolean', default: false } },
});
const subdomain = positionals[0];
if (!subdomain || !values.to) {
  console.error('Usage: npm run tenant:move -- <subdomain> --to <mongodb uri> [--keep-source]');
  process.exit(2);
}

runCli(async (platform) => {
  const report = await moveTenant(
    {
      db: platform.db,
      connections: platform.connections,
      resolver: platform.tenants,
      encryptionKey: platform.config.encryptionKey,
      cacheTtlMs: platform.tenants.staleBoundMs,
    },
    subdomain,
    values.to!,
    {
      keepSource: values['keep-source'],
      onStep: (step) => console.log(`  ${step}`),
    },
  );
  for (const [name, c] of Object.entries(report.collections)) console.log(`${name.padEnd(24)} ${String(c.count).padStart(8)}  verified`);
  console.log(
    `Moved ${subdomain} to its own database in ${(report.ms / 1000).toFixed(1)} s; the old database was ${report.sourceDropped ? 'dropped' : 'kept'}.`,
  );
});
