import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseUnavailableError, startDatabase } from './embedded-server.js';

describe('database resolver', () => {
  it('uses MONGODB_URI as given and starts nothing', async () => {
    const db = await startDatabase({
      uri: 'mongodb://db.internal:27017',
      mode: 'auto',
      dataDir: '/nonexistent',
      binDir: '/nonexistent',
      ferretdbSource: '/nonexistent',
    });
    expect(db).toMatchObject({ uri: 'mongodb://db.internal:27017', kind: 'external' });
  });

  it('says exactly what to install or set when no server can be had', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'resolver-'));
    const missing = path.join(dir, 'no-ferretdb');
    await expect(startDatabase({ mode: 'ferretdb', dataDir: dir, binDir: dir, ferretdbSource: dir, ferretdbBin: missing })).rejects.toThrow(
      DatabaseUnavailableError,
    );
    await expect(startDatabase({ mode: 'ferretdb', dataDir: dir, binDir: dir, ferretdbSource: dir, ferretdbBin: missing })).rejects.toThrow(
      /FERRETDB_BIN/,
    );

    // No ferretdb and no Go on PATH: the message lists every way out.
    const savedPath = process.env.PATH;
    process.env.PATH = dir;
    try {
      const err = await startDatabase({ mode: 'ferretdb', dataDir: dir, binDir: dir, ferretdbSource: dir }).catch((e: Error) => e);
      expect(err).toBeInstanceOf(DatabaseUnavailableError);
      expect((err as Error).message).toMatch(/MONGODB_URI[\s\S]*mongodb-memory-server[\s\S]*install Go[\s\S]*FERRETDB_BIN/);
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it('starts FerretDB from a given binary on loopback, with data under the data dir', async () => {
    // Built by global setup when FerretDB is the fallback; elsewhere build it once with `go build` in tools/ferretdb.
    const bin = path.resolve('../.data/bin/ferretdb');
    if (!existsSync(bin)) {
      console.warn('FerretDB binary not built on this machine: start-up path not exercised');
      return;
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'resolver-'));
    const db = await startDatabase({ mode: 'ferretdb', dataDir: dir, binDir: dir, ferretdbSource: dir, ferretdbBin: bin });
    try {
      expect(db.kind).toBe('ferretdb');
      expect(db.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
    } finally {
      await db.stop();
    }
  });
});
