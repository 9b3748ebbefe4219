import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * One throwaway database server for the whole run, chosen by the same resolver
 * as `npm start` (MONGODB_URI, else mongod from mongodb-memory-server, else
 * FerretDB), with its data in a temporary directory. Each test file then uses
 * its own platform database and school databases on it. Plain JS (loading the
 * TypeScript resolver through tsx) because Jest runs global setup outside its
 * module mapper.
 */
export default async function globalSetup() {
  const { startDatabase } = await tsImport('../src/db/embedded-server.ts', import.meta.url);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'school-platform-test-'));
  const server = await startDatabase({
    uri: process.env.MONGODB_URI || undefined,
    mode: process.env.EMBEDDED_DB ?? 'auto',
    dataDir,
    binDir: path.join(repoRoot, '.data', 'bin'),
    ferretdbSource: path.join(repoRoot, 'tools', 'ferretdb'),
    ferretdbBin: process.env.FERRETDB_BIN || undefined,
  });
  globalThis.__TEST_DB__ = server;
  process.env.TEST_MONGODB_URI = server.uri;
  process.env.TEST_DB_KIND = server.kind;
}
