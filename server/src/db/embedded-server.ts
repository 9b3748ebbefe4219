import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, closeSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import os from 'node:os';
import { createServer, connect } from 'node:net';
import path from 'node:path';
import { logger } from '../lib/logger.js';
import { repoRoot, type Config } from '../config/config.js';

export type DatabaseKind = 'external' | 'memory-server' | 'ferretdb';

export interface DatabaseServer {
  uri: string;
  kind: DatabaseKind;
  stop(): Promise<void>;
}

export interface DatabaseOptions {
  /** MONGODB_URI: when set, nothing is started. */
  uri?: string;
  mode: 'auto' | 'memory-server' | 'ferretdb';
  /** Where the embedded server keeps its data; it persists across restarts. */
  dataDir: string;
  /** Where a FerretDB binary built here is kept (shared by runs). */
  binDir: string;
  /** tools/ferretdb: the Go wrapper that is built when no binary is found. */
  ferretdbSource: string;
  ferretdbBin?: string;
  /** Listen on this loopback port instead of a free one (a drill restarting a server where its clients expect it). */
  port?: number;
}

/** The resolver's options from the validated config, as the server and the scripts use them. */
export function databaseOptions(config: Config): DatabaseOptions {
  return {
    uri: config.mongodbUri,
    mode: config.embeddedDb,
    dataDir: path.join(config.dataDir, 'db'),
    binDir: path.join(config.dataDir, 'bin'),
    ferretdbSource: path.join(repoRoot, 'tools', 'ferretdb'),
    ferretdbBin: config.ferretdbBin,
  };
}

export const FERRETDB_VERSION = 'v1.24.2';

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * Decides which database the process uses, and says why in one log line:
 * 1. MONGODB_URI, if set;
 * 2. a real mongod from mongodb-memory-server (downloaded on first use);
 * 3. FerretDB (MongoDB wire protocol over SQLite) where that download cannot
 *    happen, using FERRETDB_BIN, a `ferretdb` on PATH, or one built once from
 *    tools/ferretdb with Go;
 * 4. otherwise stop with what to install or set.
 */
export async function startDatabase(opts: DatabaseOptions): Promise<DatabaseServer> {
  if (opts.uri) {
    logger.info('database: using MONGODB_URI');
    return { uri: opts.uri, kind: 'external', stop: async () => undefined };
  }
  let memoryServerProblem: string | undefined;
  if (opts.mode !== 'ferretdb') {
    memoryServerProblem = await memoryServerUnreachable();
    if (!memoryServerProblem) {
      try {
        return await startMemoryServer(path.join(opts.dataDir, 'mongod'), opts.port);
      } catch (err) {
        memoryServerProblem = (err as Error).message.replace(/\s+/g, ' ').slice(0, 200);
      }
    }
    if (opts.mode === 'memory-server') throw new DatabaseUnavailableError(`mongodb-memory-server failed: ${memoryServerProblem}`);
  }
  const bin = findFerretdb(opts) ?? buildFerretdb(opts);
  if (!bin) {
    throw new DatabaseUnavailableError(
      [
        'No MongoDB server is available.',
        memoryServerProblem ? `mongodb-memory-server could not start mongod (${memoryServerProblem}).` : '',
        'Do one of: set MONGODB_URI to a MongoDB server (e.g. mongodb://127.0.0.1:27017);',
        'allow mongodb-memory-server to download mongod (internet access on first run);',
        `install Go (https://go.dev/dl) so FerretDB ${FERRETDB_VERSION} can be built from tools/ferretdb;`,
        'or set FERRETDB_BIN to a FerretDB 1.x binary.',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }
  const server = await startFerretdb(bin, path.join(opts.dataDir, 'ferretdb'), opts.port);
  logger.info(
    {
      kind: 'ferretdb',
      bin,
      reason: memoryServerProblem ? `mongodb-memory-server unavailable: ${memoryServerProblem}` : 'EMBEDDED_DB=ferretdb',
    },
    `database: using FerretDB (SQLite backend) on ${server.uri}`,
  );
  return server;
}

/**
 * mongodb-memory-server downloads mongod on first use. When no binary is cached,
 * no download source is configured and its download host does not resolve (an
 * offline machine), say so at once instead of waiting for its retries.
 */
async function memoryServerUnreachable(): Promise<string | undefined> {
  const configured = ['MONGOMS_SYSTEM_BINARY', 'MONGOMS_DOWNLOAD_URL', 'MONGOMS_DOWNLOAD_MIRROR', 'MONGOMS_DOWNLOAD_DIR'].some(
    (k) => process.env[k],
  );
  const cache = path.join(os.homedir(), '.cache', 'mongodb-binaries');
  if (configured || (existsSync(cache) && readdirSync(cache).length > 0)) return undefined;
  try {
    await Promise.race([
      lookup('fastdl.mongodb.org'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('DNS lookup timed out')), 3000).unref()),
    ]);
    return undefined;
  } catch (err) {
    return `no cached mongod and fastdl.mongodb.org is unreachable (${(err as Error).message.slice(0, 80)})`;
  }
}

async function startMemoryServer(dbPath: string, port?: number): Promise<DatabaseServer> {
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  mkdirSync(dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({
    instance: { ip: '127.0.0.1', dbPath, storageEngine: 'wiredTiger', ...(port ? { port } : {}) },
  });
  const uri = server.getUri();
  logger.info({ kind: 'memory-server' }, `database: using mongod from mongodb-memory-server on ${uri}`);
  return { uri, kind: 'memory-server', stop: async () => void (await server.stop({ doCleanup: false })) };
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function findFerretdb(opts: DatabaseOptions): string | undefined {
  if (opts.ferretdbBin) {
    if (!existsSync(opts.ferretdbBin)) throw new DatabaseUnavailableError(`FERRETDB_BIN=${opts.ferretdbBin} does not exist`);
    return opts.ferretdbBin;
  }
  const built = path.join(opts.binDir, 'ferretdb');
  if (existsSync(built) && runs(built)) return built;
  const onSystem = onPath('ferretdb');
  if (onSystem && runs(onSystem)) return onSystem;
  if (onSystem) logger.warn({ bin: onSystem }, 'database: ignoring a ferretdb on PATH that fails to run (`--version`)');
  return undefined;
}

/** A binary that cannot even print its version (e.g. FerretDB's cmd built from the module proxy, which panics) is skipped. */
function runs(bin: string): boolean {
  return spawnSync(bin, ['--version'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

/** Builds tools/ferretdb once with Go (about a minute); undefined when Go is not installed. */
function buildFerretdb(opts: DatabaseOptions): string | undefined {
  const go = onPath('go');
  if (!go) return undefined;
  mkdirSync(opts.binDir, { recursive: true });
  const target = path.join(opts.binDir, 'ferretdb');
  const partial = `${target}.${process.pid}.partial`;
  logger.info(`database: building FerretDB ${FERRETDB_VERSION} with Go (first run only, about a minute)`);
  const res = spawnSync(go, ['build', '-trimpath', '-o', partial, '.'], {
    cwd: opts.ferretdbSource,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, CGO_ENABLED: '0' },
  });
  if (res.status !== 0) throw new DatabaseUnavailableError(`Building FerretDB with Go failed (exit ${res.status ?? res.signal})`);
  renameSync(partial, target);
  return target;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function startFerretdb(bin: string, dir: string, fixedPort?: number): Promise<DatabaseServer> {
  mkdirSync(dir, { recursive: true });
  const port = fixedPort ?? (await freePort());
  const logFile = path.join(dir, 'ferretdb.log');
  const out = openSync(logFile, 'a');
  const child: ChildProcess = spawn(
    bin,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dir}/`,
      '--telemetry=disable',
      `--state-dir=${dir}`,
      `--listen-addr=127.0.0.1:${port}`,
      '--log-level=warn',
    ],
    { stdio: ['ignore', out, out] },
  );
  closeSync(out);
  let exited: number | null | undefined;
  child.on('exit', (code) => {
    exited = code;
  });
  const deadline = Date.now() + 20_000;
  while (!(await canConnect(port))) {
    if (exited !== undefined || Date.now() > deadline) {
      child.kill('SIGKILL');
      const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-5).join('\n') : '';
      throw new DatabaseUnavailableError(`FerretDB did not start (exit ${String(exited)}): ${tail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stopChild = () => {
    if (exited === undefined) child.kill('SIGTERM');
  };
  process.once('exit', stopChild);
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    kind: 'ferretdb',
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', stopChild);
        if (exited !== undefined) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
