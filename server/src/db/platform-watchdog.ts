import mongoose, { type Connection, type ConnectOptions } from 'mongoose';
import { logger } from '../lib/logger.js';

export interface WatchdogOptions {
  uri: string;
  /** The options the connection was opened with (a replacement client gets the same). */
  options: ConnectOptions;
  /** How long one check may take (TENANT_DB_TIMEOUT_MS); also how often the watchdog looks. */
  timeoutMs: number;
  /** No usable server this long while a fresh client reaches one: the connection's client is replaced. */
  stuckAfterMs: number;
}

/**
 * Safety net for the platform connection, which cannot simply be dropped like a dedicated one (every shared
 * school's handle hangs off it). If the driver still sees no usable server `stuckAfterMs` after it lost it,
 * while a fresh client reaches that server, the driver's monitor has stopped noticing it (seen in ~1 of 3
 * platform-restart drills before the monitor was bounded, see monitor-options.ts): the connection gets a new
 * client through `openUri`, which re-binds every `useDb` handle and model on it, and the stuck client is closed.
 */
export function watchConnection(conn: Connection, opts: WatchdogOptions): { stop(): void } {
  let lostSince: number | undefined;
  let checking = false;
  const timer = setInterval(() => {
    if (seesServer(conn)) {
      lostSince = undefined;
      return;
    }
    lostSince ??= Date.now();
    if (checking || Date.now() - lostSince < opts.stuckAfterMs) return;
    checking = true;
    void replaceIfStuck(conn, opts)
      .then((replaced) => {
        if (replaced) lostSince = undefined;
      })
      .finally(() => {
        checking = false;
      });
  }, opts.timeoutMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** Whether the driver knows a server it can use (mongoose's readyState does not follow a standalone server's state). */
export function seesServer(conn: Connection): boolean {
  // `topology` is not in the driver's public types; its description is the driver's current view of the servers.
  const { topology } = conn.getClient() as unknown as { topology?: { description: { hasDataBearingServers: boolean } } };
  return topology?.description.hasDataBearingServers ?? false;
}

async function replaceIfStuck(conn: Connection, opts: WatchdogOptions): Promise<boolean> {
  if (!(await reachable(opts.uri, opts.timeoutMs))) return false; // really down: nothing to replace
  const stuck = conn.getClient();
  logger.warn({ db: conn.name }, 'database connection stuck although its server answers: replacing its client');
  try {
    await conn.openUri(opts.uri, { ...opts.options });
  } catch (err) {
    logger.warn({ err: (err as Error).name }, 'replacing a stuck database client failed; trying again later');
    return false;
  }
  if (conn.getClient() === stuck) return false;
  // Mongoose's listeners on the old client would otherwise still change the connection's state.
  stuck.removeAllListeners();
  void stuck.close().catch(() => undefined);
  return true;
}

/** A fresh client's ping (primary read preference: a replica set without a primary is not "reachable"). */
async function reachable(uri: string, timeoutMs: number): Promise<boolean> {
  const client = new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}
