import { runCli } from './cli.js';
import { ensureInitialTenant } from './initial-tenant.js';
import { parseInitialTenantArgs } from './initial-tenant-args.js';

/**
 * The createInitialTenant command (npm run create-initial-tenant, or
 * `node server/dist/src/setup/create-initial-tenant.cli.js` in the container).
 * `--time-zone Africa/Dakar --language fr --locale fr-SN` set the demo school's; a bad value stops it (exit 2)
 * before the database is touched.
 */
const args = parseInitialTenantArgs(process.argv.slice(2));
if ('error' in args) {
  console.error(args.error);
  process.exit(2);
}
runCli(async (platform) => {
  const result = await ensureInitialTenant(platform, args.schoolConfig);
  for (const line of result.lines) console.log(line);
});
