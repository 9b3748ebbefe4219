/**
 * npm run create-initial-tenant
 *
 * Creates, if missing, the platform's first super admin and the demo school
 * (subdomain "demo") with its admin. Reads SUPERADMIN_EMAIL, SUPERADMIN_PASSWORD,
 * DEMO_ADMIN_EMAIL and DEMO_ADMIN_PASSWORD; a password that is not given is
 * generated and printed once. Running it again changes nothing and says so.
 *
 * Uses MONGODB_URI, or the embedded database under .data/ (stop `npm start`
 * first: the server already runs this on its first start).
 */
import path from 'node:path';
import { loadConfig, repoRoot, ConfigError } from '../server/src/config/config.js';
import { startDatabase } from '../server/src/db/embedded-server.js';
import { createPlatform } from '../server/src/platform.js';
import { ensureInitialTenant } from '../server/src/setup/initial-tenant.js';

async function main(): Promise<number> {
  const config = loadConfig();
  const database = await startDatabase({
    uri: config.mongodbUri,
    mode: config.embeddedDb,
    dataDir: path.join(config.dataDir, 'db'),
    binDir: path.join(config.dataDir, 'bin'),
    ferretdbSource: path.join(repoRoot, 'tools', 'ferretdb'),
    ferretdbBin: config.ferretdbBin,
  });
  const platform = await createPlatform(config, database.uri);
  try {
    const result = await ensureInitialTenant(platform);
    for (const line of result.lines) console.log(line);
    return 0;
  } finally {
    await platform.close();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
