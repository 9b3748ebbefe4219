import path from 'node:path';
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCli } from './cli.js';
import { importTenant } from '../modules/transfer/archive.js';

/**
 * npm run tenant:import -- <file> [--subdomain <new>] [--name "<new name>"]
 *
 * Restores an export into a new school (the archive's subdomain, or another),
 * then verifies every collection's count and checksum against the manifest;
 * on any mismatch nothing is left behind.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { subdomain: { type: 'string' }, name: { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  console.error('Usage: npm run tenant:import -- <file> [--subdomain <new>] [--name "<new name>"]');
  process.exit(2);
}

runCli(async (platform) => {
  const result = await importTenant(
    { ...platform, resolver: platform.tenants, tenantDbPrefix: platform.config.tenantDbPrefix, bcryptCost: platform.config.bcryptCost },
    // Relative to where npm was run, not to the server workspace.
    createReadStream(path.resolve(process.env.INIT_CWD ?? process.cwd(), file)),
    { subdomain: values.subdomain, name: values.name, actor: 'tenant:import' },
  );
  for (const [name, c] of Object.entries(result.collections))
    console.log(`${name.padEnd(24)} ${String(c.count).padStart(8)}  ${c.sha256}  verified`);
  console.log(`Imported into ${result.subdomain} (every count and checksum matches the manifest).`);
  if (result.usersWithoutPassword) {
    console.log(
      `${result.usersWithoutPassword} accounts have no password (the export had no secrets). Set-password links for the admins (valid 7 days):`,
    );
    for (const l of result.adminLinks) console.log(`  ${l.email}: ${l.url}`);
  }
});
