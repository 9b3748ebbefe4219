import { runCli } from './cli.js';
import { ensureInitialTenant } from './initial-tenant.js';

/**
 * The createInitialTenant command (npm run create-initial-tenant, or
 * `node server/dist/src/setup/create-initial-tenant.cli.js` in the container).
 */
runCli(async (platform) => {
  const result = await ensureInitialTenant(platform);
  for (const line of result.lines) console.log(line);
});
