import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDatabase, type DatabaseServer } from '../src/db/embedded-server.js';

/** The repository root, whether the tests run from it or from server/. */
export const repoRoot = path.resolve(process.cwd(), existsSync(path.resolve(process.cwd(), 'tools')) ? '.' : '..');

/**
 * A second, independent database server of the same kind as the tests' one
 * (for moves between servers and outage drills), with its data in a temporary
 * directory.
 */
export function startSecondDatabase(): Promise<DatabaseServer> {
  const kind = process.env.TEST_DB_KIND;
  return startDatabase({
    mode: kind === 'memory-server' ? 'memory-server' : 'ferretdb',
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'school-platform-second-')),
    binDir: path.join(repoRoot, '.data', 'bin'),
    ferretdbSource: path.join(repoRoot, 'tools', 'ferretdb'),
    ferretdbBin: process.env.FERRETDB_BIN || undefined,
  });
}
