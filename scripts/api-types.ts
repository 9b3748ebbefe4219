/**
 * Writes the client's API types from the server's OpenAPI document: `npm run api:types`.
 * Boots the platform on a throwaway embedded database (as `npm start` would), reads /api/openapi.json, renders it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../server/src/config/config.js';
import { databaseOptions, startDatabase } from '../server/src/db/embedded-server.js';
import { createPlatform } from '../server/src/platform.js';
import { CLIENT_TYPES_FILE, renderClientTypes } from '../server/src/http/client-types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = loadConfig({
  NODE_ENV: 'development',
  LOG_LEVEL: 'silent',
  JWT_SECRET: randomBytes(48).toString('base64url'),
  ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  SERVE_CLIENT: 'false',
  PLATFORM_DB_NAME: 'api_types',
  ...(process.env.EMBEDDED_DB ? { EMBEDDED_DB: process.env.EMBEDDED_DB } : {}),
  ...(process.env.FERRETDB_BIN ? { FERRETDB_BIN: process.env.FERRETDB_BIN } : {}),
});
// A throwaway database (the binaries are the ones `npm start` uses, under .data/bin).
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'api-types-'));
const database = await startDatabase({ ...databaseOptions(config), uri: undefined, dataDir });
const platform = await createPlatform(config, database.uri);
const server = platform.app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
try {
  const { port } = server.address() as { port: number };
  const document = (await (await fetch(`http://127.0.0.1:${port}/api/openapi.json`)).json()) as object;
  writeFileSync(path.join(root, CLIENT_TYPES_FILE), await renderClientTypes(document));
  console.log(`wrote ${CLIENT_TYPES_FILE}`);
} finally {
  server.close();
  await platform.close();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
